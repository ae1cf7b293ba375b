package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.graph.CypherFile;
import io.headwater.graph.GraphConnection;
import io.headwater.reuse.IndexedArticle;
import io.headwater.trace.Provenance;

/**
 * A graph built by Neo4j's bulk import ({@link BulkGraphImport}, what {@code bench-graph --bulk} measures at a million
 * articles) is the graph the write statements build from the same seed: the same nodes by label, relationships by
 * type, property keys and value kinds per label and per type, and the same answers to the lookups bench-graph times.
 */
class BulkGraphImportIT {

    private static final int ARTICLES = 300;
    private static final long SEED = 11;
    private static final CypherFile SHAPE = CypherFile.load("eval/graph-benchmark.cypher");

    @Test
    void bulkImportBuildsTheGraphTheWriteStatementsBuild(@TempDir Path dir) {
        TestGraph.clear();
        Headwater statements = TestGraph.headwater();
        List<IndexedArticle> written = SyntheticGraph.build(statements, ARTICLES, SEED, done -> { });
        TestGraph.awaitSearch();
        List<String> imported = BulkGraphImport.build(dir, ARTICLES, SEED, done -> { }, line -> { });
        assertThat(imported).isEqualTo(written.stream().map(IndexedArticle::id).toList());

        try (Headwater bulk = BulkGraphImport.open(dir)) {
            for (String shape : List.of("label-counts", "type-counts", "label-property-kinds", "type-property-kinds")) {
                assertThat(rows(bulk, shape)).as(shape).isEqualTo(rows(statements, shape));
            }
            assertThat(rows(bulk, "label-counts")).contains(Map.of("label", "Article", "n", (long) ARTICLES));

            int chained = 0;
            for (int i = 0; i < written.size(); i += 23) {
                String id = written.get(i).id();
                Provenance p = statements.tracer().provenance(id).orElseThrow();
                assertThat(bulk.tracer().provenance(id)).as(id).contains(p);
                chained += p.chains().isEmpty() ? 0 : 1;
            }
            assertThat(chained).as("articles compared that have a chain").isPositive();

            List<String> reports = keys(statements, "reports", "key");
            assertThat(reports).isNotEmpty();
            for (String key : reports.subList(0, Math.min(5, reports.size()))) {
                assertThat(bulk.tracer().derivedFrom(key)).as(key).isEqualTo(statements.tracer().derivedFrom(key)).isNotEmpty();
                assertThat(bulk.tracer().derivedFrom(key, 0, 2)).isEqualTo(statements.tracer().derivedFrom(key, 0, 2));
            }
            for (String name : keys(statements, "people", "name").subList(0, 3)) {
                assertThat(bulk.lookups().entitiesNamed(name, null, 0, 20))
                        .as(name).isEqualTo(statements.lookups().entitiesNamed(name, null, 0, 20));
            }
            String claim = ClaimBenchmark.sentences(written.get(0).text(), statements.claims().minWords()).get(0);
            assertThat(bulk.claims().find(claim, 0, 20)).isEqualTo(statements.claims().find(claim, 0, 20));
            assertThat(statements.claims().find(claim, 0, 20).totalElements()).isPositive();
        }
    }

    private static List<Map<String, Object>> rows(Headwater hw, String statement) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Record r : query(hw, statement, Map.of())) {
            out.add(r.asMap());
        }
        return out;
    }

    private static List<String> keys(Headwater hw, String statement, String column) {
        return query(hw, statement, Map.of("limit", 50)).stream().map(r -> r.get(column).asString()).sorted().toList();
    }

    private static List<Record> query(Headwater hw, String statement, Map<String, Object> params) {
        return hw.graph().driver().executableQuery(SHAPE.statement(statement)).withParameters(params)
                .withConfig(GraphConnection.reads(hw.graph().database())).execute().records();
    }
}
