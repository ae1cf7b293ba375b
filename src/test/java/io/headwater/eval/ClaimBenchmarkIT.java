package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.TestGraph;

/**
 * The claim benchmark itself, small: the synthetic graph has the chains real ingest gives, claims taken from it find
 * every article that prints them word for word, claims from an unrelated stream find nothing, and every search is timed.
 */
class ClaimBenchmarkIT {

    @BeforeEach
    void empty() {
        TestGraph.clear();
    }

    @Test
    void aSmallSyntheticGraphIsSearchedAndTimed() {
        List<ClaimBenchmark.Result> results = ClaimBenchmark.synthetic(TestGraph.headwater(), 400, 20, 1, 7, done -> { });
        assertThat(results).hasSize(2);
        ClaimBenchmark.Result present = results.get(0);
        assertThat(present.articles()).isEqualTo(400);
        assertThat(present.timings()).isEqualTo(20);
        assertThat(present.verbatim()).isGreaterThanOrEqualTo(20);
        assertThat(present.verbatimFound()).isEqualTo(present.verbatim());
        assertThat(present.p50()).isPositive().isLessThanOrEqualTo(present.max());
        ClaimBenchmark.Result absent = results.get(1);
        assertThat(absent.carriers()).isZero();
        assertThat(ClaimBenchmark.table(results)).contains("| synthetic | 400 | sentences of the corpus | 20 | 20 |");
    }

    @Test
    void theSyntheticGraphHasChainsThroughInferredAgencyStoriesToReports() {
        SyntheticGraph.build(TestGraph.headwater(), 300, 7, done -> { });
        var rows = TestGraph.query("MATCH (:Article)-[:DERIVED_FROM]->(s:Story {inferred: true})-[:DERIVED_FROM]->(r:Report) "
                + "RETURN count(*) AS n");
        assertThat(rows.get(0).get("n").asLong()).isPositive();
        var articles = TestGraph.query("MATCH (a:Article)-[:PUBLISHED_BY]->(:Entity) RETURN count(a) AS n");
        assertThat(articles.get(0).get("n").asLong()).isEqualTo(300);
    }

    @Test
    void sentencesAreTheOnesClaimSearchTakes() {
        assertThat(ClaimBenchmark.sentences("Short one. This sentence has exactly enough words to search for.\n\nTiny.", 8))
                .containsExactly("This sentence has exactly enough words to search for.");
    }
}
