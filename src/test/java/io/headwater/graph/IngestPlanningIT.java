package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/** Planning ingest's statements ahead of the first article leaves the graph as it was. */
class IngestPlanningIT {

    private final Headwater hw = TestGraph.headwater();

    @BeforeEach
    void clean() {
        TestGraph.clear();
    }

    @Test
    void planningWritesNothing() {
        hw.prepareIngest();
        assertThat(TestGraph.query("MATCH (n) RETURN count(n) AS n").get(0).get("n").asLong()).isZero();
    }

    @Test
    void planningBesideTheDemoLeavesItWhole() {
        TestGraph.loadDemo();
        long before = hw.lookups().articleCount();
        hw.prepareIngest();
        assertThat(hw.lookups().articleCount()).isEqualTo(before);
        assertThat(TestGraph.query("MATCH (a:Article) WHERE a.id STARTS WITH 'prepare-' RETURN a")).isEmpty();
    }
}
