package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestArticles;
import io.headwater.TestGraph;
import io.headwater.core.Relation;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.trace.Hop;
import io.headwater.trace.QuoteVariantView;
import io.headwater.trace.ReuseView;

/**
 * The founding example's text reuse: WION and IBTimes Singapore share whole sentences because both took
 * Yonhap's story, so the pair is derived through that common upstream, not one from the other, and the
 * chain report → Yonhap → outlet rests on attribution and on shared passages.
 */
class SeedReuseIT {

    private static final Path SEEDS = Path.of("../shared/corpus/seeds");
    private static final String STORY = "story:yonhap>report:un-panel-of-experts-1874:2022-02";

    private static final Headwater hw = TestGraph.headwater();
    private static String wion;
    private static String ibt;

    @BeforeAll
    static void ingestSeeds() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/corpus/seeds is absent (a user's clone): seed reuse tests skipped");
        TestGraph.clear();
        wion = hw.ingest(TestArticles.file(SEEDS.resolve("000_9363e56cca82e286.txt")), ArticleMetadata.NONE).id();
        ibt = hw.ingest(TestArticles.file(SEEDS.resolve("003_1cd5954b93557101.txt")),
                new ArticleMetadata("IBTimes Singapore", null, null)).id();
    }

    private static String text(String id) {
        return TestGraph.query("MATCH (a:Article {id: $id}) RETURN a.text AS t", "id", id).get(0).get("t").asString();
    }

    @Test
    void theSharedPassagesAreFoundWithTheirRanges() {
        List<ReuseView> pairs = hw.tracer().reuse(ibt);
        assertThat(pairs).hasSize(1);
        ReuseView pair = pairs.get(0);
        assertThat(pair.otherId()).isEqualTo(wion);
        assertThat(pair.passages()).hasSizeGreaterThanOrEqualTo(2);
        String ibtText = text(ibt);
        String wionText = text(wion);
        for (ReuseView.PassageView p : pair.passages()) {
            assertThat(ibtText.substring((int) p.start(), (int) p.end())).isEqualTo(p.text());
            assertThat(wionText.substring((int) p.otherStart(), (int) p.otherEnd())).isEqualTo(p.otherText());
        }
        assertThat(pair.passages()).anySatisfy(p -> {
            assertThat(p.text()).contains("DPRK cyberactors stole more than $50 million");
            assertThat(p.otherText()).contains("DPRK cyberactors stole more than $50 million");
        });
        assertThat(pair.passages()).anySatisfy(p -> {
            assertThat(p.text()).contains("the North's official name");
            assertThat(p.otherText()).contains("the official name of North Korea");
        });
        assertThat(pair.shared()).isBetween(0.3, 0.9);
        assertThat(pair.otherShared()).isBetween(0.3, 0.9);
    }

    @Test
    void thePairIsDerivedThroughTheCommonYonhapStoryNotOneFromTheOther() {
        ReuseView pair = hw.tracer().reuse(wion).get(0);
        assertThat(pair.reuseClass()).isEqualTo("DERIVED_FROM");
        assertThat(pair.direction()).isEqualTo("common-upstream");
        assertThat(pair.upstream()).isEqualTo(STORY);
        assertThat(pair.relationship()).isEqualTo(Relation.SHARES_TEXT);
        assertThat(TestGraph.query("MATCH (:Article)-[r:DERIVED_FROM]->(:Article) RETURN count(r) AS n").get(0).get("n").asLong())
                .isZero();
    }

    @Test
    void theChainRestsOnAttributionAndOnSharedPassages() {
        for (String id : List.of(wion, ibt)) {
            List<Hop> chain = hw.tracer().provenance(id).orElseThrow().chains().get(0);
            Hop story = chain.get(1);
            assertThat(story.key()).isEqualTo(STORY);
            assertThat(story.evidence()).containsEntry("evidence", List.of("attribution", "text-reuse"));
            assertThat(story.evidence().get("reuseWith")).isEqualTo(List.of(id.equals(wion) ? ibt : wion));
            assertThat(story.evidence().get("cue")).isNotNull();
        }
    }

    @Test
    void theTwoWordingsOfTheReportsSentenceAreKeptAndTheDifferenceFlagged() {
        List<QuoteVariantView> variants = hw.tracer().quoteVariants(ibt);
        assertThat(variants).anySatisfy(v -> {
            assertThat(v.wording()).contains("DPRK demonstrated increased capabilities");
            assertThat(v.otherWording()).contains("North Korea also demonstrated");
            assertThat(v.diff()).contains("DPRK").contains("North Korea also");
            assertThat(v.sameSource()).isTrue();
        });
        // WION's "to be significant profits from cyberattacks" shares a stock phrase with another IBTimes sentence, no more.
        assertThat(variants).noneSatisfy(v -> assertThat(v.otherWording()).contains("to be significant profits"));
    }
}
