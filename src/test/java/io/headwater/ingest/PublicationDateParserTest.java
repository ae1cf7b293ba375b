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
            "Nov 8, 2016 11:30 PM ET | 2016-11-08T23:30-05:00"})
    void readsPrintedDates(String printed, String iso) {
        assertThat(PublicationDateParser.parse(printed)).contains(iso);
    }

    @ParameterizedTest
    @CsvSource({"no date here", "February 30, 2022"})
    void findsNothingWhereThereIsNoValidDate(String text) {
        assertThat(PublicationDateParser.parse(text)).isEmpty();
    }
}
