package io.headwater.extract;

import static io.headwater.extract.Murmur3.mix;

/**
 * Features as 64-bit hashes of a template number and its parts (words, tags, small numbers), so that
 * extracting a feature builds no string. Collisions between distinct features are rare enough to ignore.
 */
final class FeatureHash {

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private FeatureHash() {
    }

    /** A string's part: its cached hash code and its length. */
    static long part(String s) {
        return ((long) s.hashCode() << 16) ^ s.length();
    }

    static long of(int template, long a) {
        return mix(mix(SEED * (template + 1)) ^ a);
    }

    static long of(int template, long a, long b) {
        return mix(of(template, a) ^ mix(b + SEED));
    }

    static long of(int template, long a, long b, long c) {
        return mix(of(template, a, b) ^ mix(c + 2 * SEED));
    }

    static long of(int template, long a, long b, long c, long d) {
        return mix(of(template, a, b, c) ^ mix(d + 3 * SEED));
    }

    /** A feature given as a plain string (tests, tools). */
    static long of(String feature) {
        return of(0, part(feature));
    }
}
