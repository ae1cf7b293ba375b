package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features the attribution model reads: for cue tagging, the words, tags and quotation context
 * around each token; for role tagging, the same seen from one cue (which side, how far, across how many
 * commas, quotation marks and other cues).
 */
final class AttributionFeatures {

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»", "„", "''", "``", "‘", "’", "'");

    /** One sentence prepared for feature extraction. */
    static final class Context {
        final List<Token> tokens;
        final String[] lower;
        final String[] tag;
        final String[] shape;
        final boolean[] inQuote;
        final boolean[] quoteMark;
        final String[] lemma;

        Context(List<Token> tokens, List<Quotation> quotes, CueLexicon cues) {
            this.tokens = tokens;
            int n = tokens.size();
            lower = new String[n];
            tag = new String[n];
            shape = new String[n];
            inQuote = new boolean[n];
            quoteMark = new boolean[n];
            lemma = new String[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                lower[i] = t.lower();
                tag[i] = t.tag();
                shape[i] = shape(t.text());
                quoteMark[i] = QUOTE_MARKS.contains(t.text());
                String l = cues.lemma(t);
                lemma[i] = l == null ? "-" : l;
                for (Quotation q : quotes) {
                    if (q.inner().contains(t.span())) {
                        inQuote[i] = true;
                        break;
                    }
                }
            }
        }

        int size() {
            return tokens.size();
        }

        String w(int i) {
            return i < 0 ? "<s>" : i >= lower.length ? "</s>" : lower[i];
        }

        String t(int i) {
            return i < 0 ? "<s>" : i >= tag.length ? "</s>" : tag[i];
        }
    }

    private AttributionFeatures() {
    }

    /** Features for deciding which tokens are cues. */
    static List<String[]> cue(Context c) {
        List<String[]> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            String w = c.lower[i];
            String q = c.inQuote[i] ? "1" : "0";
            out.add(new String[] {
                    "b",
                    "w=" + w,
                    "t=" + c.tag[i],
                    "wt=" + w + "/" + c.tag[i],
                    "st=" + stem(w),
                    "sf=" + suffix(w),
                    "sh=" + c.shape[i],
                    "lx=" + c.lemma[i],
                    "lxt=" + c.lemma[i] + "/" + c.tag[i],
                    "p1=" + c.w(i - 1),
                    "n1=" + c.w(i + 1),
                    "p2=" + c.w(i - 2),
                    "n2=" + c.w(i + 2),
                    "pt=" + c.t(i - 1),
                    "nt=" + c.t(i + 1),
                    "ptt=" + c.t(i - 1) + c.tag[i],
                    "ttn=" + c.tag[i] + c.t(i + 1),
                    "p2t=" + c.t(i - 2) + c.t(i - 1),
                    "n2t=" + c.t(i + 1) + c.t(i + 2),
                    "wn1=" + w + "_" + c.w(i + 1),
                    "tn1=" + c.tag[i] + "_" + c.w(i + 1),
                    "tn2=" + c.tag[i] + "_" + c.w(i + 2),
                    "p1t=" + c.w(i - 1) + "_" + c.tag[i],
                    "qn=" + quoteNear(c, i) + c.tag[i],
                    "p1w=" + c.w(i - 1) + "_" + w,
                    "q=" + q,
                    "qt=" + q + c.tag[i],
                    "qw=" + q + w,
                    "pos=" + (i == 0 ? "first" : i == c.size() - 1 ? "last" : i < 3 ? "early" : "mid"),
            });
        }
        return out;
    }

    /** Features for tagging source and content tokens around the cue {@code [from, to)}. */
    static List<String[]> roles(Context c, int from, int to, boolean[] otherCue) {
        int n = c.size();
        String head = c.lower[lastWord(c, from, to)];
        String cueLemma = c.lemma[lastWord(c, from, to)];
        String before = c.w(from - 1);
        String after = c.w(to);
        boolean cueInQuote = c.inQuote[from];
        int[] commasLeft = new int[n];
        int[] quotesLeft = new int[n];
        boolean[] otherLeft = new boolean[n];
        int commas = 0;
        int marks = 0;
        boolean other = false;
        for (int i = from - 1; i >= 0; i--) {
            commasLeft[i] = commas;
            quotesLeft[i] = marks;
            otherLeft[i] = other;
            if (c.lower[i].equals(",") || c.lower[i].equals(";") || c.lower[i].equals("—")) {
                commas++;
            }
            if (c.quoteMark[i]) {
                marks++;
            }
            other |= otherCue[i];
        }
        commas = 0;
        marks = 0;
        other = false;
        for (int i = to; i < n; i++) {
            commasLeft[i] = commas;
            quotesLeft[i] = marks;
            otherLeft[i] = other;
            if (c.lower[i].equals(",") || c.lower[i].equals(";") || c.lower[i].equals("—")) {
                commas++;
            }
            if (c.quoteMark[i]) {
                marks++;
            }
            other |= otherCue[i];
        }
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i >= from && i < to) {
                out.add(new String[] {"cue"});
                continue;
            }
            String side = i < from ? "L" : "R";
            int d = i < from ? from - i : i - to + 1;
            String db = side + bucket(d);
            String cb = side + Math.min(commasLeft[i], 3);
            String qb = side + Math.min(quotesLeft[i], 3);
            String q = c.inQuote[i] ? "q" : "n";
            String o = otherLeft[i] ? "o" : "-";
            String t = c.tag[i];
            String w = c.lower[i];
            out.add(new String[] {
                    "b",
                    "s=" + side,
                    "d=" + db,
                    "dt=" + db + t,
                    "dq=" + db + q,
                    "st=" + side + t,
                    "sw=" + side + w,
                    "sq=" + side + q + (cueInQuote ? "Q" : "N"),
                    "sm=" + side + (c.quoteMark[i] ? "m" : "-"),
                    "c=" + cb,
                    "ct=" + cb + t,
                    "cq=" + cb + q,
                    "qb=" + qb,
                    "qbq=" + qb + q,
                    "o=" + side + o,
                    "ot=" + side + o + t,
                    "oc=" + side + o + cb,
                    "sp1=" + side + c.w(i - 1),
                    "sn1=" + side + c.w(i + 1),
                    "spt=" + side + c.t(i - 1) + t,
                    "snt=" + side + t + c.t(i + 1),
                    "h=" + side + head,
                    "ht=" + side + head + t,
                    "hd=" + db + head,
                    "hq=" + side + head + q,
                    "lx=" + side + cueLemma + q,
                    "cb=" + side + before + "|" + after,
                    "cbq=" + side + before + q,
                    "caq=" + side + after + q,
                    "cat=" + side + after + t + bucket(d),
                    "end=" + side + (i == n - 1 ? "last" : i == 0 ? "first" : "-") + t,
                    "sh=" + side + c.shape[i],
            });
        }
        return out;
    }

    /** Where the nearest quotation mark within three tokens is: before ("b"), after ("a"), both, or none. */
    private static String quoteNear(Context c, int i) {
        boolean before = false;
        boolean after = false;
        for (int k = 1; k <= 3; k++) {
            before |= i - k >= 0 && c.quoteMark[i - k];
            after |= i + k < c.size() && c.quoteMark[i + k];
        }
        return (before ? "b" : "") + (after ? "a" : "") + (before || after ? "" : "-");
    }

    private static int lastWord(Context c, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (c.tag[i].startsWith("VB") || c.tag[i].startsWith("NN")) {
                return i;
            }
        }
        return from;
    }

    private static String bucket(int d) {
        return d <= 3 ? Integer.toString(d) : d <= 5 ? "4" : d <= 10 ? "6" : d <= 20 ? "11" : "21";
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String suffix(String w) {
        return w.length() <= 3 ? w : w.substring(w.length() - 3);
    }

    private static String shape(String text) {
        StringBuilder b = new StringBuilder(4);
        char last = 0;
        for (int i = 0; i < text.length() && b.length() < 4; i++) {
            char ch = text.charAt(i);
            char k = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT).equals(b.toString()) ? b.toString() : b.toString();
    }
}
