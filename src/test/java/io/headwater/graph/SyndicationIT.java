package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestArticles;
import io.headwater.TestGraph;
import io.headwater.core.Relation;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;
import io.headwater.report.ReportFormat;
import io.headwater.report.Reports;
import io.headwater.trace.ArticleSummary;

/**
 * The same text published by two outlets is two publications, each with its outlet, address and date;
 * reading a publication again creates nothing, and fills in what the graph lacked.
 */
class SyndicationIT {

    /** An agency-style story, printed word for word by two papers. */
    private static final String STORY = TestArticles.fixtureText("ferry-strike.txt");

    private final Headwater hw = TestGraph.headwater();

    @BeforeEach
    void clear() {
        TestGraph.clear();
    }

    private static RawDocument text(String s) {
        return new RawDocument("test", s.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private static long count(String pattern) {
        return TestGraph.query("MATCH " + pattern + " RETURN count(*) AS n").get(0).get("n").asLong();
    }

    @Test
    void twoOutletsPrintingTheSameTextAreTwoPublications() {
        var gazette = hw.ingest(text(STORY), new ArticleMetadata("Gulf Gazette", "https://gulf-gazette.example/ferry-strike", "2024-05-07"));
        var courier = hw.ingest(text(STORY), new ArticleMetadata("Island Courier", "https://courier.example/news/ferries", "2024-05-08"));
        assertThat(gazette.created()).isTrue();
        assertThat(courier.created()).isTrue();
        assertThat(courier.id()).isNotEqualTo(gazette.id());
        ArticleSummary g = hw.tracer().article(gazette.id()).orElseThrow();
        ArticleSummary c = hw.tracer().article(courier.id()).orElseThrow();
        assertThat(g.outlet()).isEqualTo("Gulf Gazette");
        assertThat(g.url()).isEqualTo("https://gulf-gazette.example/ferry-strike");
        assertThat(c.outlet()).isEqualTo("Island Courier");
        assertThat(c.url()).isEqualTo("https://courier.example/news/ferries");
        assertThat(c.published()).isEqualTo("2024-05-08");
        assertThat(c.headline()).isEqualTo("Ferry crews end strike");
        // Each publication has its own quotes, and the copy is seen as text reuse: the later took from the earlier.
        assertThat(count("(a:Article)-[:QUOTES]->(q:Quote) WHERE q.article = a.id")).isEqualTo(2 * count("(:Article {id: '"
                + gazette.id() + "'})-[:QUOTES]->()"));
        assertThat(hw.tracer().reuse(courier.id())).singleElement().satisfies(p -> {
            assertThat(p.otherId()).isEqualTo(gazette.id());
            assertThat(p.relationship()).isEqualTo(Relation.DERIVED_FROM);
            assertThat(p.direction()).isEqualTo("dated");
            assertThat(p.shared()).isEqualTo(1.0);
        });
        // Every door shows the other publication: provenance, the reports, PROV.
        var p = hw.tracer().provenance(courier.id()).orElseThrow();
        assertThat(p.otherPublications()).extracting(ArticleSummary::id).containsExactly(gazette.id());
        assertThat(new Reports().render(p, ReportFormat.MD)).contains("## Same text, other publications",
                "- **Gulf Gazette** — Ferry crews end strike (`" + gazette.id() + "`, 2024-05-07, https://gulf-gazette.example/ferry-strike)");
        assertThat(new Reports().render(p, ReportFormat.HTML)).contains("<h2>Same text, other publications</h2>");
        assertThat(new Reports().render(p, ReportFormat.PROV_N)).contains("alternateOf(hw:article_" + courier.id());
    }

    @Test
    void readingEitherPublicationAgainCreatesNothing() {
        var gazette = hw.ingest(text(STORY), new ArticleMetadata("Gulf Gazette", null, "2024-05-07"));
        var courier = hw.ingest(text(STORY), new ArticleMetadata("Island Courier", null, "2024-05-08"));
        long nodes = count("(n)");
        long edges = count("()-[r]->()");
        var again = hw.ingest(text(STORY.replace("\n", "\r\n")), new ArticleMetadata("Island Courier", null, null));
        var bare = hw.ingest(text(STORY), ArticleMetadata.NONE);
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(courier.id());
        assertThat(bare.created()).isFalse();
        assertThat(bare.id()).isEqualTo(gazette.id());
        assertThat(again.filledIn()).isEmpty();
        assertThat(count("(n)")).isEqualTo(nodes);
        assertThat(count("()-[r]->()")).isEqualTo(edges);
    }

    @Test
    void readingATextAgainWithItsOutletAddressAndDateFillsInWhatTheGraphLacked() {
        var first = hw.ingest(text(STORY), ArticleMetadata.NONE);
        assertThat(hw.tracer().article(first.id()).orElseThrow().outlet()).isNull();
        var again = hw.ingest(text(STORY), new ArticleMetadata("Gulf Gazette", "https://gulf-gazette.example/ferry-strike", "2024-05-07"));
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.filledIn()).containsExactly("outlet", "url", "published");
        ArticleSummary a = hw.tracer().article(first.id()).orElseThrow();
        assertThat(a.outlet()).isEqualTo("Gulf Gazette");
        assertThat(a.url()).isEqualTo("https://gulf-gazette.example/ferry-strike");
        assertThat(a.published()).isEqualTo("2024-05-07");
        assertThat(count("(:Article)-[:PUBLISHED_BY]->(:Outlet {name: 'Gulf Gazette'})")).isEqualTo(1);
        // What the graph has is kept: a later reading with another date changes nothing.
        var later = hw.ingest(text(STORY), new ArticleMetadata("Gulf Gazette", null, "2024-06-01"));
        assertThat(later.filledIn()).isEmpty();
        assertThat(hw.tracer().article(first.id()).orElseThrow().published()).isEqualTo("2024-05-07");
        // The reuse index knows the new outlet and date: a later copy elsewhere is dated after it.
        var copy = hw.ingest(text(STORY), new ArticleMetadata("Island Courier", null, "2024-05-08"));
        assertThat(hw.tracer().reuse(copy.id())).singleElement().satisfies(p -> {
            assertThat(p.direction()).isEqualTo("dated");
            assertThat(p.outgoing()).isTrue();
        });
    }

    @Test
    void anOutletNamedLaterReplacesTheOneGuessedFromTheHost() {
        var first = hw.ingest(text(STORY), new ArticleMetadata(null, "https://www.gulf-gazette.example/ferry-strike", null));
        assertThat(hw.tracer().article(first.id()).orElseThrow().outlet()).isEqualTo("gulf-gazette.example");
        var again = hw.ingest(text(STORY), new ArticleMetadata("Gulf Gazette", null, null));
        assertThat(again.filledIn()).containsExactly("outlet");
        assertThat(hw.tracer().article(first.id()).orElseThrow().outlet()).isEqualTo("Gulf Gazette");
        assertThat(count("(o:Outlet {name: 'gulf-gazette.example'})")).isZero();
    }
}
