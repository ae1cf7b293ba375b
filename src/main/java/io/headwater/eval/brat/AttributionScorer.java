package io.headwater.eval.brat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;
import io.headwater.extract.AnnotatedAttribution;

/**
 * Scores predicted attributions against gold ones exactly as {@code shared/tools/score_attributions.py}
 * does: role spans and whole attributions, exact and overlap matches (overlap as a maximum one-to-one
 * matching), micro-summed over articles. Spans are normalised first: fragments trimmed of white space,
 * sorted, and merged where they overlap, touch or are separated only by white space.
 */
public final class AttributionScorer {

    /** The rows of the score table, in the scorer's order. */
    public static final List<String> ROWS = List.of("Source", "Cue", "Content", "Attribution");

    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    public AttributionScorer() {
        for (String row : ROWS) {
            tallies.put(row, new Tally());
        }
    }

    /** Matched, predicted and gold counts of one row. */
    public static final class Tally {
        int gold;
        int predicted;
        int exact;
        int overlap;

        /** Gold items. */
        public int gold() {
            return gold;
        }

        /** Predicted items. */
        public int predicted() {
            return predicted;
        }

        /** Precision, recall and F1 of exact ({@code exact = true}) or overlap matches. */
        public Score score(boolean exactMatch) {
            return Score.of(exactMatch ? exact : overlap, predicted, gold);
        }
    }

    /** Precision, recall, F1 and the matched count. */
    public record Score(int matched, double precision, double recall, double f1) {
        static Score of(int matched, int predicted, int gold) {
            if (predicted == 0 && gold == 0) {
                return new Score(matched, 1, 1, 1);
            }
            double p = predicted == 0 ? 0 : (double) matched / predicted;
            double r = gold == 0 ? 0 : (double) matched / gold;
            return new Score(matched, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** Adds one article: {@code predicted} may be null when there is no prediction for it. */
    public void add(String text, BratDocument gold, BratDocument predicted) {
        Scorable g = scorable(gold, text);
        Scorable p = predicted == null ? new Scorable() : scorable(predicted, text);
        for (int i = 0; i < 3; i++) {
            String role = BratDocument.ROLES.get(i);
            count(tallies.get(role), p.roles.get(i), g.roles.get(i), AttributionScorer::spansOverlap);
        }
        count(tallies.get("Attribution"), p.attributions, g.attributions, AttributionScorer::triplesOverlap);
    }

    /** The tally of a row ("Source", "Cue", "Content" or "Attribution"). */
    public Tally tally(String row) {
        return tallies.get(row);
    }

    /** The score table as the Python scorer prints its rows. */
    public String table() {
        StringBuilder b = new StringBuilder(String.format("%-12s %6s %6s | %-27s | %-27s%n", "", "gold", "pred", "exact", "overlap"));
        b.append(String.format("%-12s %6s %6s | %6s %6s %6s %6s | %6s %6s %6s %6s%n", "", "", "", "match", "P", "R", "F1",
                "match", "P", "R", "F1"));
        for (String row : ROWS) {
            Tally t = tallies.get(row);
            Score e = t.score(true);
            Score o = t.score(false);
            b.append(String.format(java.util.Locale.ROOT, "%-12s %6d %6d | %6d %6.3f %6.3f %6.3f | %6d %6.3f %6.3f %6.3f%n", row,
                    t.gold, t.predicted, e.matched(), e.precision(), e.recall(), e.f1(), o.matched(), o.precision(),
                    o.recall(), o.f1()));
        }
        return b.toString();
    }

    private static <T> void count(Tally tally, Set<T> predicted, Set<T> gold, BiPredicate<T, T> compatible) {
        tally.gold += gold.size();
        tally.predicted += predicted.size();
        Set<T> common = new HashSet<>(predicted);
        common.retainAll(gold);
        tally.exact += common.size();
        tally.overlap += maximumMatching(new ArrayList<>(predicted), new ArrayList<>(gold), compatible, common);
    }

    /** A normalised span: sorted, merged, trimmed ranges. */
    private record Triple(List<Span> source, List<Span> cue, List<Span> content) {
        List<Span> get(int i) {
            return i == 0 ? source : i == 1 ? cue : content;
        }
    }

    private static final class Scorable {
        final List<Set<List<Span>>> roles = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
        final Set<Triple> attributions = new HashSet<>();
    }

    private static Scorable scorable(BratDocument doc, String text) {
        Scorable s = new Scorable();
        for (AnnotatedAttribution a : doc.attributions()) {
            Triple t = new Triple(normalise(a.source(), text), normalise(a.cue(), text), normalise(a.content(), text));
            if (t.source == null && t.cue == null && t.content == null) {
                continue;
            }
            s.attributions.add(t);
            for (int i = 0; i < 3; i++) {
                if (t.get(i) != null) {
                    s.roles.get(i).add(t.get(i));
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            for (List<Span> loose : doc.looseSpans().getOrDefault(BratDocument.ROLES.get(i), List.of())) {
                List<Span> n = normalise(loose, text);
                if (n != null) {
                    s.roles.get(i).add(n);
                }
            }
        }
        return s;
    }

    /** The canonical form of a span; absent when nothing but white space is left. */
    public static @Nullable List<Span> normalise(List<Span> fragments, String text) {
        if (fragments.isEmpty()) {
            return null;
        }
        int size = text.length();
        List<int[]> cleaned = new ArrayList<>();
        for (Span f : fragments) {
            int start = f.start();
            int end = f.end();
            while (start < end && start < size && isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && end <= size && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                cleaned.add(new int[] {start, end});
            }
        }
        if (cleaned.isEmpty()) {
            return null;
        }
        cleaned.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
        List<int[]> merged = new ArrayList<>();
        merged.add(cleaned.get(0).clone());
        for (int[] r : cleaned.subList(1, cleaned.size())) {
            int[] last = merged.get(merged.size() - 1);
            if (r[0] <= last[1] || r[0] <= size && isBlank(text, last[1], r[0])) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return merged.stream().map(r -> new Span(r[0], r[1])).toList();
    }

    /** Python's {@code str.isspace()} of a non-empty stretch. */
    private static boolean isBlank(String text, int from, int to) {
        if (to <= from || to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    static boolean spansOverlap(List<Span> a, List<Span> b) {
        if (a.get(0).start() >= b.get(b.size() - 1).end() || b.get(0).start() >= a.get(a.size() - 1).end()) {
            return false;
        }
        for (Span x : a) {
            for (Span y : b) {
                if (x.start() < y.end() && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean triplesOverlap(Triple a, Triple b) {
        for (int i = 0; i < 3; i++) {
            List<Span> x = a.get(i);
            List<Span> y = b.get(i);
            if (x == null || y == null) {
                if (x != y) {
                    return false;
                }
            } else if (!spansOverlap(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** Size of a maximum one-to-one matching (Kuhn's augmenting paths, seeded with the identical pairs). */
    private static <T> int maximumMatching(List<T> predicted, List<T> gold, BiPredicate<T, T> compatible, Set<T> identical) {
        if (predicted.isEmpty() || gold.isEmpty()) {
            return 0;
        }
        List<List<Integer>> neighbours = new ArrayList<>();
        for (T p : predicted) {
            List<Integer> n = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                if (compatible.test(p, gold.get(g))) {
                    n.add(g);
                }
            }
            neighbours.add(n);
        }
        int[] goldPartner = new int[gold.size()];
        java.util.Arrays.fill(goldPartner, -1);
        int size = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (identical.contains(predicted.get(p))) {
                int g = gold.indexOf(predicted.get(p));
                goldPartner[g] = p;
                size++;
            }
        }
        boolean[] matched = new boolean[predicted.size()];
        for (int g : goldPartner) {
            if (g >= 0) {
                matched[g] = true;
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!matched[p] && augment(p, neighbours, goldPartner, new boolean[gold.size()])) {
                matched[p] = true;
                size++;
            }
        }
        return size;
    }

    private static boolean augment(int p, List<List<Integer>> neighbours, int[] goldPartner, boolean[] seen) {
        for (int g : neighbours.get(p)) {
            if (seen[g]) {
                continue;
            }
            seen[g] = true;
            if (goldPartner[g] < 0 || augment(goldPartner[g], neighbours, goldPartner, seen)) {
                goldPartner[g] = p;
                return true;
            }
        }
        return false;
    }
}
