package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;
import io.headwater.resolve.ResolvedArticle;

class ArticleGraphWriterIT {

    private static final String TEXT = """
            Panel finds sanctions breaches

            "Catch worth $5 million was seized," Kyodo quoted the report by the UN Panel of Experts.
            """;

    private final Headwater hw = TestGraph.headwater();

    @BeforeEach
    void clear() {
        TestGraph.clear();
    }

    private static RawDocument doc(String text) {
        return new RawDocument("test", text.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private static long count(String what) {
        return TestGraph.query("MATCH " + what + " RETURN count(*) AS n").get(0).get("n").asLong();
    }

    @Test
    void reIngestingTheSameTextCreatesNothing() {
        Headwater.IngestResult first = hw.ingest(doc(TEXT), ArticleMetadata.NONE);
        long nodes = count("(n)");
        long rels = count("()-[r]->()");
        Headwater.IngestResult again = hw.ingest(doc(TEXT.replace("\n", "\r\n")), ArticleMetadata.NONE);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(count("(n)")).isEqualTo(nodes);
        assertThat(count("()-[r]->()")).isEqualTo(rels);
    }

    @Test
    void twoArticlesShareTheirEntities() {
        hw.ingest(doc(TEXT), ArticleMetadata.NONE);
        hw.ingest(doc(TEXT + "\nIt added that nine ships changed flags.\n"), ArticleMetadata.NONE);
        assertThat(count("(:Article)")).isEqualTo(2);
        assertThat(count("(:Report)")).isEqualTo(1);
        assertThat(count("(:Agency {key: 'kyodo'})")).isEqualTo(1);
    }

    @Test
    void everyEdgeButStructuralOnesCarriesEvidence() {
        hw.ingest(doc(TEXT), ArticleMetadata.NONE);
        var missing = TestGraph.query("""
                MATCH ()-[r:DERIVED_FROM|QUOTES|ATTRIBUTED_TO|CITES|CREDITS]->()
                WHERE r.sentence IS NULL OR r.start IS NULL OR r.end IS NULL OR r.confidence IS NULL OR r.extractor IS NULL
                RETURN count(r) AS n""");
        assertThat(missing.get(0).get("n").asLong()).isZero();
    }

    @Test
    void aFailingWriteLeavesNothingBehind() {
        ResolvedArticle good = hw.analyse(doc(TEXT), ArticleMetadata.NONE);
        List<ResolvedArticle.EntityNode> entities = new ArrayList<>(good.entities());
        // A map is not a legal property value: the entities statement fails after the article was created.
        entities.add(new ResolvedArticle.EntityNode(entities.get(0).entity(), Map.of("bad", Map.of("nested", 1))));
        ResolvedArticle broken = new ResolvedArticle(good.article(), good.outlet(), entities, good.quotes(), good.links(),
                good.attributions(), good.credits());
        ArticleGraphWriter writer = new ArticleGraphWriter(hw.graph().driver(), hw.graph().database());
        assertThatThrownBy(() -> writer.write(broken)).isInstanceOf(RuntimeException.class);
        assertThat(count("(n)")).isZero();
    }

    @Test
    void aSecondArticleWithTheSameEntityLinkAddsItsSupport() {
        hw.ingest(doc(TEXT), ArticleMetadata.NONE);
        hw.ingest(doc(TEXT + "\nIt added that nine ships changed flags.\n"), ArticleMetadata.NONE);

        var authored = TestGraph.query("MATCH (:Report)-[r:AUTHORED_BY]->() RETURN r.support AS support, size(r.articles) AS articles");
        assertThat(authored).singleElement().satisfies(r -> {
            assertThat(r.get("support").asInt()).isEqualTo(2);
            assertThat(r.get("articles").asInt()).isEqualTo(2);
        });
    }

    @Test
    void aSourceNameOfKilobytesIsCutAndTheArticleWritten() {
        String name = String.join(" ", java.util.Collections.nCopies(20, "Quarrelsome" + "harbourmaster".repeat(6)));
        Headwater.IngestResult r = hw.ingest(doc("Dock strike ends\n\n" + name + " said the dock strike was over.\n"),
                ArticleMetadata.NONE);

        assertThat(r.created()).isTrue();
        var names = TestGraph.query("MATCH (e:Entity) WHERE e.name STARTS WITH 'Quarrelsome' RETURN e.name AS name");
        assertThat(names).singleElement().satisfies(n -> assertThat(n.get("name").asString())
                .hasSize(IndexedValues.MAX_NAME_CHARS).endsWith("…"));
    }

    @Test
    void anOutletOfNineKilobytesIsCutToo() {
        Headwater.IngestResult r = hw.ingest(doc(TEXT), new ArticleMetadata("Harbour " + "Gazette ".repeat(1200), null, null));

        assertThat(r.created()).isTrue();
        assertThat(count("(o:Outlet) WHERE size(o.name) = " + IndexedValues.MAX_NAME_CHARS)).isEqualTo(1);
    }

    @Test
    void anAddressOfNineKilobytesIsRefusedWithAClearErrorAndNothingIsWritten() {
        String url = "https://example.org/" + "harbour/".repeat(1200);

        assertThatThrownBy(() -> hw.ingest(doc(TEXT), new ArticleMetadata(null, url, null)))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("9,620 characters long, over the 2,000-character limit");
        assertThat(count("(n)")).isZero();
    }

    @Test
    void anAddressOfNineKilobytesFilledInOrSetLaterIsRefusedAndTheArticleKeepsWhatItHad() {
        String url = "https://example.org/" + "harbour/".repeat(1200);
        String id = hw.ingest(doc(TEXT), ArticleMetadata.NONE).id();

        assertThatThrownBy(() -> hw.ingest(doc(TEXT), new ArticleMetadata(null, url, null)))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("9,620 characters long, over the 2,000-character limit");
        assertThatThrownBy(() -> hw.correct(id, new ArticleMetadata(null, url, null)))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("9,620 characters long, over the 2,000-character limit");
        assertThat(count("(a:Article) WHERE a.url IS NULL")).isEqualTo(1);
        assertThat(count("(a:Article)")).isEqualTo(1);
    }

    @Test
    void theWriteLooksEdgesUpFromTheirEndsInsteadOfScanningEveryRelationship() {
        // A scan per link made one article's write quadratic in its links, and slower with every article in the graph.
        String write = CypherFile.load("ingest/article.cypher").statement("write");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("article", Map.of("id", "x"), "entities", List.of(),
                "quotes", List.of()));
        for (String p : List.of("articleEntity", "entityEntity", "articleQuote", "entityQuote", "quoteEntity")) {
            params.put(p, List.of());
        }
        try (Session session = hw.graph().driver().session(SessionConfig.forDatabase(hw.graph().database()))) {
            // Planned afresh on the empty graph, where a scan costs nothing and the planner is most tempted.
            Plan plan = session.run(IngestPlansIT.plannedAfresh(write), params).consume().plan();
            assertThat(operators(plan)).isNotEmpty().noneMatch(op -> op.contains("AllRelationshipsScan"));
        }
    }

    @Test
    void everyTypeOfLinkBetweenEntitiesHasItsMerge() {
        String write = CypherFile.load("ingest/article.cypher").statement("write");
        assertThat(ArticleGraphWriter.ENTITY_LINK_TYPES).allSatisfy(t -> assertThat(write).contains("MERGE (x)-[r:" + t + "]->(y)"));
    }

    private static List<String> operators(Plan plan) {
        List<String> out = new ArrayList<>(List.of(plan.operatorType()));
        plan.children().forEach(c -> out.addAll(operators(c)));
        return out;
    }
}
