package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;
import io.headwater.report.ReportFormat;
import io.headwater.report.Reports;

/**
 * Evidence under the right article: a link two articles share shows each article its own sentence; a
 * sentence read in another article says which, without offsets into a text the report does not show.
 */
class LinkEvidenceIT {

    private static final String GAZETTE = """
            Panel finds sanctions breaches

            "Catch worth $5 million was seized from trawlers flying false flags," Kyodo quoted the report by the UN \
            Panel of Experts, which was sent to member states last week and has not been published.

            The trawlers were stopped in the northern ports during a week of joint patrols by the coast guard and customs \
            officers, who checked the papers of every vessel longer than twenty metres before letting it sail again.
            """;
    private static final String COURIER = """
            Trawlers broke the ban, experts find

            "Inspectors found nine ships with forged papers in the northern ports," Kyodo quoted the report by the UN \
            Panel of Experts.
            """;

    private final Headwater hw = TestGraph.headwater();
    private String gazette;
    private String courier;

    @BeforeEach
    void ingest() {
        TestGraph.clear();
        gazette = hw.ingest(text(GAZETTE), new ArticleMetadata("Gulf Gazette", "https://gulf-gazette.example/panel", "2024-03-10")).id();
        courier = hw.ingest(text(COURIER), new ArticleMetadata("Island Courier", null, "2024-03-12")).id();
    }

    private static RawDocument text(String s) {
        return new RawDocument("test", s.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private Map<String, Object> reportHop(String id, int chainLength) {
        return hw.tracer().provenance(id).orElseThrow().chains().stream().filter(c -> c.size() == chainLength).findFirst()
                .orElseThrow().get(0).evidence();
    }

    @Test
    void aSharedLinkShowsEachArticleItsOwnSentence() {
        Map<String, Object> forCourier = reportHop(courier, 3);
        assertThat(forCourier.get("mention")).isEqualTo("the report by the UN Panel of Experts");
        assertThat((String) forCourier.get("sentence")).startsWith("\"Inspectors found nine ships");
        String courierText = TestGraph.query("MATCH (a:Article {id: $id}) RETURN a.text AS t", "id", courier).get(0).get("t").asString();
        assertThat(courierText.substring(((Number) forCourier.get("start")).intValue(), ((Number) forCourier.get("end")).intValue()))
                .isEqualTo(forCourier.get("sentence"));
        assertThat(forCourier).doesNotContainKey("fromArticle");
        assertThat((String) reportHop(gazette, 3).get("sentence")).contains("Catch worth $5 million");
    }

    @Test
    void deletingTheFirstArticleLeavesTheEdgeTheNextArticlesSentence() {
        hw.delete(gazette);
        var edge = TestGraph.query("MATCH (:Story)-[r:DERIVED_FROM]->(:Report) RETURN r.sentence AS s, r.evidenceArticles AS by")
                .get(0);
        assertThat(edge.get("s").asString()).startsWith("\"Inspectors found nine ships");
        assertThat(edge.get("by").asList(v -> v.asString())).containsExactly(courier);
    }

    @Test
    void evidenceReadInAnotherArticleIsLabelledWithItAndHasNoOffsets() {
        // A later paper took the Gazette's account of the patrols: its chain passes through the Gazette's article, whose
        // sentences are the evidence of the links above it.
        String copy = hw.ingest(text("Patrols stop trawlers\n\n" + GAZETTE.substring(GAZETTE.indexOf("The trawlers were stopped"))
                + "\nThe ministry declined to comment on the patrols.\n"), new ArticleMetadata("Harbour Times", null, "2024-03-14")).id();
        List<List<Hop>> chains = hw.tracer().provenance(copy).orElseThrow().chains();
        List<Hop> through = chains.stream().filter(c -> c.stream().anyMatch(h -> h.label().equals("Article"))).findFirst().orElseThrow();
        Map<String, Object> reportToStory = through.get(0).evidence();
        assertThat(reportToStory).doesNotContainKeys("start", "end");
        assertThat(reportToStory.get("fromArticle")).isEqualTo(Map.of("id", gazette, "headline", "Panel finds sanctions breaches",
                "outlet", "Gulf Gazette", "url", "https://gulf-gazette.example/panel"));
        String md = new Reports().render(hw.tracer().provenance(copy).orElseThrow(), ReportFormat.MD);
        assertThat(md).contains("as printed in another article: **Gulf Gazette**, “Panel finds sanctions breaches” (`" + gazette
                + "`, https://gulf-gazette.example/panel)");
        String html = new Reports().render(hw.tracer().provenance(copy).orElseThrow(), ReportFormat.HTML);
        assertThat(html).contains("<a href=\"https://gulf-gazette.example/panel\">“Panel finds sanctions breaches”</a>");
        // The link from the copy itself is its own: offsets into its text.
        assertThat(through.get(2).evidence()).doesNotContainKey("fromArticle");
    }
}
