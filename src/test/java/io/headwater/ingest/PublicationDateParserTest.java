package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Feb 06, 2022, 03:39 PM IST | 2022-02-06T15:39+05:30",
            "Updated: March 15, 2024 | 2024-03-15",
            "6 February 2022 | 2022-02-06",
            "2022-02-06T10:00:00Z | 2022-02-06T10:00Z",
            "2022-02-06 | 2022-02-06",
            "Sept. 3, 2016 at 9:05 a.m. EDT | 2016-09-03T09:05-04:00",
            "Nov 8, 2016 11:30 PM ET | 2016-11-08T23:30-05:00",
            "Veröffentlicht am 6. Februar 2022 | 2022-02-06",
            "publicado el 6 de febrero de 2022 | 2022-02-06",
            "mis à jour le 2 févr. 2022 | 2022-02-02",
            "Publicado em 3 de maio de 2022 | 2022-05-03",
            "Stand: 28.04.2020 18:00 Uhr | 2020-04-28",
            "am 1.12.2021 | 2021-12-01",
            "Anmeldedatum 26.10.13 | 2013-10-26",
            "2014/05/18 | 2014-05-18",
            "2022-01-10T22:06:08:684Z | 2022-01-10T22:06:08.684Z",
            "2019年6月24日 | 2019-06-24",
            "opublikowano 6 lutego 2022 | 2022-02-06",
            "31 Okt, 2023 | 2023-10-31",
            "Monday, 6 January 2020 | 2020-01-06"})
    void readsPrintedDates(String printed, String iso) {
        assertThat(PublicationDateParser.parse(printed)).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "02/10/2020 | en-GB | 2020-10-02",
            "02/10/2020 | en-US | 2020-02-10",
            "02/10/2020 | de | 2020-10-02",
            "12/25/2020 | de | 2020-12-25",
            "6 listopad 2021 | cs | 2021-11-06",
            "6 listopad 2021 | hr | 2021-10-06"})
    void theLanguageDecidesWhatIsAmbiguous(String printed, String language, String iso) {
        assertThat(PublicationDateParser.parse(printed, language)).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"6 listopad 2021", "Version 4.47.4", "Published 3 hours ago", "2022-29-11"})
    void readsNothingThatIsAmbiguousOrNoDate(String text) {
        assertThat(PublicationDateParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1994-12-31, false", "1995-01-01, true", "2020-02-29T10:00Z, true", "2999-01-01, false"})
    void datesBeforeTheWebOrInTheFutureAreImplausible(String iso, boolean plausible) {
        assertThat(PublicationDateParser.plausible(iso)).isEqualTo(plausible);
    }

    @ParameterizedTest
    @CsvSource({"no date here", "February 30, 2022"})
    void findsNothingWhereThereIsNoValidDate(String text) {
        assertThat(PublicationDateParser.parse(text)).isEmpty();
    }
}
