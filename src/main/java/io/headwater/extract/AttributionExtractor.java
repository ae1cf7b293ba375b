package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.headwater.ingest.Article;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.Paragraph;
import io.headwater.ingest.Span;

/**
 * Finds attributions in English news text. Each sentence is read by the learned {@link AttributionModel}
 * (trained on PolNeAR, so its spans follow PolNeAR's guidelines: a cue's verb group, a quotation's marks in
 * the content, "that" in the content, passive attributions without source) and by general rules over the tagged
 * sentence. The model's attributions are kept; a rule's is added where the model read nothing at that cue, and
 * replaces the model's where the model's reading is garbled or the rule sees structure the model was never
 * taught (PolNeAR annotates only outermost attributions). The rules:
 * <ul>
 *   <li>a quotation followed by its source and cue: {@code "...," the minister said};</li>
 *   <li>a relay: {@code "...," Yonhap quoted the report as saying} (Yonhap is the relay, the report the source);</li>
 *   <li>"according to": {@code According to X, ...} and {@code ..., according to X};</li>
 *   <li>reported speech with a trailing source: {@code ..., UN experts said in a new report};</li>
 *   <li>reported speech with a leading source: {@code The annual report noted that ...};</li>
 *   <li>a quotation standing alone, carried over from the previous speaker;</li>
 *   <li>nested attributions inside a quotation ({@code "According to a member state, ..."}).</li>
 * </ul>
 * Sources are left as mentions ("it", "the panel"): resolving them to entities is the next stage's job.
 * Bad input (unbalanced quotes, very long sentences, other languages) yields fewer attributions, never an exception.
 */
public final class AttributionExtractor {

    private static final int MAX_SOURCE_TOKENS = 25;
    static final int MAX_SENTENCE_TOKENS = 400;
    private static final Set<String> CLOSERS = Set.of(".", "!", "?", "\"", "”", "’", "'", "»", "…");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»", "„", "''", "``");
    private static final Set<String> NOT_SOURCES = Set.of("that", "which", "what", "who", "there", "this", "and",
            "but", "or", "so", "as", "if", "when", "where", "while", "because", "than");
    private static final Set<String> ADJUNCT_STARTS = Set.of("in", "on", "at", "during", "after", "before", "via",
            "through", "to", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "recently",
            "previously", "also", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "late", "early", "told", "adding", "citing", "while", "when", "referring", "according", "without",
            "with", "under", "from", "over", "of", "by", "again", "then", "separately", "privately", "publicly");
    /** Verbs that report speech only with a that-clause: "the study found that", not "the fleet showed capabilities". */
    private static final Set<String> NEEDS_THAT = Set.of("show", "find", "describe", "believe", "think", "agree", "ask",
            "indicate", "suggest", "predict", "recall", "estimate", "mention", "post", "promise", "vow", "pledge", "urge");
    private static final Set<String> AS_SAYING = Set.of("saying", "stating", "telling", "writing", "noting", "adding");

    private final TextAnalyzer analyzer;
    private final CueLexicon cues;
    private final AttributionModel model;

    /** An extractor with the learned model {@code model}, or with the rules alone when it is null. */
    public AttributionExtractor(TextAnalyzer analyzer, CueLexicon cues, AttributionModel model) {
        this.analyzer = analyzer;
        this.cues = cues;
        this.model = model;
    }

    /** An extractor over the shipped models and lexicon. */
    public static AttributionExtractor standard() {
        return new AttributionExtractor(new TextAnalyzer(), CueLexicon.standard(), AttributionModel.standard());
    }

    /** The sentence, token and tag layer this extractor reads with. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /** The sentences, quotations and attributions of a text. */
    public record Analysis(List<Sentence> sentences, List<Quotation> quotations, List<Attribution> attributions) {
    }

    /** Attributions in the running text of {@code article} (headings, captions and highlights excluded). */
    public Analysis analyze(Article article) {
        return analyze(article, Deadline.unlimited());
    }

    /** As {@link #analyze(Article)}, checking {@code deadline} as it goes. */
    public Analysis analyze(Article article, Deadline deadline) {
        List<Span> paragraphs = article.paragraphs().stream()
                .filter(p -> p.kind() == Paragraph.Kind.TEXT)
                .map(Paragraph::span)
                .toList();
        return analyze(article.text(), paragraphs, deadline);
    }

    /** Attributions in the given paragraphs of {@code text}. */
    public Analysis analyze(String text, List<Span> paragraphs) {
        return analyze(text, paragraphs, Deadline.unlimited());
    }

    /**
     * As {@link #analyze(String, List)}, checking {@code deadline} once per paragraph and sentence.
     *
     * @throws io.headwater.ingest.ArticleBudgetExceededException once the deadline has passed
     */
    public Analysis analyze(String text, List<Span> paragraphs, Deadline deadline) {
        List<Quotation> all = Quotation.find(text, paragraphs);
        boolean inOrder = Quotation.inTextOrder(all);
        List<Sentence> sentences = analyzer.sentences(text, paragraphs, all, deadline);
        List<Attribution> found = new ArrayList<>();
        Attribution previous = null;
        int previousParagraph = -1;
        for (Sentence s : sentences) {
            deadline.check();
            List<Token> tokens = s.tokens();
            if (tokens.isEmpty() || tokens.size() > MAX_SENTENCE_TOKENS) {
                continue;
            }
            // Every rule and feature asks only about quotations at the sentence's tokens: the others need not be read.
            List<Quotation> quotes = inOrder ? Quotation.around(all, s.span()) : all;
            List<Attribution> here;
            try {
                Attribution rule = match(text, tokens, quotes);
                boolean nests = rule != null && !nested(text, tokens, rule, quotes).isEmpty();
                here = withoutInnerContentVerbs(withRules(learned(text, tokens, quotes, rule), rule, nests || PREFER_RULES), tokens, text, cues);
            } catch (RuntimeException e) {
                // Odd input must not lose the article: this sentence yields nothing, the others still count.
                here = List.of();
            }
            if (here.isEmpty()) {
                boolean recent = previous != null && s.paragraph() - previousParagraph <= 1;
                Attribution a = continuedQuote(tokens, quotes, recent ? previous : null);
                if (a != null) {
                    here = List.of(a);
                }
            }
            for (Attribution a : here) {
                found.add(a);
                if (a.source() != null && a.kind() != Attribution.Kind.CONTINUED) {
                    previous = a;
                    previousParagraph = s.paragraph();
                }
                if (a.kind() != Attribution.Kind.CONTINUED) {
                    found.addAll(nested(text, tokens, a, quotes));
                }
            }
        }
        return new Analysis(sentences, all, found);
    }

    /**
     * Drops an attribution whose cue stands inside (or across the edge of) another's content and is no reporting word: in "North Korea also
     * demonstrated 'increased capabilities', it said", "demonstrated" is part of what was said, not a second speaker.
     * An attribution nested in another's content needs a real reporting cue ("according to a member state").
     */
    static List<Attribution> withoutInnerContentVerbs(List<Attribution> here, List<Token> tokens, String text, CueLexicon cues) {
        if (here.size() < 2) {
            return here;
        }
        List<Attribution> out = new ArrayList<>(here);
        for (Attribution inner : here) {
            if (inner.cue() == null || reportingCue(inner.cue(), tokens, cues)) {
                continue;
            }
            for (int k = 0; k < out.size(); k++) {
                Attribution outer = out.get(k);
                if (outer == inner || outer.content() == null || !outer.content().overlaps(inner.cue())) {
                    continue;
                }
                out.remove(inner);
                // The words given to the dropped speaker right before the content belong to the content.
                Span c = outer.content();
                int start = Math.min(c.start(), inner.cue().start());
                if (inner.source() != null && inner.source().start() < start) {
                    start = inner.source().start();
                }
                if (start < c.start() && coveredBy(text, start, c.start(), inner.source(), inner.cue())) {
                    out.set(out.indexOf(outer), new Attribution(outer.source(), outer.cue(), new Span(start, c.end()), outer.kind(),
                            outer.relay(), outer.sentence(), outer.confidence()));
                }
                break;
            }
        }
        return out;
    }

    /** True when every character from {@code from} to {@code to} is blank or inside one of {@code spans}. */
    private static boolean coveredBy(String text, int from, int to, Span... spans) {
        for (int i = from; i < to; i++) {
            boolean inside = Character.isWhitespace(text.charAt(i));
            for (Span s : spans) {
                inside |= s != null && s.start() <= i && i < s.end();
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    private static boolean reportingCue(Span cue, List<Token> tokens, CueLexicon cues) {
        for (Token t : tokens) {
            if (cue.contains(t.span()) && (cues.lemma(t) != null || t.lower().equals("according"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rule's attribution always replaces the model's when both read the same cue (for comparisons). */
    static final boolean PREFER_RULES = Boolean.getBoolean("headwater.preferRules");

    /**
     * The model's attributions of a sentence with the rules' one: the rule adds what the model missed; where
     * both read the same cue, the model's is kept unless {@code preferRule} (the rule saw an attribution nested
     * in its content, "X said Y, Reuters reported", a structure the model, trained on outermost attributions only,
     * does not give).
     */
    private static List<Attribution> withRules(List<Attribution> learned, Attribution rule, boolean preferRule) {
        if (rule == null) {
            return learned;
        }
        List<Attribution> same = learned.stream().filter(a -> a.cue() != null && a.cue().overlaps(rule.cue())).toList();
        if (!same.isEmpty() && !preferRule) {
            return learned;
        }
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : learned) {
            if (!same.contains(a) && !(a.kind() == Attribution.Kind.CONTINUED && same.stream().anyMatch(s -> s.sentence()
                    .equals(a.sentence()) && java.util.Objects.equals(s.source(), a.source())))) {
                out.add(a);
            }
        }
        out.add(rule);
        return out;
    }

    /** Attributions the learned model finds in one sentence, with relays and kinds read by the rules. */
    private List<Attribution> learned(String text, List<Token> tokens, List<Quotation> quotes, Attribution rule) {
        if (model == null) {
            return List.of();
        }
        List<AttributionModel.Found> found;
        try {
            found = model.find(model.context(tokens, quotes, cues));
        } catch (RuntimeException e) {
            // A model failure on odd input must not lose the article: the rules still run.
            return List.of();
        }
        List<Attribution> out = new ArrayList<>();
        Span sentence = sentenceSpan(tokens);
        List<Span> relayed = new ArrayList<>();
        for (AttributionModel.Found f : found) {
            if (rule != null && rule.cue() != null && rule.cue().overlaps(spanOf(tokens, f.cueFrom(), f.cueTo()))
                    && garbled(f, rule)) {
                out.add(rule);
                continue;
            }
            int sourceFrom = f.sourceFrom();
            int sourceTo = f.sourceTo();
            List<int[]> stretches = new ArrayList<>(f.contents());
            int[] first = stretches.get(0);
            int close = quotationEnd(tokens, first[0], first[1]);
            if (close > 0 && close < first[1] && first[1] == sourceFrom) {
                // "“...,” the report by the panel stated": the words after the quotation head the source.
                stretches.set(0, new int[] {first[0], close});
                sourceFrom = close;
                while (sourceFrom < sourceTo && isPunct(tokens.get(sourceFrom))) {
                    sourceFrom++;
                }
            }
            for (int k = 0; k < stretches.size(); k++) {
                stretches.set(k, closeQuotation(tokens, stretches.get(k)));
            }
            Span cue = spanOf(tokens, f.cueFrom(), f.cueTo());
            Span source = sourceFrom < 0 || sourceFrom >= sourceTo ? null : spanOf(tokens, sourceFrom, sourceTo);
            List<Span> contents = new ArrayList<>();
            for (int[] c : stretches) {
                contents.add(spanOf(tokens, c[0], c[1]));
            }
            Span relay = null;
            if (relayCue(tokens, f.cueFrom(), f.cueTo())) {
                if (rule != null && rule.relay() != null && rule.cue() != null && rule.cue().overlaps(cue)) {
                    source = rule.source();
                    relay = rule.relay();
                    Span quoted = source;
                    contents.removeIf(c -> contents.size() > 1 && quoted.overlaps(c));
                    if (contents.get(0).contains(rule.source()) && rule.content().start() > rule.source().start()) {
                        // "X quoted Y as saying Z": the content is Z, and "saying" is no cue of its own.
                        contents.set(0, rule.content());
                        relayed.add(new Span(rule.source().start(), rule.content().start()));
                    }
                }
            }
            Span content = contents.get(0);
            double base = kindOf(content, quotes) == Attribution.Kind.DIRECT ? 0.85 : 0.75;
            double confidence = source == null ? base - 0.2 : confidenceFor(tokens, sourceFrom, sourceTo, base);
            out.add(new Attribution(source, cue, content, kindOf(content, quotes), relay, sentence, confidence));
            for (Span more : contents.subList(1, contents.size())) {
                out.add(new Attribution(source, null, more, Attribution.Kind.CONTINUED, relay, sentence, confidence));
            }
        }
        if (!relayed.isEmpty()) {
            out.removeIf(a -> a.cue() != null && relayed.stream().anyMatch(r -> r.contains(a.cue())));
        }
        return out;
    }

    /** A stretch opening with a quotation mark runs on over trailing punctuation to the closing mark, as PolNeAR marks it. */
    private static int[] closeQuotation(List<Token> tokens, int[] stretch) {
        if (!QUOTE_MARKS.contains(tokens.get(stretch[0]).text()) || quotationEnd(tokens, stretch[0], stretch[1]) > 0) {
            return stretch;
        }
        for (int i = stretch[1]; i < tokens.size() && i <= stretch[1] + 2; i++) {
            if (QUOTE_MARKS.contains(tokens.get(i).text())) {
                return new int[] {stretch[0], i + 1};
            }
            if (!isPunct(tokens.get(i))) {
                break;
            }
        }
        return stretch;
    }

    /** After the closing mark of a quotation that opens {@code [from, to)}, or -1. */
    private static int quotationEnd(List<Token> tokens, int from, int to) {
        if (!QUOTE_MARKS.contains(tokens.get(from).text())) {
            return -1;
        }
        for (int i = from + 1; i < to; i++) {
            if (QUOTE_MARKS.contains(tokens.get(i).text())) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * A model reading the rules read better: no source where the rule names one, content broken into pieces on one
     * side of the cue, or content wedged between the source and the cue ("the report, which has been submitted to
     * the committee, stated").
     */
    private static boolean garbled(AttributionModel.Found f, Attribution rule) {
        if (f.sourceFrom() < 0) {
            return rule.source() != null;
        }
        int before = 0;
        int after = 0;
        for (int[] c : f.contents()) {
            if (c[1] <= f.cueFrom()) {
                before++;
            } else {
                after++;
            }
            boolean between = f.sourceTo() <= f.cueFrom() ? c[0] >= f.sourceTo() && c[1] <= f.cueFrom()
                    : c[0] >= f.cueTo() && c[1] <= f.sourceFrom();
            if (between) {
                return true;
            }
        }
        return before > 1 || after > 1;
    }

    private boolean relayCue(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String lemma = cues.lemma(tokens.get(i));
            if (lemma != null && cues.isRelayVerb(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** DIRECT when the content is one quotation, MIXED when it holds one, else INDIRECT. */
    private static Attribution.Kind kindOf(Span content, List<Quotation> quotes) {
        for (Quotation q : quotes) {
            if (q.outer().contains(content) || content.start() == q.outer().start() && content.end() <= q.outer().end() + 1) {
                return Attribution.Kind.DIRECT;
            }
        }
        return containsQuote(content, quotes) ? Attribution.Kind.MIXED : Attribution.Kind.INDIRECT;
    }

    private Attribution match(String text, List<Token> tokens, List<Quotation> quotes) {
        Attribution a = quoteThenSource(tokens, quotes);
        if (a == null) {
            a = accordingTo(tokens);
        }
        if (a == null) {
            a = trailingSource(tokens, quotes);
        }
        if (a == null) {
            a = leadingSource(tokens, quotes);
        }
        return a;
    }

    /** {@code "QUOTE," SOURCE CUE} / {@code "QUOTE," CUE SOURCE} / {@code "QUOTE," RELAY quoted SOURCE}. */
    private Attribution quoteThenSource(List<Token> tokens, List<Quotation> quotes) {
        int first = 0;
        Quotation q = quotationStartingAt(tokens.get(first).span().start(), quotes);
        if (q == null || q.outer().end() >= tokens.get(tokens.size() - 1).span().end()) {
            return null;
        }
        int tail = indexAtOrAfter(tokens, q.outer().end());
        while (tail < tokens.size() && isPunct(tokens.get(tail))) {
            tail++;
        }
        int end = contentEnd(tokens);
        if (tail >= end) {
            return null;
        }
        int v = firstCue(tokens, tail, Math.min(end, tail + 20));
        if (v < 0) {
            return null;
        }
        // PolNeAR's convention: a quotation's marks, and the comma inside them, belong to the content.
        Span content = q.outer();
        Span sentence = sentenceSpan(tokens);
        if (v == tail) {
            Span source = sourceSpan(tokens, v + 1, sourceEnd(tokens, v + 1, end));
            if (!plausibleSource(tokens, v + 1, sourceEnd(tokens, v + 1, end))) {
                return null;
            }
            return new Attribution(source, tokens.get(v).span(), content, Attribution.Kind.DIRECT, null, sentence, 0.85);
        }
        if (!plausibleSource(tokens, tail, v)) {
            return null;
        }
        Span before = sourceSpan(tokens, tail, v);
        String lemma = cues.lemma(tokens.get(v));
        if (cues.isRelayVerb(lemma) && v + 1 < end) {
            int sourceEnd = asSaying(tokens, v + 1, end);
            int stop = sourceEnd >= 0 ? sourceEnd : end;
            if (plausibleSource(tokens, v + 1, stop)) {
                return new Attribution(sourceSpan(tokens, v + 1, stop), tokens.get(v).span(), content,
                        Attribution.Kind.DIRECT, before, sentence, 0.85);
            }
        }
        return new Attribution(before, tokens.get(v).span(), content, Attribution.Kind.DIRECT,
                accordingToAfter(tokens, v + 1, end), sentence, confidenceFor(tokens, tail, v, 0.9));
    }

    /** {@code According to SOURCE, CONTENT} and {@code CONTENT, according to SOURCE}. */
    private Attribution accordingTo(List<Token> tokens) {
        int end = contentEnd(tokens);
        for (int i = 0; i + 2 < end; i++) {
            if (!tokens.get(i).lower().equals("according") || !tokens.get(i + 1).lower().equals("to")) {
                continue;
            }
            int srcStart = i + 2;
            int srcEnd = nextComma(tokens, srcStart, end);
            if (!plausibleSource(tokens, srcStart, srcEnd)) {
                return null;
            }
            Span cue = spanOf(tokens, i, i + 2);
            Span source = sourceSpan(tokens, srcStart, srcEnd);
            Span content;
            if (firstWordIndex(tokens) == i) {
                if (srcEnd + 1 >= end) {
                    return null;
                }
                content = spanOf(tokens, srcEnd + 1, end);
            } else {
                int contentEnd = i;
                while (contentEnd > 0 && isPunct(tokens.get(contentEnd - 1))) {
                    contentEnd--;
                }
                if (contentEnd - firstWordIndex(tokens) < 3) {
                    return null;
                }
                content = spanOf(tokens, firstWordIndex(tokens), contentEnd);
            }
            return new Attribution(source, cue, content, Attribution.Kind.INDIRECT, null, sentenceSpan(tokens), 0.85);
        }
        return null;
    }

    /** {@code CONTENT, SOURCE CUE [adjunct].} and {@code CONTENT, CUE SOURCE.} */
    private Attribution trailingSource(List<Token> tokens, List<Quotation> quotes) {
        int end = contentEnd(tokens);
        int tries = 0;
        for (int b = end - 1; b > 2 && tries < 4; b--) {
            if (!isClauseBreak(tokens, b)) {
                continue;
            }
            tries++;
            int tail = b + 1;
            while (tail < end && isPunct(tokens.get(tail))) {
                tail++;
            }
            if (tail >= end || end - tail > 22) {
                continue;
            }
            int v = firstCue(tokens, tail, end);
            if (v < 0) {
                continue;
            }
            int contentStart = firstWordIndex(tokens);
            int contentEnd = b;
            while (contentEnd > contentStart && isPunct(tokens.get(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentEnd - contentStart < 3) {
                return null;
            }
            Span content = spanOf(tokens, contentStart, contentEnd);
            Attribution.Kind kind = containsQuote(content, quotes) ? Attribution.Kind.MIXED : Attribution.Kind.INDIRECT;
            if (v == tail) {
                int srcEnd = sourceEnd(tokens, v + 1, end);
                if (!plausibleSource(tokens, v + 1, srcEnd) || srcEnd - (v + 1) > 12) {
                    continue;
                }
                return new Attribution(sourceSpan(tokens, v + 1, srcEnd), tokens.get(v).span(), content, kind, null,
                        sentenceSpan(tokens), 0.8);
            }
            if (!plausibleSource(tokens, tail, v) || hasVerb(tokens, tail, v) || !adjunctOnly(tokens, v + 1, end)) {
                continue;
            }
            return new Attribution(sourceSpan(tokens, tail, v), tokens.get(v).span(), content, kind, null,
                    sentenceSpan(tokens), confidenceFor(tokens, tail, v, 0.8));
        }
        return null;
    }

    /** {@code SOURCE CUE [that] CONTENT}, {@code SOURCE told X (that) CONTENT}, {@code RELAY quoted SOURCE as saying CONTENT}. */
    private Attribution leadingSource(List<Token> tokens, List<Quotation> quotes) {
        int end = contentEnd(tokens);
        int start = firstWordIndex(tokens);
        int lead = leadingAdjunctEnd(tokens, start, end);
        if (lead > start) {
            start = lead;
        }
        int v = firstCue(tokens, start + 1, Math.min(end, start + MAX_SOURCE_TOKENS));
        if (v < 0 || !plausibleSource(tokens, start, v) || hasVerbOutsideCommas(tokens, start, v)) {
            return null;
        }
        String lemma = cues.lemma(tokens.get(v));
        Span sourceSpan = sourceSpan(tokens, start, v);
        Span relay = null;
        int c = v + 1;
        if (cues.isRelayVerb(lemma)) {
            int as = asSaying(tokens, v + 1, end);
            if (as < 0 || !plausibleSource(tokens, v + 1, as)) {
                return null;
            }
            relay = sourceSpan;
            sourceSpan = sourceSpan(tokens, v + 1, as);
            c = as + 2;
        } else {
            c = skipAdjuncts(tokens, c, end, lemma);
        }
        boolean that = c < end && tokens.get(c).lower().equals("that");
        if (relay == null && NEEDS_THAT.contains(lemma) && !that) {
            return null;
        }
        if (c < end && (that || tokens.get(c).text().equals(":") || tokens.get(c).text().equals(","))) {
            c++;
        }
        if (end - c < 3 || tokens.get(c).lower().equals("to")) {
            return null;
        }
        // PolNeAR's convention: "that" introduces the content and is part of it.
        Span content = spanOf(tokens, that ? c - 1 : c, end);
        Quotation whole = quotationStartingAt(tokens.get(c).span().start(), quotes);
        Attribution.Kind kind;
        if (whole != null && whole.outer().end() >= content.end()) {
            content = whole.outer();
            kind = Attribution.Kind.DIRECT;
        } else {
            kind = containsQuote(content, quotes) ? Attribution.Kind.MIXED : Attribution.Kind.INDIRECT;
        }
        return new Attribution(sourceSpan, tokens.get(v).span(), content, kind, relay, sentenceSpan(tokens),
                confidenceFor(tokens, start, v, 0.75));
    }

    /** A sentence that is all quotation and names no source continues the previous speaker. */
    private Attribution continuedQuote(List<Token> tokens, List<Quotation> quotes, Attribution previous) {
        Span sentence = sentenceSpan(tokens);
        for (Quotation q : quotes) {
            if (q.outer().overlaps(sentence) && q.inner().length() * 10 >= sentence.length() * 8
                    && sentence.contains(q.inner())) {
                // PolNeAR's convention: the content of a quotation includes its marks.
                Span content = new Span(Math.max(q.outer().start(), sentence.start()), Math.min(q.outer().end(), sentence.end()));
                if (previous == null) {
                    return new Attribution(null, null, content, Attribution.Kind.CONTINUED, null, sentence, 0.4);
                }
                return new Attribution(previous.source(), null, content, Attribution.Kind.CONTINUED, previous.relay(),
                        sentence, 0.5);
            }
        }
        return null;
    }

    /** Attributions inside a quotation: {@code "According to a member state, ..."}. */
    private List<Attribution> nested(String text, List<Token> tokens, Attribution outer, List<Quotation> quotes) {
        List<Token> inner = tokens.stream().filter(t -> outer.content().contains(t.span())).toList();
        if (inner.size() < 4) {
            return List.of();
        }
        Attribution a = accordingTo(inner);
        if (a == null) {
            a = trailingSource(inner, quotes);
        }
        if (a == null) {
            a = leadingSource(inner, List.of());
        }
        if (a == null || a.content().equals(outer.content())) {
            return List.of();
        }
        Span content = a.content().trim(text, ",;:\"“”«»");
        return List.of(new Attribution(a.source(), a.cue(), content, a.kind(), a.relay(), outer.sentence(),
                Math.round(a.confidence() * 90) / 100.0));
    }

    // ---- token-level helpers ----

    private int firstCue(List<Token> tokens, int from, int to) {
        for (int i = Math.max(from, 0); i < to && i < tokens.size(); i++) {
            if (cues.lemma(tokens.get(i)) != null && !isPassive(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "were reported", "has been noted": a passive participle is no cue with a source before it. */
    private static boolean isPassive(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String prev = tokens.get(i - 1).lower();
        return Set.of("was", "were", "is", "are", "be", "been", "being", "widely", "previously").contains(prev)
                && tokens.get(i).lower().endsWith("ed");
    }

    /** "..., the minister said, according to Reuters": Reuters relayed the quote. */
    private static Span accordingToAfter(List<Token> tokens, int from, int end) {
        for (int i = from; i + 2 < end; i++) {
            if (tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")
                    && plausibleSource(tokens, i + 2, end)) {
                return sourceSpan(tokens, i + 2, end);
            }
        }
        return null;
    }

    private static int asSaying(List<Token> tokens, int from, int end) {
        for (int i = from; i + 1 < end; i++) {
            if (tokens.get(i).lower().equals("as") && AS_SAYING.contains(tokens.get(i + 1).lower())) {
                return i;
            }
        }
        return -1;
    }

    private static int skipAdjuncts(List<Token> tokens, int c, int end, String lemma) {
        if ("tell".equals(lemma) || "ask".equals(lemma) || "assure".equals(lemma) || "warn".equals(lemma)) {
            int k = c;
            while (k < end && k - c < 5 && !tokens.get(k).lower().equals("that") && !isPunct(tokens.get(k))
                    && !QUOTE_MARKS.contains(tokens.get(k).text())) {
                k++;
            }
            if (k < end && (tokens.get(k).lower().equals("that") || isPunct(tokens.get(k))
                    || QUOTE_MARKS.contains(tokens.get(k).text()))) {
                c = k;
            } else if (k - c <= 2) {
                c = k;
            }
        }
        while (c < end) {
            Token t = tokens.get(c);
            if (t.tag().equals("RB") && !t.lower().equals("not")) {
                c++;
            } else if (t.tag().equals("IN") && !t.lower().equals("that") && c + 1 < end) {
                int k = c + 1;
                while (k < end && k - c <= 4 && !isPunct(tokens.get(k)) && !tokens.get(k).lower().equals("that")
                        && !tokens.get(k).isVerb()) {
                    k++;
                }
                if (k < end && (tokens.get(k).lower().equals("that") || tokens.get(k).text().equals(",")
                        || tokens.get(k).text().equals(":"))) {
                    c = k;
                } else {
                    return c;
                }
            } else {
                return c;
            }
        }
        return c;
    }

    private static int leadingAdjunctEnd(List<Token> tokens, int start, int end) {
        if (start >= end || !tokens.get(start).tag().equals("IN") && !tokens.get(start).tag().equals("RB")) {
            return start;
        }
        for (int i = start + 1; i < end && i - start <= 8; i++) {
            if (tokens.get(i).text().equals(",")) {
                return i + 1;
            }
            if (tokens.get(i).isVerb()) {
                return start;
            }
        }
        return start;
    }

    private boolean adjunctOnly(List<Token> tokens, int from, int end) {
        if (from >= end) {
            return true;
        }
        if (end - from > 10) {
            return false;
        }
        Token t = tokens.get(from);
        return ADJUNCT_STARTS.contains(t.lower()) || t.tag().equals("IN") || t.tag().equals("RB")
                || t.text().equals(",");
    }

    private static boolean plausibleSource(List<Token> tokens, int from, int to) {
        if (from < 0 || to <= from || to - from > MAX_SOURCE_TOKENS || to > tokens.size()) {
            return false;
        }
        Token first = tokens.get(from);
        if (NOT_SOURCES.contains(first.lower()) || isPunct(first) || QUOTE_MARKS.contains(first.text())) {
            return false;
        }
        boolean nominal = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (QUOTE_MARKS.contains(t.text())) {
                return false;
            }
            nominal |= t.isNominal() || Character.isUpperCase(t.text().codePointAt(0)) && t.text().length() > 1;
        }
        return nominal;
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbOutsideCommas(List<Token> tokens, int from, int to) {
        boolean inAside = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",") || t.text().equals("(") || t.text().equals(")")) {
                inAside = !inAside || t.text().equals("(");
                if (t.text().equals(")")) {
                    inAside = false;
                }
                continue;
            }
            if (!inAside && t.isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static int sourceEnd(List<Token> tokens, int from, int end) {
        int as = asSaying(tokens, from, end);
        return as >= 0 ? as : end;
    }

    private static int nextComma(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (tokens.get(i).text().equals(",") || QUOTE_MARKS.contains(tokens.get(i).text())) {
                return i;
            }
        }
        return end;
    }

    private static boolean isClauseBreak(List<Token> tokens, int b) {
        String t = tokens.get(b).text();
        if (t.equals(",") || t.equals(";") || t.equals("—") || t.equals("–")) {
            return true;
        }
        return (t.equals("\"") || t.equals("”")) && b > 0 && tokens.get(b - 1).text().equals(",");
    }

    private static boolean isPunct(Token t) {
        String s = t.text();
        return s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0)) && s.charAt(0) != '$';
    }

    private static int contentEnd(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && CLOSERS.contains(tokens.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    private static int firstWordIndex(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() - 1 && (QUOTE_MARKS.contains(tokens.get(i).text()) || isPunct(tokens.get(i)))) {
            i++;
        }
        return i;
    }

    private static int indexAtOrAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static Quotation quotationStartingAt(int offset, List<Quotation> quotes) {
        for (Quotation q : quotes) {
            if (q.outer().start() == offset) {
                return q;
            }
        }
        return null;
    }

    private static boolean containsQuote(Span content, List<Quotation> quotes) {
        return quotes.stream().anyMatch(q -> content.overlaps(q.inner()));
    }

    /** A source mention without the commas or brackets that closed it. */
    private static Span sourceSpan(List<Token> tokens, int from, int to) {
        while (to - 1 > from && isPunct(tokens.get(to - 1))) {
            to--;
        }
        return spanOf(tokens, from, to);
    }

    private static Span spanOf(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    private static Span sentenceSpan(List<Token> tokens) {
        return spanOf(tokens, 0, tokens.size());
    }

    private static double confidenceFor(List<Token> tokens, int from, int to, double base) {
        if (to - from == 1 && tokens.get(from).tag().startsWith("PRP")) {
            return Math.round((base - 0.1) * 100) / 100.0;
        }
        String first = tokens.get(from).lower();
        if (to - from <= 3 && (first.equals("the") || first.equals("this")) && !tokens.get(to - 1).tag().equals("NNP")) {
            return Math.round((base - 0.05) * 100) / 100.0;
        }
        return base;
    }

}
