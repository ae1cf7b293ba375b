package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/**
 * An article's provenance (and a page of what derives from a source) runs its statements in one read transaction:
 * the answer is the one its parts give, each read in a transaction of its own, and the transaction is a read one.
 */
class OneReadTransactionIT {

    @Test
    void provenanceInOneTransactionIsItsPartsEachReadAlone() {
        TestGraph.loadDemo();
        Headwater hw = TestGraph.headwater();
        ProvenanceTracer tracer = hw.tracer();
        List<String> ids = hw.lookups().articlesFromOrigin("demo:");
        assertThat(ids).hasSizeGreaterThan(2);
        int withChains = 0;
        for (String id : ids) {
            ArticleSummary summary = tracer.article(id).orElseThrow();
            Provenance alone = new Provenance(summary, tracer.chains(id, summary), tracer.quotes(id), tracer.credits(id),
                    tracer.reuse(id), tracer.quoteVariants(id), tracer.otherPublications(id));
            assertThat(tracer.provenance(id)).as(id).contains(alone);
            withChains += alone.chains().isEmpty() ? 0 : 1;
        }
        assertThat(withChains).isPositive();
        assertThat(tracer.provenance("no-such-article")).isEmpty();
    }

    @Test
    void aNestedAnswerJoinsTheOpenTransactionWhichRefusesWrites() {
        TestGraph.loadDemo();
        Headwater hw = TestGraph.headwater();
        ReadStatements reads = hw.tracer().reads();
        String id = hw.lookups().articlesFromOrigin("demo:").get(0);
        // Provenance inside an open answer reads in that transaction and gives the same as on its own.
        assertThat(reads.inOneTransaction(() -> hw.tracer().provenance(id))).isEqualTo(hw.tracer().provenance(id));

        assertThatThrownBy(() -> reads.inOneTransaction(() -> reads.run("CREATE (:Probe {at: $at})", Map.of("at", 1))))
                .isInstanceOf(ClientException.class);
        assertThat(TestGraph.query("MATCH (p:Probe) RETURN count(p) AS n").get(0).get("n").asLong()).isZero();
    }

    @Test
    void statementsSentAheadGiveTheRecordsTheyGiveRunAloneAndThoseNeverAskedForAreHarmless() {
        TestGraph.loadDemo();
        Headwater hw = TestGraph.headwater();
        ReadStatements reads = hw.tracer().reads();
        String count = "MATCH (a:Article) WHERE a.origin STARTS WITH $prefix RETURN count(a) AS n";
        String ids = "MATCH (a:Article) WHERE a.origin STARTS WITH $prefix RETURN a.id AS id ORDER BY id";
        Map<String, Object> demo = Map.of("prefix", "demo:");
        long alone = reads.run(count, demo).get(0).get("n").asLong();
        List<String> idsAlone = reads.run(ids, demo).stream().map(r -> r.get("id").asString()).toList();
        assertThat(alone).isPositive();

        List<Object> together = reads.inOneTransaction(() -> {
            reads.ahead(List.of(new org.neo4j.driver.Query(ids, demo), new org.neo4j.driver.Query(count, demo),
                    new org.neo4j.driver.Query(count, Map.of("prefix", "never-asked:"))));
            // Asked for in another order than sent, one of them twice (the second time it runs again).
            long n = reads.run(count, demo).get(0).get("n").asLong();
            List<String> got = reads.run(ids, demo).stream().map(r -> r.get("id").asString()).toList();
            long again = reads.run(count, demo).get(0).get("n").asLong();
            return List.of(n, got, again);
        });
        assertThat(together).containsExactly(alone, idsAlone, alone);
        // Outside a transaction, sending ahead does nothing and each statement runs when asked for.
        reads.ahead(List.of(new org.neo4j.driver.Query(count, demo)));
        assertThat(reads.run(count, demo).get(0).get("n").asLong()).isEqualTo(alone);
    }
}
