package io.headwater.eval.reuse;

import io.headwater.reuse.ReuseClass;
import io.headwater.reuse.ReuseSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale benchmark on a small synthetic corpus: it measures what the docs table reports, finds the copying
 * the generator made, and cleans up after itself. (Figures for real sizes come from {@code bench-reuse}.)
 */
class ReuseBenchmarkIT {

    @Test
    void aSmallRunFindsTheGeneratorsCopiesAndReportsItsCost(@TempDir Path work) throws Exception {
        ReuseBenchmark.Result r = ReuseBenchmark.run(2_000, 7, work, ReuseSettings.standard());

        assertThat(r.articles()).isEqualTo(2_000);
        assertThat(r.precision()).isGreaterThan(0.95);
        assertThat(r.recall()).isGreaterThan(0.9);
        assertThat(r.byClass().get(ReuseClass.DERIVED_FROM)[0]).as("the generator's derived copies are among the true pairs")
                .isGreaterThan(r.truePairs() / 10);
        // The per-class table adds up to the totals the main table reports.
        assertThat(r.byClass().values().stream().mapToLong(v -> v[0]).sum()).isEqualTo(r.truePairs());
        assertThat(r.byClass().values().stream().mapToLong(v -> v[2]).sum()).isEqualTo(r.correctClass());
        assertThat((double) r.candidates() / r.articles()).as("candidates per article").isLessThan(5);
        try (var left = Files.list(work)) {
            assertThat(left).as("the index directory is deleted after the run").isEmpty();
        }
    }

    @Test
    void theTableGivesEachSizesCostRatioToTheOneBefore() {
        // 300 articles in 2 s (1.5 s CPU), then 600 in 5 s (4.5 s CPU): 2.5 times the time, 3 times the CPU, for twice the articles.
        List<ReuseBenchmark.Result> results = List.of(result(300, 2.0, 1.5), result(600, 5.0, 4.5));
        List<String> rows = ReuseBenchmark.table(results).lines().toList();

        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).startsWith("| 300 | 0.900 | 0.750 |").contains("| 2.0 | — | 1.5 | — |");
        assertThat(rows.get(3)).startsWith("| 600 | 0.900 | 0.750 |").contains("| 5.0 | 2.5× for 2× articles | 4.5 | 3.0× |");
    }

    /** A run that found 10 pairs, 9 of them among 12 true ones. */
    private static ReuseBenchmark.Result result(int articles, double seconds, double cpuSeconds) {
        return new ReuseBenchmark.Result(articles, 12, 10, 9, 9, 40, seconds, cpuSeconds, 64L << 20, 8L << 20, 0,
                Map.of(ReuseClass.DERIVED_FROM, new long[] {12, 10, 9}));
    }
}
