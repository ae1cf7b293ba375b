package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A reuse index on disk holds fingerprints from earlier runs: word and n-gram hashes are pinned, so that a change
 * to the shared bit mixer cannot leave old fingerprints unmatchable by new ones.
 */
class WordTokensHashTest {

    private static final WordTokens SENTENCE =
            WordTokens.of("The ministry said on Tuesday that the catch of tuna would fall by a fifth, São Paulo reported.");

    @Test
    void wordHashesStayTheOnesStoredIndexesHold() {
        assertThat(SENTENCE.hash(0)).isEqualTo(-3801051048910914767L);
        assertThat(SENTENCE.hash(SENTENCE.size() - 2)).as("a word folded through Unicode").isEqualTo(7720855959339168445L);
    }

    @Test
    void winnowedFingerprintsStayTheOnesStoredIndexesHold() {
        assertThat(new Fingerprints(5, 4).of(SENTENCE)).containsExactly(
                -7826667409739531994L, -7154191163594713481L, -3755439318891916362L, -3434783062330462223L, 116235700793433773L);
    }
}
