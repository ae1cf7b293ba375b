package io.headwater.reuse;

import java.util.Arrays;

import io.headwater.extract.Murmur3;

/**
 * Winnowed word n-gram hashes (Schleimer, Wilkerson and Aiken's winnowing): of every {@code window}
 * consecutive n-gram hashes the smallest is kept. Two texts that share a run of at least
 * {@code n + window - 1} words are then certain to share a fingerprint, while only about
 * {@code 2 / (window + 1)} of the n-grams are stored.
 */
public final class Fingerprints {

    private final int n;
    private final int window;

    /**
     * @param n      words per n-gram
     * @param window n-grams per winnowing window
     */
    public Fingerprints(int n, int window) {
        if (n < 1 || window < 1) {
            throw new IllegalArgumentException("n and window must be positive");
        }
        this.n = n;
        this.window = window;
    }

    /** Words per n-gram. */
    public int n() {
        return n;
    }

    /** The hash of the n-gram starting at token {@code i}. */
    public long gram(WordTokens t, int i) {
        long h = 0x9e3779b97f4a7c15L;
        for (int k = 0; k < n; k++) {
            h = Murmur3.mix(h * 31 + t.hash(i + k));
        }
        return h;
    }

    /** Hashes of every n-gram of {@code t}, by start token. */
    public long[] grams(WordTokens t) {
        int count = Math.max(0, t.size() - n + 1);
        long[] g = new long[count];
        for (int i = 0; i < count; i++) {
            g[i] = gram(t, i);
        }
        return g;
    }

    /** The winnowed fingerprints of {@code t}, distinct and sorted. */
    public long[] of(WordTokens t) {
        return select(grams(t), 0, Math.max(0, t.size() - n + 1));
    }

    /** The winnowed fingerprints of the n-grams starting in tokens {@code [from, to)}, distinct and sorted. */
    public long[] select(long[] grams, int from, int to) {
        int count = to - from;
        if (count <= 0) {
            return new long[0];
        }
        long[] out = new long[count];
        int m = 0;
        int last = -1;
        int w = Math.min(window, count);
        for (int s = from; s + w <= to; s++) {
            int min = s;
            for (int k = s + 1; k < s + w; k++) {
                // Rightmost minimum: robust winnowing keeps one fingerprint per run of equal minima.
                if (grams[k] <= grams[min]) {
                    min = k;
                }
            }
            if (min != last) {
                out[m++] = grams[min];
                last = min;
            }
        }
        long[] sorted = Arrays.copyOf(out, m);
        Arrays.sort(sorted);
        int d = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[d++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, d);
    }
}
