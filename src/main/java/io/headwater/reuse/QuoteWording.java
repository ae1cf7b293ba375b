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
    /** Share of the longer wording a rewording must cover. */
    private static final double MIN_LONGER_SHARE = 0.5;
    /** Share of the shorter wording a truncated quote must keep, when it covers less of the longer one. */
    private static final double MIN_TRUNCATION = 0.9;

    private QuoteWording() {
    }

    /**
     * How wording b differs from wording a.
     *
     * @param overlap share (0–1) of the shorter wording's words found, in order, in the one stretch of the other
     *                where the two agree best
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
        Region region = alignedRegion(fx, fy);
        int shorter = Math.min(fx.size(), fy.size());
        if (!sameContent(region, shorter, Math.max(fx.size(), fy.size()))) {
            return Optional.empty();
        }
        int[][] lcs = new int[fx.size() + 1][fy.size() + 1];
        for (int i = fx.size() - 1; i >= 0; i--) {
            for (int j = fy.size() - 1; j >= 0; j--) {
                lcs[i][j] = fx.get(i).equals(fy.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        double overlap = (double) region.matched() / shorter;
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

    /**
     * Whether an aligned region makes two wordings one content. Words in common count only inside one dense
     * region: a short fragment whose words turn up in order but scattered over a long, unrelated sentence
     * ("to be significant profits from cyberattacks" against "... continued to advance its ... programs last
     * year as it gained significant profits from cyberattacks") is not another wording of it. Then most of the
     * shorter wording must be in the region, and either half of the longer one too (a rewording) or nearly all
     * of the shorter (a truncated quote); a stock phrase of a few words shared by two sentences is neither.
     */
    private static boolean sameContent(Region region, int shorter, int longer) {
        double overlap = (double) region.matched() / shorter;
        double density = (double) region.matched() / Math.max(region.xWords(), region.yWords());
        return region.matched() >= MIN_WORDS && density >= MIN_OVERLAP && overlap >= MIN_OVERLAP
                && (region.matched() >= MIN_LONGER_SHARE * longer || overlap >= MIN_TRUNCATION);
    }

    /** The best local alignment of two word lists: its matched words and how many words it spans on each side. */
    private record Region(int matched, int xWords, int yWords) {
    }

    /**
     * Smith-Waterman over words (match +1, changed, missing or extra word -1): the stretch of each wording
     * where the two agree best, so that words matched far apart are not counted together.
     */
    private static Region alignedRegion(List<String> x, List<String> y) {
        int n = x.size();
        int m = y.size();
        int[][] score = new int[n + 1][m + 1];
        int bestI = 0;
        int bestJ = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diagonal = score[i - 1][j - 1] + (x.get(i - 1).equals(y.get(j - 1)) ? 1 : -1);
                score[i][j] = Math.max(0, Math.max(diagonal, Math.max(score[i - 1][j], score[i][j - 1]) - 1));
                if (score[i][j] > score[bestI][bestJ]) {
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        int i = bestI;
        int j = bestJ;
        int matched = 0;
        while (i > 0 && j > 0 && score[i][j] > 0) {
            boolean same = x.get(i - 1).equals(y.get(j - 1));
            if (score[i][j] == score[i - 1][j - 1] + (same ? 1 : -1)) {
                matched += same ? 1 : 0;
                i--;
                j--;
            } else if (score[i][j] == score[i - 1][j] - 1) {
                i--;
            } else {
                j--;
            }
        }
        return new Region(matched, bestI - i, bestJ - j);
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
