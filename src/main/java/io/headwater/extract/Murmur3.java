package io.headwater.extract;

/**
 * MurmurHash3's 64-bit finaliser, the one bit mixer of the project: the attribution model's feature hashes
 * ({@link FeatureHash}) and the reuse index's word and n-gram hashes are built on it. Changing it changes the
 * features the shipped model was trained on and every fingerprint already stored in a reuse index.
 */
public final class Murmur3 {

    private Murmur3() {
    }

    /** Spreads the bits of {@code h} so that hashes built from it stay uniform (Murmur3's {@code fmix64}). */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
