package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.cli.DemoCorpus;
import io.headwater.core.Relation;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;
import io.headwater.report.ReportFormat;
import io.headwater.report.Reports;

/**
 * Reuse through the whole pipeline on the demo corpus: the two outlets that took AFP's story share its
 * sentences through the common upstream; the footer every demo article ends with makes no pair; ingesting
 * the same text again adds nothing; reports show the passages.
 */
class ReuseGraphIT {

    private final Headwater hw = TestGraph.headwater();
    private List<Headwater.IngestResult> demo;

    @BeforeEach
    void demo() {
        TestGraph.clear();
        demo = DemoCorpus.load(hw);
    }

    private static long reuseEdges() {
        return TestGraph.query("MATCH (:Article)-[r]->(:Article) WHERE r.method STARTS WITH 'headwater-reuse' RETURN count(r) AS n")
                .get(0).get("n").asLong();
    }

    @Test
    void onlyTheTwoOutletsCopyingAfpArePaired() {
        assertThat(reuseEdges()).isEqualTo(1);
        var pair = hw.tracer().reuse(demo.get(0).id());
        assertThat(pair).singleElement().satisfies(p -> {
            assertThat(p.otherId()).isEqualTo(demo.get(1).id());
            assertThat(p.upstream()).startsWith("story:afp>");
        });
        assertThat(hw.tracer().reuse(demo.get(2).id())).isEmpty();
        assertThat(hw.tracer().reuse(demo.get(3).id())).isEmpty();
    }

    @Test
    void theAgencyStoryEdgesCarryBothKindsOfEvidence() {
        var rows = TestGraph.query("MATCH (a:Article)-[d:DERIVED_FROM]->(s:Story) WHERE s.key STARTS WITH 'story:afp>' RETURN a.id AS id, d.evidence AS evidence, "
                + "d.reuseWith AS partners ORDER BY id");
        assertThat(rows).hasSize(2);
        for (var r : rows) {
            assertThat(r.get("evidence").asList(v -> v.asString())).containsExactly("attribution", "text-reuse");
            assertThat(r.get("partners").asList(v -> v.asString())).hasSize(1);
        }
    }

    @Test
    void ingestingTheSameTextAgainCreatesNothing() {
        long before = reuseEdges();
        long nodes = TestGraph.query("MATCH (n) RETURN count(n) AS n").get(0).get("n").asLong();
        List<Headwater.IngestResult> again = DemoCorpus.load(hw);
        assertThat(again).allSatisfy(r -> {
            assertThat(r.created()).isFalse();
            assertThat(r.reusePairs()).isZero();
        });
        assertThat(reuseEdges()).isEqualTo(before);
        assertThat(TestGraph.query("MATCH (n) RETURN count(n) AS n").get(0).get("n").asLong()).isEqualTo(nodes);
    }

    @Test
    void aNewArticleIsComparedWithEveryEarlierOne() {
        String copy = """
                Trawlers kept fishing

                "According to a flag state, unregistered trawlers landed catch worth more than $120 million at three ports in \
                West Africa and South Asia," the panel's report said.

                At least nine vessels switched flags during the year to avoid inspection, it added, and the annual report noted \
                that several fleets continued to disable their tracking beacons.
                """;
        Headwater.IngestResult r = hw.ingest(new RawDocument("test", copy.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain", null), new ArticleMetadata("Gulf Gazette", null, "2024-03-20"));
        assertThat(r.created()).isTrue();
        assertThat(r.reusePairs()).isEqualTo(2);
        assertThat(hw.tracer().reuse(r.id())).extracting(v -> v.otherOutlet())
                .containsExactlyInAnyOrder("Harbour Times", "Riverside Daily");
    }

    @Test
    void reportsShowReuseAndQuoteWording() {
        var p = hw.tracer().provenance(demo.get(0).id()).orElseThrow();
        String md = new Reports().render(p, ReportFormat.MD);
        assertThat(md).contains("## Reuse").contains("| This article | The other |").contains("$120 million")
                .contains("## Quote wording").contains("also shared passages with");
        String html = new Reports().render(p, ReportFormat.HTML);
        assertThat(html).contains("<h2>Reuse</h2>").contains("<h2>Quote wording</h2>");
    }

    @Test
    void deletingAnArticleTakesItOutOfTheIndex() {
        String id = demo.get(1).id();
        assertThat(hw.delete(id)).isTrue();
        assertThat(hw.reuse().contains(id)).isFalse();
        assertThat(reuseEdges()).isZero();
    }

    @Test
    void aDatedCopyDerivesFromTheEarlierArticleAndItsChainPassesThroughIt() {
        TestGraph.clear();
        String original = """
                Harbour dredging to start in June

                Dredging of the main channel will start in June so that container ships with deeper draughts can reach the \
                new quay without waiting for high tide, the port's chief engineer told a meeting of shipping agents.

                The work will take eleven weeks and close the northern berth for most of July, when cruise ships will be sent \
                to the older pier beside the fish market instead.
                """;
        String copy = "Port works announced\n\n" + original.substring(original.indexOf("Dredging"))
                + "\nLocal businesses said they had not been told about the closure.\n";
        var first = hw.ingest(new RawDocument("t1", original.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", null),
                new ArticleMetadata("Harbour Times", null, "2024-03-20"));
        var second = hw.ingest(new RawDocument("t2", copy.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", null),
                new ArticleMetadata("Gulf Gazette", null, "2024-03-22"));
        var pair = hw.tracer().reuse(second.id());
        assertThat(pair).singleElement().satisfies(p -> {
            assertThat(p.relationship()).isEqualTo(Relation.DERIVED_FROM);
            assertThat(p.direction()).isEqualTo("dated");
            assertThat(p.outgoing()).isTrue();
        });
        var chains = hw.tracer().provenance(second.id()).orElseThrow().chains();
        assertThat(chains).anySatisfy(c -> {
            assertThat(c.get(0).label()).isEqualTo("Article");
            assertThat(c.get(0).key()).isEqualTo(first.id());
            assertThat(c.get(0).name()).startsWith("Harbour Times: ");
            assertThat(c.get(1).label()).isEqualTo("Outlet");
        });
        assertThat(new Reports().render(hw.tracer().provenance(second.id()).orElseThrow(), ReportFormat.PROV_N))
                .contains(first.id());
    }
}
