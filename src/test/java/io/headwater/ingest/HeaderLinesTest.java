package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Updated: Feb 06, 2022, 03:39 PM IST | 2022-02-06T15:39+05:30",
            "date 2020-11-15 | 2020-11-15",
            "Veröffentlicht am 6. Februar 2022 | 2022-02-06",
            "Publicado el 6 de febrero de 2022 | 2022-02-06",
            "Mis à jour le 2 févr. 2022 | 2022-02-02",
            "Stand: 28.04.2020 | 2020-04-28"})
    void dateLinesGiveTheirDate(String line, String iso) {
        assertThat(HeaderLines.dateLine(line)).hasValueSatisfying(d -> assertThat(d.published()).isEqualTo(iso));
    }

    @Test
    void aPlacePrintedBeforeTheDateIsKept() {
        assertThat(HeaderLines.dateLine("Lisbon Updated: Mar 14, 2024")).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("Lisbon");
            assertThat(d.published()).isEqualTo("2024-03-14");
        });
    }

    @ParameterizedTest
    @CsvSource({"Published 3 hours ago", "Updated 20 minutes ago", "Aktualisiert vor 2 Stunden"})
    void aTimeWithNothingToAnchorItIsADateLineWithoutADate(String line) {
        assertThat(HeaderLines.dateLine(line)).hasValueSatisfying(d -> {
            assertThat(d.published()).isNull();
            assertThat(d.place()).as("no place is read out of the label's own letters").isNull();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The council met on March 3, 2024 to vote on the weir.",
            "The date of the harbour vote was announced a week ago.",
            "The date of the harbour vote was set for 3 March 2024.",
            "Ferry fares updated 3 hours ago went up by a tenth."})
    void aSentenceIsNoDateLine(String line) {
        assertThat(HeaderLines.dateLine(line)).isEmpty();
    }

    @Test
    void aPlaceSetApartByASeparatorKeepsALowerCaseLabel() {
        assertThat(HeaderLines.dateLine("LISBON | updated 3 hours ago")).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("LISBON");
            assertThat(d.published()).isNull();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"By Jane Doe and John Roe", "Von Moritz Wichmann", "Por Ana Ruiz y Luis Gil",
            "Par Claire Martin", "Jane Doe"})
    void bylinesInManyLanguages(String line) {
        assertThat(HeaderLines.isByline(line)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Von der Leyen will mehr Geld für die Bahn", "the council met on Friday"})
    void aHeadlineOrASentenceIsNoByline(String line) {
        assertThat(HeaderLines.isByline(line)).isFalse();
    }
}
