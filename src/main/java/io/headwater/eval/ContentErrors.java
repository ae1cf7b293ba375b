package io.headwater.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.headwater.core.Span;
import io.headwater.eval.brat.AnnotatedCorpus;
import io.headwater.eval.brat.AttributionScorer;
import io.headwater.extract.AnnotatedAttribution;
import io.headwater.extract.AttributionExtractor;
import io.headwater.extract.LineParagraphs;
import io.headwater.extract.Sentence;
import io.headwater.extract.brat.BratWriter;

/**
 * Sorts the gold contents an extractor did not match exactly into kinds of error (missed, one end off by
 * "that" or a word, runs past a quotation, stops at a sentence end the annotators crossed, ...), so that the
 * largest kinds can be fixed first. Spans are compared as the scorer compares them (normalised fragments).
 */
public final class ContentErrors {

    /** What went wrong with one gold content, first matching kind in this order. */
    public enum Kind {
        EXACT("exact match"),
        MISSED_QUOTED("missed: content opens with a quotation mark"),
        MISSED_OTHER_SENTENCE("missed: unquoted, in other sentences than its cue"),
        MISSED_UNQUOTED("missed: unquoted, in its cue's sentence"),
        CROSSES_SENTENCE("stops at a sentence end the annotators crossed"),
        FRAGMENTS_PREDICTED("prediction in several fragments, gold in one"),
        FRAGMENTS_GOLD("gold in several fragments, prediction in one"),
        FRAGMENTS_BOTH("gold and prediction in several fragments"),
        PAST_QUOTATION("continues past the quotation the annotators ended at"),
        SOURCE_INSIDE("the source inside the predicted content"),
        THAT("takes or drops \"that\""),
        PUNCTUATION("an end off by punctuation or quotation marks only"),
        ONE_WORD("an end off by one word"),
        SEVERAL_WORDS("an end off by several words"),
        BOTH_ENDS("both ends off");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** What the kind means, for the table. */
        public String description() {
            return description;
        }
    }

    /** One classified gold content: the article, the kind, the gold and the predicted words. */
    public record Example(String article, Kind kind, String gold, String predicted) {
    }

    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private final Map<String, Integer> startDiffs = new java.util.TreeMap<>();
    private final Map<String, Integer> endDiffs = new java.util.TreeMap<>();
    private final List<Example> examples = new ArrayList<>();
    private int spurious;
    private int missedWithCueFound;
    private int gold;
    private int predicted;

    /** The content errors of {@code extractor} on annotated articles; gold is read only after extraction. */
    public static ContentErrors measure(AttributionExtractor extractor, List<AnnotatedCorpus.Article> articles) {
        ContentErrors errors = new ContentErrors();
        for (AnnotatedCorpus.Article a : articles) {
            AttributionExtractor.Analysis analysis = extractor.analyze(a.text(), LineParagraphs.of(a.text()));
            errors.add(a.name(), a.text(), analysis.sentences(), a.gold().attributions(),
                    BratWriter.annotations(analysis.attributions()));
        }
        return errors;
    }

    /**
     * Adds one article: its text, the sentences the extractor read, the gold attributions and the predicted
     * ones (as {@link io.headwater.extract.brat.BratWriter#annotations} gives them).
     */
    public void add(String article, String text, List<Sentence> sentences, List<AnnotatedAttribution> goldAttributions,
                    List<AnnotatedAttribution> predictedAttributions) {
        List<List<Span>> predictedContents = new ArrayList<>();
        for (AnnotatedAttribution p : predictedAttributions) {
            List<Span> c = AttributionScorer.normalise(p.content(), text);
            if (c != null && !predictedContents.contains(c)) {
                predictedContents.add(c);
            }
        }
        predicted += predictedContents.size();
        List<List<Span>> goldContents = new ArrayList<>();
        for (AnnotatedAttribution g : goldAttributions) {
            List<Span> content = AttributionScorer.normalise(g.content(), text);
            if (content == null || goldContents.contains(content)) {
                continue;
            }
            goldContents.add(content);
            gold++;
            List<Span> cue = AttributionScorer.normalise(g.cue(), text);
            List<Span> source = AttributionScorer.normalise(g.source(), text);
            List<Span> best = bestOverlap(content, predictedContents);
            Kind kind = classify(text, sentences, content, cue, source, best);
            if (best == null && cue != null && predictedCues(predictedAttributions, text).stream().anyMatch(p -> shared(cue, p) > 0)) {
                missedWithCueFound++;
            }
            counts.merge(kind, 1, Integer::sum);
            if (best != null && kind != Kind.EXACT) {
                startDiffs.merge(diff(text, first(content).start(), first(best).start(), true), 1, Integer::sum);
                endDiffs.merge(diff(text, last(content).end(), last(best).end(), false), 1, Integer::sum);
            }
            if (kind != Kind.EXACT) {
                examples.add(new Example(article, kind, words(text, content), best == null ? "" : words(text, best)));
            }
        }
        for (List<Span> p : predictedContents) {
            if (bestOverlap(p, goldContents) == null) {
                spurious++;
            }
        }
    }

    private static List<List<Span>> predictedCues(List<AnnotatedAttribution> predicted, String text) {
        List<List<Span>> out = new ArrayList<>();
        for (AnnotatedAttribution p : predicted) {
            List<Span> c = AttributionScorer.normalise(p.cue(), text);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Kind classify(String text, List<Sentence> sentences, List<Span> gold, List<Span> cue, List<Span> source,
                                 List<Span> predicted) {
        if (gold.equals(predicted)) {
            return Kind.EXACT;
        }
        if (predicted == null) {
            if (opensWithQuote(text, first(gold).start())) {
                return Kind.MISSED_QUOTED;
            }
            Sentence cueSentence = cue == null ? null : sentenceAt(sentences, first(cue).start());
            boolean sameSentence = cueSentence != null && cueSentence.span().contains(new Span(first(gold).start(), last(gold).end()));
            return sameSentence ? Kind.MISSED_UNQUOTED : Kind.MISSED_OTHER_SENTENCE;
        }
        Span goldWhole = new Span(first(gold).start(), last(gold).end());
        Span predictedWhole = new Span(first(predicted).start(), last(predicted).end());
        if (sentencesTouched(sentences, goldWhole) > sentencesTouched(sentences, predictedWhole)) {
            return Kind.CROSSES_SENTENCE;
        }
        if (gold.size() > 1 || predicted.size() > 1) {
            return gold.size() == 1 ? Kind.FRAGMENTS_PREDICTED : predicted.size() == 1 ? Kind.FRAGMENTS_GOLD : Kind.FRAGMENTS_BOTH;
        }
        if (predictedWhole.end() > goldWhole.end() && closesQuote(text, goldWhole.end())) {
            return Kind.PAST_QUOTATION;
        }
        if (source != null && predictedWhole.overlaps(new Span(first(source).start(), last(source).end()))
                && !goldWhole.overlaps(new Span(first(source).start(), last(source).end()))) {
            return Kind.SOURCE_INSIDE;
        }
        String start = diff(text, goldWhole.start(), predictedWhole.start(), true);
        String end = diff(text, goldWhole.end(), predictedWhole.end(), false);
        boolean startOff = !start.equals("same");
        boolean endOff = !end.equals("same");
        if (startOff && endOff) {
            return Kind.BOTH_ENDS;
        }
        String off = startOff ? start : end;
        if (off.contains("that")) {
            return Kind.THAT;
        }
        if (off.contains("punctuation")) {
            return Kind.PUNCTUATION;
        }
        return off.contains("one word") ? Kind.ONE_WORD : Kind.SEVERAL_WORDS;
    }

    /**
     * How the predicted end {@code predicted} differs from the gold end {@code gold}: "same", or which way and by
     * what ("start late: that", "end early: one word", ...).
     */
    static String diff(String text, int gold, int predicted, boolean start) {
        if (gold == predicted) {
            return "same";
        }
        String between = text.substring(Math.min(gold, predicted), Math.max(gold, predicted)).strip();
        if (between.isEmpty()) {
            return "same";
        }
        String where = start ? (predicted > gold ? "start late" : "start early") : (predicted < gold ? "end early" : "end late");
        String what;
        if (between.codePoints().noneMatch(Character::isLetterOrDigit)) {
            what = "punctuation";
        } else if (between.replaceAll("[^\\p{L}\\p{N}' ]", " ").strip().equalsIgnoreCase("that")) {
            what = "that";
        } else if (between.replaceAll("[^\\p{L}\\p{N}'’ ]", " ").strip().split("\\s+").length == 1) {
            what = "one word";
        } else {
            what = "several words";
        }
        return where + ": " + what;
    }

    private static boolean opensWithQuote(String text, int at) {
        return at < text.length() && "\"“«„'‘`".indexOf(text.charAt(at)) >= 0;
    }

    /** True when the text right before {@code end} (past trailing punctuation) is a closing quotation mark. */
    private static boolean closesQuote(String text, int end) {
        int i = end - 1;
        while (i >= 0 && ".,;:!?".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && "\"”»'’".indexOf(text.charAt(i)) >= 0;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }

    private static int sentencesTouched(List<Sentence> sentences, Span span) {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.span().overlaps(span) ? 1 : 0;
        }
        return n;
    }

    private static List<Span> bestOverlap(List<Span> target, List<List<Span>> candidates) {
        List<Span> best = null;
        int bestShared = 0;
        for (List<Span> c : candidates) {
            int shared = shared(target, c);
            if (shared > bestShared) {
                best = c;
                bestShared = shared;
            }
        }
        return best;
    }

    private static int shared(List<Span> a, List<Span> b) {
        int n = 0;
        for (Span x : a) {
            for (Span y : b) {
                n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return n;
    }

    private static Span first(List<Span> spans) {
        return spans.get(0);
    }

    private static Span last(List<Span> spans) {
        return spans.get(spans.size() - 1);
    }

    private static String words(String text, List<Span> spans) {
        List<String> parts = new ArrayList<>();
        for (Span s : spans) {
            parts.add(s.in(text).replaceAll("\\s+", " "));
        }
        return String.join(" … ", parts);
    }

    /** The count of one kind. */
    public int count(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** The classified errors, in the order they were added. */
    public List<Example> examples() {
        return List.copyOf(examples);
    }

    /** The error table in Markdown: one row per kind with its count and share of the gold contents. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Gold contents %d, predicted %d, predicted with no gold content overlapping %d; "
                + "of the missed contents, %d have their cue found (overlapping).%n%n", gold, predicted, spurious, missedWithCueFound));
        b.append("| kind | gold contents | share |\n|---|---:|---:|\n");
        for (Kind k : Kind.values()) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% |%n", k.description(), count(k), 100.0 * count(k) / Math.max(gold, 1)));
        }
        b.append("\n| where an overlapping prediction's start differs | count |\n|---|---:|\n");
        startDiffs.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("\n| where an overlapping prediction's end differs | count |\n|---|---:|\n");
        endDiffs.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return b.toString();
    }

    /** Up to {@code perKind} examples of each kind, as plain text for reading. */
    public String listing(int perKind) {
        StringBuilder b = new StringBuilder();
        for (Kind k : Kind.values()) {
            List<Example> of = examples.stream().filter(e -> e.kind() == k).limit(perKind).toList();
            if (of.isEmpty()) {
                continue;
            }
            b.append("== ").append(k.description()).append(" (").append(count(k)).append(")\n");
            for (Example e : of) {
                b.append(e.article()).append("\n  gold: ").append(e.gold()).append("\n  pred: ").append(e.predicted()).append('\n');
            }
        }
        return b.toString();
    }
}
