package io.headwater.eval.reuse;

import io.headwater.reuse.ReuseClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Re-scores the hand-labelled PolNeAR pairs (src/test/resources/reuse/polnear-pairs.tsv) against detection
 * over train+dev, so a change that loses what docs/evaluation.md reports fails here.
 */
class PolnearPairsIT {

    private static final Path CORPUS = Path.of("../shared/corpus/polnear");

    @Test
    void theLabelledPairsScoreAsDocumented() {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("metadata.tsv")), "../shared/corpus/polnear is absent: PolNeAR reuse scores skipped");
        PairEvaluation eval = PairEvaluation.run(CORPUS);
        PairEvaluation.Score score = eval.score(PairEvaluation.readLabels(Path.of("src/test/resources/reuse/polnear-pairs.tsv")));
        assertThat(score.unlabelled()).as("every detected pair is labelled").isZero();
        assertThat(score.recall(ReuseClass.REVISION_OF)).isEqualTo(1.0);
        assertThat(score.precision(ReuseClass.REVISION_OF)).isGreaterThanOrEqualTo(0.85);
        assertThat(score.precision(ReuseClass.SHARES_QUOTE)).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall(ReuseClass.SHARES_QUOTE)).isGreaterThanOrEqualTo(0.85);
        assertThat(score.recall(ReuseClass.DERIVED_FROM)).isGreaterThanOrEqualTo(0.7);
        assertThat(score.precision(ReuseClass.DERIVED_FROM)).isGreaterThanOrEqualTo(0.25);
    }
}
