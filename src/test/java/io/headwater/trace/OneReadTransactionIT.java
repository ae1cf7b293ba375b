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
}
