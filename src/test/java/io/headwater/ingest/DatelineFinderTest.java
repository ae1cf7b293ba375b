package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineFinderTest {

    @Test
    void agencyDatelineGivesThePlaceInTitleCase() {
        assertThat(DatelineFinder.find("SEOUL, Feb. 6 (Yonhap) -- North Korea said on Sunday")).contains("Seoul");
    }

    @Test
    void dashDatelineWithoutDateIsFound() {
        assertThat(DatelineFinder.find("NEW YORK (AP) — Stocks rose on Monday.")).contains("New York");
    }

    @Test
    void ordinarySentenceHasNoDateline() {
        assertThat(DatelineFinder.find("The council voted on Wednesday to reopen the weir.")).isEmpty();
    }
}
