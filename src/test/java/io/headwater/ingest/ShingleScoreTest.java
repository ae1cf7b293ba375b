package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void tokensAreRunsOfWordCharactersWithCaseKept() {
        assertThat(ShingleScore.shingles("Don't stop—the café's 2nd_run!")).containsOnlyKeys(
                "Don t stop the", "t stop the café", "stop the café s", "the café s 2nd_run");
    }

    @Test
    void shortTextIsOneShingle() {
        assertThat(ShingleScore.shingles("Only three words")).containsEntry("Only three words", 1);
    }

    @Test
    void repeatedBoilerplateIsCountedAsAMultiset() {
        ShingleScore.Page page = ShingleScore.compare("a b c d", "a b c d. a b c d");

        assertThat(page).isEqualTo(new ShingleScore.Page(1, 5, 1));
    }

    @Test
    void emptyPredictionIsLeftOutOfPrecisionOnly() {
        ShingleScore.Result r = ShingleScore.summarise(List.of(new ShingleScore.Page(1, 1, 1), new ShingleScore.Page(0, 0, 4)));

        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.emptyPredictions()).isEqualTo(1);
    }
}
