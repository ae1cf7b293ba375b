package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.headwater.resolve.ReportIdentity.Description;

class ReportIdentityTest {

    private static Description report(String key, String author, List<String> dates, Set<String> facts) {
        return new Description(key, author, List.of(author, "un"), dates, 0, false, null, 0, facts);
    }

    @Test
    void reportsOfOneBodyAtDifferentTimesAreDifferentReports() {
        assertThat(ReportIdentity.same(report("a", "panel", List.of("2024-02-28"), Set.of()),
                report("b", "panel", List.of("2024-05-30"), Set.of()))).isFalse();
        assertThat(ReportIdentity.same(report("a", "panel", List.of("2024-02-28"), Set.of()),
                report("b", "panel", List.of("2024-03-06"), Set.of()))).isTrue();
    }

    @Test
    void withoutDatesTheyMeetOnlyOnWhatTheyQuote() {
        Description a = report("a", "panel", List.of(), ReportFacts.of("the report said 121.6 kilograms were found"));
        Description b = report("b", "panel", List.of(), ReportFacts.of("it put the total at 121.6 kg"));
        Description c = report("c", "panel", List.of(), ReportFacts.of("it put the total at 118.4 kg"));
        assertThat(ReportIdentity.same(a, b)).isTrue();
        assertThat(ReportIdentity.same(a, c)).isFalse();
    }

    @Test
    void roundFiguresNeedTwoInCommon() {
        Description a = report("a", "panel", List.of(), ReportFacts.of("between 5,000 and 7,000 fighters"));
        Description b = report("b", "panel", List.of(), ReportFacts.of("5,000 to 7,000 members remain"));
        Description c = report("c", "panel", List.of(), ReportFacts.of("some 5,000 fighters and 300 trucks"));
        assertThat(ReportIdentity.same(a, b)).isTrue();
        assertThat(ReportIdentity.same(a, c)).isFalse();
    }

    @Test
    void sixQuotedWordsInARowMakeOneReport() {
        Description a = report("a", "panel", List.of(),
                ReportFacts.of("\"the threat stays mostly high in conflict zones and low elsewhere,\" it said"));
        Description b = report("b", "panel", List.of(),
                ReportFacts.of("the threat is \"mostly high in conflict zones and low elsewhere\""));
        assertThat(ReportIdentity.same(a, b)).isTrue();
    }

    @Test
    void authorsMustAgree() {
        assertThat(ReportIdentity.same(report("a", "panel", List.of("2024-02-28"), Set.of()),
                new Description("b", "watchdog", List.of("watchdog"), List.of("2024-02-28"), 0, false, null, 0, Set.of())))
                .isFalse();
    }

    @Test
    void yearsAndSmallNumbersAreNoFacts() {
        assertThat(ReportFacts.of("In 2023, 60% of the 42 sites were closed")).isEmpty();
    }
}
