package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The features the attribution model reads: for cue tagging, the words, tags and quotation context
 * around each token; for role tagging, the same seen from one cue (which side, how far, across how many
 * commas, quotation marks and other cues).
 *
 * <p>Why one class of this size: these feature templates are the contract of every trained model (a model
 * file holds only their hashes), so any change here changes what a shipped model means; they stay side by
 * side, cue and role templates together, where a change to one is seen beside the others.
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
        /** Word classes of each token, {@code classes[level][token]} from the finest level, -1 where the word has none. */
        final long[][] classes;
        /** Codes from an encoder's contextual vectors, {@code codes[token]} (the default model has none). */
        final long[] @Nullable [] codes;
        /** Whether the model reads word classes (a model trained without them has no class features). */
        final boolean classed;

        Context(List<Token> tokens, List<Quotation> quotes, CueLexicon cues, WordClasses classes) {
            this(tokens, quotes, cues, classes, null);
        }

        Context(List<Token> tokens, List<Quotation> quotes, CueLexicon cues, WordClasses classes, long[][] codes) {
            this.tokens = tokens;
            this.codes = codes != null && codes.length == tokens.size() ? codes : null;
            int n = tokens.size();
            lower = new String[n];
            tag = new String[n];
            shape = new String[n];
            inQuote = new boolean[n];
            quoteMark = new boolean[n];
            lemma = new String[n];
            this.classes = new long[classes.levels()][n];
            classed = classes.size() > 0;
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                lower[i] = t.lower();
                tag[i] = t.tag();
                shape[i] = shape(t.text());
                quoteMark[i] = QUOTE_MARKS.contains(t.text());
                String l = cues.lemma(t);
                lemma[i] = l == null ? "-" : l;
                for (int level = 0; level < classes.levels(); level++) {
                    this.classes[level][i] = classes.level(level, lower[i]);
                }
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

        /** The class of token i at {@code level}, -2 before the sentence and -3 after it. */
        long c(int level, int i) {
            long[] of = classes[level];
            return i < 0 ? -2 : i >= of.length ? -3 : of[i];
        }
    }

    private AttributionFeatures() {
    }

    /** Features for deciding which tokens are cues. */
    static List<long[]> cue(Context c) {
        List<long[]> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            long w = FeatureHash.part(c.lower[i]);
            long t = FeatureHash.part(c.tag[i]);
            long q = c.inQuote[i] ? 1 : 0;
            long p1 = FeatureHash.part(c.w(i - 1));
            long n1 = FeatureHash.part(c.w(i + 1));
            long pt = FeatureHash.part(c.t(i - 1));
            long nt = FeatureHash.part(c.t(i + 1));
            long lemma = FeatureHash.part(c.lemma[i]);
            out.add(new long[] {
                    FeatureHash.of(1, 0),
                    FeatureHash.of(2, w),
                    FeatureHash.of(3, t),
                    FeatureHash.of(4, w, t),
                    FeatureHash.of(5, FeatureHash.part(stem(c.lower[i]))),
                    FeatureHash.of(6, FeatureHash.part(suffix(c.lower[i]))),
                    FeatureHash.of(7, FeatureHash.part(c.shape[i])),
                    FeatureHash.of(8, lemma),
                    FeatureHash.of(9, lemma, t),
                    FeatureHash.of(10, p1),
                    FeatureHash.of(11, n1),
                    FeatureHash.of(12, FeatureHash.part(c.w(i - 2))),
                    FeatureHash.of(13, FeatureHash.part(c.w(i + 2))),
                    FeatureHash.of(14, pt),
                    FeatureHash.of(15, nt),
                    FeatureHash.of(16, pt, t),
                    FeatureHash.of(17, t, nt),
                    FeatureHash.of(18, FeatureHash.part(c.t(i - 2)), pt),
                    FeatureHash.of(19, nt, FeatureHash.part(c.t(i + 2))),
                    FeatureHash.of(20, w, n1),
                    FeatureHash.of(21, t, n1),
                    FeatureHash.of(22, t, FeatureHash.part(c.w(i + 2))),
                    FeatureHash.of(23, p1, t),
                    FeatureHash.of(24, quoteNear(c, i), t),
                    FeatureHash.of(25, p1, w),
                    FeatureHash.of(26, q),
                    FeatureHash.of(27, q, t),
                    FeatureHash.of(28, q, w),
                    FeatureHash.of(29, i == 0 ? 0 : i == c.size() - 1 ? 1 : i < 3 ? 2 : 3),
            });
            if (c.classed) {
                out.set(i, with(out.get(i), cueClassFeatures(c, i, t)));
            }
            if (c.codes != null) {
                out.set(i, with(out.get(i), cueCodeFeatures(c, i, t)));
            }
        }
        return out;
    }

    /** Features for tagging source and content tokens around the cue {@code [from, to)}. */
    static List<long[]> roles(Context c, int from, int to, boolean[] otherCue) {
        int n = c.size();
        int headAt = lastWord(c, from, to);
        long head = FeatureHash.part(c.lower[headAt]);
        long cueLemma = FeatureHash.part(c.lemma[headAt]);
        long before = FeatureHash.part(c.w(from - 1));
        long after = FeatureHash.part(c.w(to));
        long cueInQuote = c.inQuote[from] ? 1 : 0;
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
        // Where each token's stretch between commas starts (not before the cue on its right): what opens the
        // stretch ("who", "also", a gerund, "and") says whether the reported clause goes on or a new one begins.
        int[] stretchStart = new int[n];
        boolean[] verbBefore = new boolean[n];
        int start = 0;
        boolean verb = false;
        for (int i = 0; i < n; i++) {
            if (i == to) {
                verb = false;
            }
            stretchStart[i] = i >= to ? Math.max(start, to) : start;
            verbBefore[i] = verb;
            verb |= c.tag[i].startsWith("VB") || c.tag[i].equals("MD");
            if (c.lower[i].equals(",") || c.lower[i].equals(";") || c.lower[i].equals("—")) {
                start = i + 1;
                verb = false;
            }
        }
        List<long[]> out = new ArrayList<>(n);
        long[] cueToken = {FeatureHash.of(99, 0)};
        for (int i = 0; i < n; i++) {
            if (i >= from && i < to) {
                out.add(cueToken);
                continue;
            }
            long side = i < from ? 0 : 1;
            int d = i < from ? from - i : i - to + 1;
            long b = bucket(d);
            long cb = Math.min(commasLeft[i], 3);
            long qb = Math.min(quotesLeft[i], 3);
            long q = c.inQuote[i] ? 1 : 0;
            long o = otherLeft[i] ? 1 : 0;
            long t = FeatureHash.part(c.tag[i]);
            long w = FeatureHash.part(c.lower[i]);
            long end = i == n - 1 ? 1 : i == 0 ? 2 : 0;
            int opens = stretchStart[i];
            long opener = opens == i ? NOTHING : FeatureHash.part(c.lower[opens]);
            long openerTag = opens == i ? NOTHING : FeatureHash.part(c.tag[opens]);
            long verbs = verbBefore[i] ? 1 : 0;
            out.add(new long[] {
                    FeatureHash.of(100, 0),
                    FeatureHash.of(101, side),
                    FeatureHash.of(102, side, b),
                    FeatureHash.of(103, side, b, t),
                    FeatureHash.of(104, side, b, q),
                    FeatureHash.of(105, side, t),
                    FeatureHash.of(106, side, w),
                    FeatureHash.of(107, side, q, cueInQuote),
                    FeatureHash.of(108, side, c.quoteMark[i] ? 1 : 0),
                    FeatureHash.of(109, side, cb),
                    FeatureHash.of(110, side, cb, t),
                    FeatureHash.of(111, side, cb, q),
                    FeatureHash.of(112, side, qb),
                    FeatureHash.of(113, side, qb, q),
                    FeatureHash.of(114, side, o),
                    FeatureHash.of(115, side, o, t),
                    FeatureHash.of(116, side, o, cb),
                    FeatureHash.of(117, side, FeatureHash.part(c.w(i - 1))),
                    FeatureHash.of(118, side, FeatureHash.part(c.w(i + 1))),
                    FeatureHash.of(119, side, FeatureHash.part(c.t(i - 1)), t),
                    FeatureHash.of(120, side, t, FeatureHash.part(c.t(i + 1))),
                    FeatureHash.of(121, side, head),
                    FeatureHash.of(122, side, head, t),
                    FeatureHash.of(123, side, b, head),
                    FeatureHash.of(124, side, head, q),
                    FeatureHash.of(125, side, cueLemma, q),
                    FeatureHash.of(126, side, before, after),
                    FeatureHash.of(127, side, before, q),
                    FeatureHash.of(128, side, after, q),
                    FeatureHash.of(129, side, after, t, b),
                    FeatureHash.of(130, side, end, t),
                    FeatureHash.of(131, side, FeatureHash.part(c.shape[i])),
                    FeatureHash.of(132, side, opener, cb),
                    FeatureHash.of(133, side, openerTag, t),
                    FeatureHash.of(134, side, openerTag, cb, q),
                    FeatureHash.of(135, side, openerTag, verbs, t),
                    FeatureHash.of(136, side, cb, bucket(i - opens), verbs),
            });
            if (c.classed) {
                out.set(i, with(out.get(i), roleClassFeatures(c, i, headAt, side, b, q, t)));
            }
            if (c.codes != null) {
                out.set(i, with(out.get(i), roleCodeFeatures(c, i, headAt, side, b, t)));
            }
        }
        return out;
    }

    /** Class features of token i for cue tagging: its classes at every level, alone, with its tag and beside its neighbours'. */
    private static long[] cueClassFeatures(Context c, int i, long t) {
        int levels = c.classes.length;
        long[] out = new long[levels * 6];
        for (int l = 0; l < levels; l++) {
            int template = 30 + 10 * l;
            out[l * 6] = FeatureHash.of(template, c.c(l, i));
            out[l * 6 + 1] = FeatureHash.of(template + 1, c.c(l, i), t);
            out[l * 6 + 2] = FeatureHash.of(template + 2, c.c(l, i - 1));
            out[l * 6 + 3] = FeatureHash.of(template + 3, c.c(l, i + 1));
            out[l * 6 + 4] = FeatureHash.of(template + 4, c.c(l, i - 1), c.c(l, i));
            out[l * 6 + 5] = FeatureHash.of(template + 5, c.c(l, i), c.c(l, i + 1));
        }
        return out;
    }

    /** Class features of token i for role tagging: its classes by side, distance and quotation, and the cue head's class. */
    private static long[] roleClassFeatures(Context c, int i, int headAt, long side, long b, long q, long t) {
        int levels = c.classes.length;
        long[] out = new long[levels * 5];
        for (int l = 0; l < levels; l++) {
            int template = 140 + 10 * l;
            long head = c.c(l, headAt);
            out[l * 5] = FeatureHash.of(template, side, c.c(l, i));
            out[l * 5 + 1] = FeatureHash.of(template + 1, side, b, c.c(l, i));
            out[l * 5 + 2] = FeatureHash.of(template + 2, side, c.c(l, i), q);
            out[l * 5 + 3] = FeatureHash.of(template + 3, side, head, t);
            out[l * 5 + 4] = FeatureHash.of(template + 4, side, head, b, q);
        }
        return out;
    }

    private static final long[] NO_CODES = {};
    private static final long NOTHING = FeatureHash.part("-");

    private static long[] codesAt(Context c, int i) {
        return i < 0 || i >= c.codes.length || c.codes[i] == null ? NO_CODES : c.codes[i];
    }

    /** Code features of token i for cue tagging: its codes alone and with its tag, and its neighbours' codes. */
    private static long[] cueCodeFeatures(Context c, int i, long t) {
        long[] own = codesAt(c, i);
        long[] before = codesAt(c, i - 1);
        long[] after = codesAt(c, i + 1);
        long[] out = new long[own.length * 2 + before.length + after.length];
        int k = 0;
        for (long code : own) {
            out[k++] = FeatureHash.of(60, code);
            out[k++] = FeatureHash.of(61, code, t);
        }
        for (long code : before) {
            out[k++] = FeatureHash.of(62, code);
        }
        for (long code : after) {
            out[k++] = FeatureHash.of(63, code);
        }
        return out;
    }

    /** Code features of token i for role tagging: its codes by side and distance, and the cue head's codes with its tag. */
    private static long[] roleCodeFeatures(Context c, int i, int headAt, long side, long b, long t) {
        long[] own = codesAt(c, i);
        long[] head = codesAt(c, headAt);
        long[] out = new long[own.length * 2 + head.length];
        int k = 0;
        for (long code : own) {
            out[k++] = FeatureHash.of(160, side, code);
            out[k++] = FeatureHash.of(161, side, b, code);
        }
        for (long code : head) {
            out[k++] = FeatureHash.of(162, side, code, t);
        }
        return out;
    }

    /** {@code base} followed by {@code more}. */
    static long[] with(long[] base, long... more) {
        long[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    /** Where the nearest quotation mark within three tokens is: 0 none, 1 before, 2 after, 3 both. */
    private static long quoteNear(Context c, int i) {
        boolean before = false;
        boolean after = false;
        for (int k = 1; k <= 3; k++) {
            before |= i - k >= 0 && c.quoteMark[i - k];
            after |= i + k < c.size() && c.quoteMark[i + k];
        }
        return (before ? 1 : 0) + (after ? 2 : 0);
    }

    private static int lastWord(Context c, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (c.tag[i].startsWith("VB") || c.tag[i].startsWith("NN")) {
                return i;
            }
        }
        return from;
    }

    private static long bucket(int d) {
        return d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 6 : d <= 20 ? 11 : 21;
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
