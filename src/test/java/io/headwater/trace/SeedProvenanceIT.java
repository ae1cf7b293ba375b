package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestArticles;
import io.headwater.TestGraph;
import io.headwater.core.Relation;
import io.headwater.ingest.ArticleMetadata;

/**
 * The founding example: the two seed articles in ../shared/corpus/seeds must yield the provenance their
 * README states. The IBTimes Singapore text names no outlet, so the test passes it as a user would.
 */
class SeedProvenanceIT {

    private static final Path SEEDS = Path.of("../shared/corpus/seeds");
    private static final String REPORT = "report:un-panel-of-experts-1874:2022-02";
    private static final String STORY = "story:yonhap>" + REPORT;

    private static final Headwater hw = TestGraph.headwater();
    private static String wion;
    private static String ibt;

    @BeforeAll
    static void ingestSeeds() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/corpus/seeds is absent (a user's clone): seed tests skipped");
        TestGraph.clear();
        wion = hw.ingest(TestArticles.file(SEEDS.resolve("000_9363e56cca82e286.txt")), ArticleMetadata.NONE).id();
        ibt = hw.ingest(TestArticles.file(SEEDS.resolve("003_1cd5954b93557101.txt")),
                new ArticleMetadata("IBTimes Singapore", "https://www.ibtimes.sg/un-report-says-north-korea-made-huge-advances-nuke-missile-warfare-last-year-62602", null)).id();
    }

    private static List<List<String>> chains(String id) {
        return hw.tracer().provenance(id).orElseThrow().chains().stream()
                .map(c -> c.stream().map(h -> h.label() + ":" + h.key()).toList()).toList();
    }

    @Test
    void theWionSeedHasTheIdTheReadmeCites() {
        assertThat(wion).isEqualTo("a-d3d080371d4fe1ea");
    }

    @Test
    void wionDerivesFromYonhapWhichQuotedTheReport() {
        assertThat(chains(wion)).containsExactly(List.of("Report:" + REPORT, "Agency:" + STORY, "Outlet:wion"));
    }

    @Test
    void ibtimesDerivesFromTheSameYonhapStory() {
        assertThat(chains(ibt)).containsExactly(List.of("Report:" + REPORT, "Agency:" + STORY, "Outlet:ibtimes"));
    }

    @Test
    void eachArticlesReportShowsItsOwnSentenceForTheLinkBothShare() {
        // WION was read first; IBTimes's report used to show WION's sentence and offsets for "Yonhap took from the report".
        Map<String, Object> evidence = hw.tracer().provenance(ibt).orElseThrow().chains().get(0).get(0).evidence();
        String ibtText = TestGraph.query("MATCH (a:Article {id: $id}) RETURN a.text AS t", "id", ibt).get(0).get("t").asString();
        String sentence = (String) evidence.get("sentence");
        assertThat(sentence).contains("Yonhap News Agency quoted the confidential report").doesNotContain("a report by Yonhap");
        assertThat(ibtText.substring(((Number) evidence.get("start")).intValue(), ((Number) evidence.get("end")).intValue()))
                .isEqualTo(sentence);
        assertThat(evidence).doesNotContainKey("fromArticle");
        // What the report cites, IBTimes says in its own words; in the source's own report, WION's sentence is labelled WION's.
        Citation memberState = hw.tracer().provenance(ibt).orElseThrow().chains().get(0).get(0).cites().stream()
                .filter(c -> c.relation() == Relation.CITES).findFirst().orElseThrow();
        assertThat(memberState.sentence()).doesNotContain("a report by Yonhap");
        assertThat(memberState.fromArticle()).isNull();
        Citation inLineage = hw.tracer().citations(REPORT).stream().filter(c -> c.relation() == Relation.CITES).findFirst().orElseThrow();
        assertThat(inLineage.fromArticle()).containsEntry("id", wion).containsEntry("outlet", "WION");
    }

    @Test
    void theReportCitesAMemberStateAndWasSubmittedToThe1718Committee() {
        List<Citation> cites = hw.tracer().citations(REPORT);
        assertThat(cites).filteredOn(c -> c.relation() == Relation.CITES).extracting(Citation::name)
                .containsExactly("a member state");
        assertThat(cites).filteredOn(c -> c.relation() == Relation.SUBMITTED_TO).extracting(Citation::key)
                .containsExactly("un-1718-committee");
    }

    @Test
    void reutersIsOnlyAPhotoCredit() {
        var edges = TestGraph.query("MATCH (r:Entity {key: 'reuters'})-[e]-() RETURN DISTINCT type(e) AS t");
        assertThat(edges).extracting(r -> r.get("t").asString()).containsExactly("CREDITS");
    }

    @Test
    void theFiftyMillionQuoteIsAttributedToTheReportViaYonhapInBothArticles() {
        for (String id : List.of(wion, ibt)) {
            var rows = TestGraph.query("""
                    MATCH (a:Article {id: $id})-[:QUOTES]->(q:Quote)-[:ATTRIBUTED_TO]->(r:Report {key: $report})
                    WHERE q.text CONTAINS '$50 million'
                    MATCH (s:Story)-[:QUOTES]->(q), (s)-[:PUBLISHED_BY]->(y:Agency {key: 'yonhap'})
                    RETURN count(q) AS n""", "id", id, "report", REPORT);
            assertThat(rows.get(0).get("n").asLong()).as("quote in %s", id).isEqualTo(1);
        }
    }

    @Test
    void bothArticlesMeetAtOneInferredYonhapStory() {
        var rows = TestGraph.query("MATCH (a:Article)-[:DERIVED_FROM]->(s:Story {key: $story}) RETURN s.inferred AS inferred, "
                + "count(a) AS n", "story", STORY);
        assertThat(rows.get(0).get("n").asLong()).isEqualTo(2);
        assertThat(rows.get(0).get("inferred").asBoolean()).isTrue();
    }

    @Test
    void photoCreditsOfIbtimes() {
        assertThat(hw.tracer().credits(ibt)).extracting(CreditView::key)
                .containsExactlyInAnyOrder("reuters", "kcna", "twitter", "pixabay");
    }
}
