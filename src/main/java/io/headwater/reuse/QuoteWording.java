package io.headwater.reuse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares two wordings of what may be the same quoted content ("DPRK demonstrated increased
 * capabilities ..." and "North Korea also demonstrated increased capabilities ..."): when they share most
 * words but are not worded the same, the word-level difference.
 */
public final class QuoteWording {

    private static final int MIN_WORDS = 4;
    private static final double MIN_OVERLAP = 0.7;

    private QuoteWording() {
    }

    /**
     * How wording b differs from wording a.
     *
     * @param overlap share (0–1) of the shorter wording's words found, in order, in the other
     * @param removed words of a that b lacks, in order
     * @param added   words of b that a lacks, in order
     * @param summary the difference in one line ("−DPRK +North Korea also")
     */
    public record Difference(double overlap, List<String> removed, List<String> added, String summary) {
    }

    /** The difference when {@code a} and {@code b} are variants of one quote; empty when they are unrelated or worded alike. */
    public static Optional<Difference> compare(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (Math.min(x.size(), y.size()) < MIN_WORDS) {
            return Optional.empty();
        }
        List<String> fx = x.stream().map(QuoteWording::fold).toList();
        List<String> fy = y.stream().map(QuoteWording::fold).toList();
        if (fx.equals(fy)) {
            return Optional.empty();
        }
        int[][] lcs = new int[fx.size() + 1][fy.size() + 1];
        for (int i = fx.size() - 1; i >= 0; i--) {
            for (int j = fy.size() - 1; j >= 0; j--) {
                lcs[i][j] = fx.get(i).equals(fy.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        double overlap = (double) lcs[0][0] / Math.min(fx.size(), fy.size());
        if (overlap < MIN_OVERLAP) {
            return Optional.empty();
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        int i = 0;
        int j = 0;
        char run = 0;
        while (i < fx.size() || j < fy.size()) {
            if (i < fx.size() && j < fy.size() && fx.get(i).equals(fy.get(j))) {
                i++;
                j++;
                run = 0;
            } else if (j < fy.size() && (i == fx.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
                added.add(y.get(j));
                summary.append(run == '+' ? " " : (summary.length() > 0 ? " +" : "+")).append(y.get(j));
                run = '+';
                j++;
            } else {
                removed.add(x.get(i));
                summary.append(run == '-' ? " " : (summary.length() > 0 ? " −" : "−")).append(x.get(i));
                run = '-';
                i++;
            }
        }
        return Optional.of(new Difference(Math.round(overlap * 100) / 100.0, removed, added, summary.toString()));
    }

    /** True when one wording occurs word for word, contiguously, inside the other (folded). */
    public static boolean contains(String a, String b) {
        List<String> x = words(a).stream().map(QuoteWording::fold).toList();
        List<String> y = words(b).stream().map(QuoteWording::fold).toList();
        return Collections.indexOfSubList(x, y) >= 0 || Collections.indexOfSubList(y, x) >= 0;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}$%'’.-]+")) {
            String t = w.replaceAll("^[.'’-]+|[.'’-]+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String fold(String w) {
        return Normalizer.normalize(w, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
