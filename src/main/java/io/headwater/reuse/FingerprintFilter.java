package io.headwater.reuse;

import java.io.IOException;

import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A Bloom filter over the fingerprints of one index segment: it says "certainly absent" for most fingerprints
 * the segment lacks, so a lookup seeks only the few segments that may hold a fingerprint instead of every
 * segment. Without it the seeks per article grow with the number of segments and the size of their term
 * dictionaries; with it they stay close to constant as the index grows. Segments never change, so a filter
 * is built once per segment (one pass over its terms) and dropped with it.
 */
final class FingerprintFilter {

    /** Bits per fingerprint: with three probes, about 3% false positives. */
    private static final int BITS_PER_KEY = 8;

    private final long[] bits;
    private final long mask;

    private FingerprintFilter(long expected) {
        long wanted = Math.max(64, expected * BITS_PER_KEY);
        long size = Long.highestOneBit(wanted - 1) << 1;
        this.bits = new long[(int) Math.max(1, size >>> 6)];
        this.mask = size - 1;
    }

    /** The filter of a segment's fingerprint terms (8-byte big-endian longs). */
    static FingerprintFilter of(Terms terms) throws IOException {
        long count = terms.size();
        FingerprintFilter f = new FingerprintFilter(count > 0 ? count : 1024);
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            f.add(decode(t));
        }
        return f;
    }

    /** False when the segment certainly lacks {@code fingerprint}. */
    boolean mightContain(long fingerprint) {
        long h1 = fingerprint;
        long h2 = mix(fingerprint) | 1;
        for (int i = 0; i < 3; i++) {
            long bit = (h1 + i * h2) & mask;
            if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private void add(long fingerprint) {
        long h1 = fingerprint;
        long h2 = mix(fingerprint) | 1;
        for (int i = 0; i < 3; i++) {
            long bit = (h1 + i * h2) & mask;
            bits[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /** Bytes the filter holds. */
    long bytes() {
        return bits.length * 8L;
    }

    /** A second hash from the first (the fingerprints are already well-spread hashes): SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long decode(BytesRef t) {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | (t.bytes[t.offset + k] & 0xff);
        }
        return v;
    }
}
