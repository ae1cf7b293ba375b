package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shipped attribution model holds weights by feature hash: the hashes are pinned to the values the model was
 * trained with, so that moving or sharing the bit mixer ({@link Murmur3}) cannot silently change them.
 */
class FeatureHashTest {

    @Test
    void featureHashesStayTheOnesTheShippedModelWasTrainedWith() {
        assertThat(FeatureHash.of("w=said")).isEqualTo(-9127321618697482209L);
        assertThat(FeatureHash.of(3, FeatureHash.part("told"), 7L)).isEqualTo(712514248437458648L);
        assertThat(FeatureHash.of(9, 1L, 2L, 3L, 4L)).isEqualTo(-7543439943131084617L);
    }

    @Test
    void theMixerIsMurmur3sFinaliser() {
        assertThat(Murmur3.mix(0L)).isZero();
        // fmix64(1)
        assertThat(Murmur3.mix(1L)).isEqualTo(0xb456bcfc34c2cb2cL);
    }
}
