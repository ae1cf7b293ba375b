package io.headwater.reuse;

import java.util.Set;

/**
 * Tells page furniture from reuse. A passage is boilerplate when it is a whole footer on both sides (it
 * fills the last one or two paragraphs of both articles, which have others besides), as the same closing
 * lines under every page of an outlet are; or when most of its fingerprints are common: found in more
 * articles than the index's cap, or in several articles otherwise unrelated to the new one, as stock
 * phrases, editor's notes and headers are. Only footers are judged by position: a shared first paragraph
 * is more often a copied lede than a header.
 */
final class BoilerplateFilter {

    private static final double FILL = 0.8;

    private final Fingerprints fingerprints;

    BoilerplateFilter(Fingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** True when match {@code m} between {@code a} and {@code b} is boilerplate. */
    boolean isBoilerplate(PassageAligner.Match m, WordTokens a, WordTokens b, long[] gramsOfA, Set<Long> common) {
        if (atEdge(a, m.a0(), m.a1()) && atEdge(b, m.b0(), m.b1())) {
            return true;
        }
        if (common.isEmpty()) {
            return false;
        }
        long[] fps = fingerprints.select(gramsOfA, m.a0(), Math.max(m.a0(), m.a1() - fingerprints.n() + 1));
        if (fps.length == 0) {
            return false;
        }
        int n = 0;
        for (long f : fps) {
            n += common.contains(f) ? 1 : 0;
        }
        return n * 2 >= fps.length;
    }

    /** The tokens [from, to) fill the last one or two paragraphs, and others come before them. */
    private static boolean atEdge(WordTokens t, int from, int to) {
        int p0 = t.paragraph(from);
        int p1 = t.paragraph(to - 1);
        int last = t.paragraphs() - 1;
        int touched = p1 - p0 + 1;
        if (touched > 2 || t.paragraphs() < touched + 1 || p1 != last) {
            return false;
        }
        int size = 0;
        for (int p = p0; p <= p1; p++) {
            size += t.paragraphSize(p);
        }
        return to - from >= FILL * size;
    }
}
