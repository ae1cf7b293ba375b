package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 13);

    @Test
    void aWeekdayIsReadAgainstTheArticlesDate() {
        assertThat(ReportPeriod.read("a report seen Tuesday by the agency", WEDNESDAY).date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(ReportPeriod.read("a report released on Wednesday", WEDNESDAY).date()).isEqualTo(WEDNESDAY);
    }

    @Test
    void aDayWithoutYearTakesTheAnchorsYear() {
        ReportPeriod p = ReportPeriod.read("The report circulated on February 28", WEDNESDAY);
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(p.precise()).isTrue();
        assertThat(ReportPeriod.read("the report circulated on August 13", null).month()).isEqualTo(8);
    }

    @Test
    void aReportNamedByAnEarlierMonthOrAsPreviousIsAnEarlierOne() {
        assertThat(ReportPeriod.read("the panel's November report", WEDNESDAY).previous()).isTrue();
        assertThat(ReportPeriod.read("its previous report", WEDNESDAY).previous()).isTrue();
        assertThat(ReportPeriod.read("a confidential report", WEDNESDAY).previous()).isFalse();
    }

    @Test
    void symbolsAndNumbersNameTheDocument() {
        assertThat(ReportPeriod.read("the report (S/2024/117) to the council", null).symbol()).isEqualTo("S/2024/117");
        assertThat(ReportPeriod.read("the team's 33rd report", null).ordinal()).isEqualTo(33);
    }

    @Test
    void noWordsAboutTimeIsUnknown() {
        assertThat(ReportPeriod.read("the report", null).isKnown()).isFalse();
    }
}
