package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/**
 * With the database in process, the lookups read it through its own API ({@link ReadStatements},
 * {@link io.headwater.graph.EmbeddedRecords}); every answer is the one the same statements give through the driver over Bolt.
 */
class EmbeddedReadsIT {

    @Test
    void everyLookupAnswersInProcessAsThroughTheDriver() {
        TestGraph.loadDemo();
        Headwater hw = TestGraph.headwater();
        assertThat(hw.graph().embeddedDatabase()).isNotNull();
        ProvenanceTracer inProcess = hw.tracer();
        ProvenanceTracer bolt = new ProvenanceTracer(hw.graph().driver(), hw.graph().database());
        GraphLookups lookupsInProcess = hw.lookups();
        GraphLookups lookupsBolt = new GraphLookups(hw.graph().driver(), hw.graph().database());

        List<String> ids = lookupsBolt.articlesFromOrigin("demo:");
        assertThat(lookupsInProcess.articlesFromOrigin("demo:")).isEqualTo(ids).hasSizeGreaterThan(2);
        int withChains = 0;
        for (String id : ids) {
            Provenance p = bolt.provenance(id).orElseThrow();
            assertThat(inProcess.provenance(id)).as(id).contains(p);
            assertThat(lookupsInProcess.articleText(id)).isEqualTo(lookupsBolt.articleText(id));
            withChains += p.chains().isEmpty() ? 0 : 1;
        }
        assertThat(withChains).isPositive();
        assertThat(inProcess.provenance("no-such-article")).isEmpty();

        List<EntitySummary> entities = lookupsBolt.entities(null, 0, 200).items();
        assertThat(lookupsInProcess.entities(null, 0, 200)).isEqualTo(lookupsBolt.entities(null, 0, 200));
        assertThat(entities).isNotEmpty();
        int derived = 0;
        for (EntitySummary e : entities) {
            // Nodes (with their labels and list properties such as aliases) and paths come back as the driver gives them.
            assertThat(inProcess.entity(e.key())).as(e.key()).isEqualTo(bolt.entity(e.key()));
            assertThat(inProcess.lineage(e.key())).as(e.key()).isEqualTo(bolt.lineage(e.key()));
            assertThat(inProcess.derivedFrom(e.key(), 0, 3)).as(e.key()).isEqualTo(bolt.derivedFrom(e.key(), 0, 3));
            assertThat(lookupsInProcess.publishedBy(e.key(), 0, 5)).as(e.key()).isEqualTo(lookupsBolt.publishedBy(e.key(), 0, 5));
            derived += bolt.derivedFrom(e.key()).isEmpty() ? 0 : 1;
        }
        assertThat(derived).as("sources something derives from").isPositive();
        String name = entities.get(0).name();
        assertThat(lookupsInProcess.entitiesNamed(name, null, 0, 20)).isEqualTo(lookupsBolt.entitiesNamed(name, null, 0, 20));
        assertThat(lookupsInProcess.search(name, 0, 10)).isEqualTo(lookupsBolt.search(name, 0, 10));
    }

    @Test
    void inProcessAStatementThatWouldWriteIsRefusedAndLeavesTheGraphAsItWas() {
        TestGraph.loadDemo();
        ReadStatements reads = TestGraph.headwater().tracer().reads();
        assertThatThrownBy(() -> reads.run("CREATE (:Probe {at: $at})", Map.of("at", 1))).isInstanceOf(ClientException.class)
                .hasMessageContaining("read");
        assertThatThrownBy(() -> reads.inOneTransaction(() -> {
            reads.run("MATCH (a:Article) RETURN count(a) AS n", Map.of());
            return reads.run("MERGE (p:Probe {at: 2}) RETURN p", Map.of());
        })).isInstanceOf(ClientException.class);
        List<Record> probes = TestGraph.query("MATCH (p:Probe) RETURN count(p) AS n");
        assertThat(probes.get(0).get("n").asLong()).isZero();
    }

    @Test
    void inProcessABadStatementFailsAsTheDriverFailsIt() {
        TestGraph.loadDemo();
        ReadStatements inProcess = TestGraph.headwater().tracer().reads();
        ReadStatements bolt = new ReadStatements(TestGraph.headwater().graph().driver(), TestGraph.headwater().graph().database());
        String bad = "MATCH (a:Article) RETURN a.id AS id ORDER BY";
        assertThatThrownBy(() -> bolt.run(bad, Map.of())).isInstanceOf(ClientException.class);
        assertThatThrownBy(() -> inProcess.run(bad, Map.of())).isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).code()).startsWith("Neo.ClientError.Statement"));
    }
}
