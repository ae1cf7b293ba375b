package io.headwater.trace;

import java.util.ArrayList;
import java.util.List;

import io.headwater.reuse.WordTokens;

/**
 * The word-level difference between two stretches of text, as a reader wants to see it: runs of words
 * both share, words only the first has, words only the second has, each run in its own text's spelling.
 * Words are compared as the passage index compares them (folded: case, accents, punctuation), so "DPRK,"
 * and "dprk" are the same word and a changed comma is no difference.
 * <pre>{@code
 * WordTokens a = WordTokens.of("DPRK demonstrated increased capabilities");
 * WordTokens b = WordTokens.of("North Korea also demonstrated increased capabilities");
 * WordDiff.summary(WordDiff.between(a, 0, a.size(), b, 0, b.size()));   // "−DPRK +North Korea also"
 * }</pre>
 */
public final class WordDiff {

    /** Most cells (words × words) one comparison may take; longer stretches are shown as replaced whole. */
    private static final long MAX_CELLS = 4_000_000;

    private final List<Segment> segments = new ArrayList<>();
    private Change change;
    private WordTokens tokens;
    private int from;
    private int to;

    /** What a run of words is, from the first text to the second. */
    public enum Change {
        /** in both */
        SAME,
        /** only in the first text: the second dropped or changed them */
        REMOVED,
        /** only in the second text */
        ADDED,
        /** words of the second text left out between two separate passages (the text is an ellipsis) */
        GAP
    }

    /**
     * A run of words.
     *
     * @param change what the run is
     * @param text   its words as printed (from the first text for SAME and REMOVED, from the second for ADDED)
     * @param words  how many words it holds
     */
    public record Segment(Change change, String text, int words) {
    }

    /** The difference between words {@code [a0, a1)} of {@code a} and words {@code [b0, b1)} of {@code b}. */
    public static List<Segment> between(WordTokens a, int a0, int a1, WordTokens b, int b0, int b1) {
        WordDiff d = new WordDiff();
        d.compare(a, a0, a1, b, b0, b1);
        return d.segments();
    }

    /** An empty difference, to build up run by run (several passages of one text against another). */
    public WordDiff() {
    }

    /** Appends the difference between words {@code [a0, a1)} of {@code a} and {@code [b0, b1)} of {@code b}. */
    public WordDiff compare(WordTokens a, int a0, int a1, WordTokens b, int b0, int b1) {
        int n = Math.max(0, a1 - a0);
        int m = Math.max(0, b1 - b0);
        if ((long) n * m > MAX_CELLS) {
            run(Change.REMOVED, a, a0, a1);
            return run(Change.ADDED, b, b0, b1);
        }
        // Longest common subsequence, filled from the end so that the walk below goes forwards.
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.hash(a0 + i) == b.hash(b0 + j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.hash(a0 + i) == b.hash(b0 + j)) {
                int s = i;
                while (i < n && j < m && a.hash(a0 + i) == b.hash(b0 + j)) {
                    i++;
                    j++;
                }
                run(Change.SAME, a, a0 + s, a0 + i);
                continue;
            }
            // Between two shared runs the words of each side are contiguous: show all removed, then all added.
            int si = i;
            int sj = j;
            while ((i < n || j < m) && !(i < n && j < m && a.hash(a0 + i) == b.hash(b0 + j))) {
                if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    j++;
                } else {
                    i++;
                }
            }
            run(Change.REMOVED, a, a0 + si, a0 + i);
            run(Change.ADDED, b, b0 + sj, b0 + j);
        }
        return this;
    }

    /**
     * Appends words {@code [start, end)} of {@code t} as a run of {@code kind}; a run that continues the last
     * one (same kind, same text, next word) joins it, keeping the text's own punctuation between the words.
     */
    public WordDiff run(Change kind, WordTokens t, int start, int end) {
        if (end <= start) {
            return this;
        }
        if (kind == change && t == tokens && start == to) {
            to = end;
            return this;
        }
        flush();
        change = kind;
        tokens = t;
        from = start;
        to = end;
        return this;
    }

    /** Appends an ellipsis: the second text's words between two passages are left out. */
    public WordDiff gap() {
        flush();
        if (segments.isEmpty() || segments.get(segments.size() - 1).change() != Change.GAP) {
            segments.add(new Segment(Change.GAP, "…", 0));
        }
        return this;
    }

    /** The runs so far. */
    public List<Segment> segments() {
        flush();
        return List.copyOf(segments);
    }

    private void flush() {
        if (change == null) {
            return;
        }
        String text = tokens.text().substring(tokens.start(from), tokens.end(to - 1));
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.change() == change) {
            segments.set(segments.size() - 1, new Segment(change, last.text() + " " + text, last.words() + to - from));
        } else {
            segments.add(new Segment(change, text, to - from));
        }
        change = null;
        tokens = null;
    }

    /** The differences in one line, as quote variants show them ("−DPRK +North Korea also"); empty when there are none. */
    public static String summary(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            String mark = switch (s.change()) {
                case REMOVED -> "−" + s.text();
                case ADDED -> "+" + s.text();
                case GAP -> "…";
                case SAME -> null;
            };
            if (mark != null) {
                b.append(b.length() > 0 ? " " : "").append(mark);
            }
        }
        return b.toString();
    }

    /** Words the two texts share. */
    public static int same(List<Segment> segments) {
        return segments.stream().filter(s -> s.change() == Change.SAME).mapToInt(Segment::words).sum();
    }
}
