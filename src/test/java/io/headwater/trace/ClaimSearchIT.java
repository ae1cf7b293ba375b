package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.DemoGraph;
import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;

/**
 * Claim search on the demo corpus: a sentence both outlets took from AFP's story is found in both, earliest
 * first, with the report as the primary source and AFP's inferred story between; edits still match, and what
 * no article carries finds nothing.
 */
class ClaimSearchIT {

    private static final String CLAIM = "According to a flag state, unregistered trawlers landed catch worth more than "
            + "$120 million at three ports in West Africa and South Asia";
    private static final String REPORT = "report:org:international-maritime-compliance-panel:2024-03";

    private final Headwater hw = TestGraph.headwater();

    private static final DemoGraph DEMO = new DemoGraph();

    @BeforeEach
    void demo() {
        DEMO.load();
    }

    @Test
    void bothOutletsCarryTheSentenceEarliestFirstWithTheReportAsPrimarySource() {
        ClaimMatches found = hw.claims().find(CLAIM, 0, 20);
        assertThat(found.items()).extracting(c -> c.article().outlet()).containsExactly("Riverside Daily", "Harbour Times");
        assertThat(found.items()).allSatisfy(c -> {
            assertThat(c.holds()).isEqualTo(1.0);
            assertThat(c.difference()).isEmpty();
            assertThat(c.foundBy()).isEqualTo(ClaimCarrier.FoundBy.PASSAGE);
        });
        assertThat(found.earliest().article().outlet()).isEqualTo("Riverside Daily");
        assertThat(found.primarySources()).first().satisfies(p -> {
            assertThat(p.key()).isEqualTo(REPORT);
            assertThat(p.carriers()).isEqualTo(2);
            assertThat(p.through()).extracting(Hop::label, Hop::name, Hop::inferred)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Agency", "Agence France-Presse", true));
        });
        assertThat(found.items().get(0).chains()).first()
                .satisfies(chain -> assertThat(chain).extracting(Hop::label).containsExactly("Report", "Agency", "Outlet"));
    }

    @Test
    void eachCarrierShowsWhereTheClaimStandsAndTheQuotesInside() {
        ClaimCarrier carrier = hw.claims().find(CLAIM, 0, 20).items().get(1);
        ClaimCarrier.Passage p = carrier.passages().get(0);
        String text = hw.lookups().articleText(carrier.article().id()).orElseThrow();
        assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()).startsWith("According to a flag state");
        assertThat(carrier.quotes()).extracting(QuoteView::source).contains("a flag state");
    }

    @Test
    void aRewordedClaimStillFindsItsCarriersWithTheDifferences() {
        ClaimMatches found = hw.claims().find("Unregistered trawlers landed fish worth more than $120 million at three ports "
                + "in West Africa and South Asia, according to a flag state", 0, 20);
        assertThat(found.items()).hasSize(2).allSatisfy(c -> {
            assertThat(c.holds()).isBetween(0.6, 0.99);
            assertThat(c.difference()).contains("−fish +catch");
        });
    }

    @Test
    void aSentenceOfOneArticleOnlyFindsThatArticle() {
        ClaimMatches found = hw.claims().find("Dredging of the main channel will start in June and last three months", 0, 20);
        assertThat(found.items()).extracting(c -> c.article().headline()).containsExactly("Harbour dredging to start in June");
        assertThat(found.primarySources()).isEmpty();
    }

    @Test
    void aClaimNoArticleCarriesFindsNothing() {
        ClaimMatches found = hw.claims().find("The orchestra will tour four northern cities in the autumn with a new programme", 0, 20);
        assertThat(found.items()).isEmpty();
        assertThat(found.earliest()).isNull();
        assertThat(found.totalElements()).isZero();
    }

    @Test
    void carriersComeInPages() {
        ClaimMatches second = hw.claims().find(CLAIM, 1, 1);
        assertThat(second.items()).extracting(c -> c.article().outlet()).containsExactly("Harbour Times");
        assertThat(second.totalElements()).isEqualTo(2);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.earliest().article().outlet()).isEqualTo("Riverside Daily");
    }

    @Test
    void anArticleIngestedNowIsFoundAtOnce() {
        DEMO.changed();
        hw.ingest(new RawDocument("test", ("Trawler catch under scrutiny\n\nPort officials said unregistered trawlers landed catch "
                + "worth more than $120 million at three ports in West Africa and South Asia last year.\n").getBytes(), "text/plain",
                null), new ArticleMetadata("Bay Courier", null, "2024-03-16"));
        ClaimMatches found = hw.claims().find(CLAIM, 0, 20);
        assertThat(found.items()).extracting(c -> c.article().outlet()).containsExactly("Riverside Daily", "Harbour Times", "Bay Courier");
    }

    @Test
    void tooShortOrTooLongAClaimIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> hw.claims().find("AFP quoted the report", 0, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8").hasMessageContaining("/api/search");
        assertThatThrownBy(() -> hw.claims().find("word ".repeat(500), 0, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2000");
    }

    @Test
    void datesOrderAsInstantsAndUndatedComeLast() {
        assertThat(List.of("2024-03-14T09:20Z", "2024-03-14", "2024-03-13T23:00-05:00").stream().map(ClaimSearch::instant).sorted().toList())
                .containsExactly(ClaimSearch.instant("2024-03-14"), ClaimSearch.instant("2024-03-14T04:00Z"),
                        ClaimSearch.instant("2024-03-14T09:20Z"));
        assertThat(ClaimSearch.instant(null)).isNull();
        assertThat(ClaimSearch.instant("last Tuesday")).isNull();
    }
}
