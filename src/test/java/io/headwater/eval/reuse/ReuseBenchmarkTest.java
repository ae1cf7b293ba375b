package io.headwater.eval.reuse;

import io.headwater.reuse.ReuseClass;
import io.headwater.reuse.ReuseSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale benchmark on a small synthetic corpus: it measures what the docs table reports, finds the copying
 * the generator made, and cleans up after itself. (Figures for real sizes come from {@code bench-reuse}.)
 */
class ReuseBenchmarkTest {

    @Test
    void aSmallRunFindsTheGeneratorsCopiesAndReportsItsCost(@TempDir Path work) throws Exception {
        ReuseBenchmark.Result r = ReuseBenchmark.run(2_000, 7, work, ReuseSettings.standard());

        assertThat(r.articles()).isEqualTo(2_000);
        assertThat(r.truePairs()).isPositive();
        assertThat(r.precision()).isGreaterThan(0.95);
        assertThat(r.recall()).isGreaterThan(0.9);
        assertThat(r.byClass().get(ReuseClass.DERIVED_FROM)[0]).isPositive();
        assertThat((double) r.candidates() / r.articles()).as("candidates per article").isLessThan(5);
        assertThat(r.seconds()).isPositive();
        assertThat(r.cpuSeconds()).isPositive();
        assertThat(r.indexBytes()).isPositive();
        try (var left = Files.list(work)) {
            assertThat(left).as("the index directory is deleted after the run").isEmpty();
        }
    }

    @Test
    void theTableGivesEachSizesCostRatioToTheOneBefore(@TempDir Path work) {
        List<ReuseBenchmark.Result> results = new ArrayList<>();
        results.add(ReuseBenchmark.run(300, 1, work, ReuseSettings.standard()));
        results.add(ReuseBenchmark.run(600, 1, work, ReuseSettings.standard()));
        String table = ReuseBenchmark.table(results);

        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().toList().get(2)).contains("| 300 |").contains("| — |");
        assertThat(table.lines().toList().get(3)).contains("| 600 |").contains("for 2× articles");
    }
}
