package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.headwater.ingest.Article;
import io.headwater.ingest.Paragraph;
import io.headwater.ingest.Span;

/**
 * Finds attributions in English news text with general rules over tagged sentences:
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
    private static final int MAX_SENTENCE_TOKENS = 400;
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

    public AttributionExtractor(TextAnalyzer analyzer, CueLexicon cues) {
        this.analyzer = analyzer;
        this.cues = cues;
    }

    /** An extractor over the shipped models and lexicon. */
    public static AttributionExtractor standard() {
        return new AttributionExtractor(new TextAnalyzer(), CueLexicon.standard());
    }

    /** The sentences, quotations and attributions of a text. */
    public record Analysis(List<Sentence> sentences, List<Quotation> quotations, List<Attribution> attributions) {
    }

    /** Attributions in the running text of {@code article} (headings, captions and highlights excluded). */
    public Analysis analyze(Article article) {
        List<Span> paragraphs = article.paragraphs().stream()
                .filter(p -> p.kind() == Paragraph.Kind.TEXT)
                .map(Paragraph::span)
                .toList();
        return analyze(article.text(), paragraphs);
    }

    /** Attributions in the given paragraphs of {@code text}. */
    public Analysis analyze(String text, List<Span> paragraphs) {
        List<Quotation> quotes = Quotation.find(text, paragraphs);
        List<Sentence> sentences = analyzer.sentences(text, paragraphs, quotes);
        List<Attribution> found = new ArrayList<>();
        Attribution previous = null;
        int previousParagraph = -1;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            if (tokens.isEmpty() || tokens.size() > MAX_SENTENCE_TOKENS) {
                continue;
            }
            Attribution a = match(text, tokens, quotes);
            if (a == null) {
                boolean recent = previous != null && s.paragraph() - previousParagraph <= 1;
                a = continuedQuote(tokens, quotes, recent ? previous : null);
            }
            if (a == null) {
                continue;
            }
            found.add(a);
            if (a.source() != null) {
                previous = a;
                previousParagraph = s.paragraph();
            }
            found.addAll(nested(text, tokens, a, quotes));
        }
        return new Analysis(sentences, quotes, found);
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
        Span content = trimContent(q.inner(), tokens);
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
        Span content = spanOf(tokens, c, end);
        Quotation whole = quotationStartingAt(tokens.get(c).span().start(), quotes);
        Attribution.Kind kind;
        if (whole != null && whole.outer().end() >= content.end()) {
            content = trimContent(whole.inner(), tokens);
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
                Span content = trimContent(q.inner(), tokens);
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
        return List.of(new Attribution(a.source(), a.cue(), a.content(), a.kind(), a.relay(), outer.sentence(),
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

    /** The quoted words without a trailing comma or space the quotation closed on. */
    private static Span trimContent(Span inner, List<Token> tokens) {
        int end = inner.end();
        int start = inner.start();
        for (Token t : tokens) {
            if (t.span().end() == end && (t.text().equals(",") || t.text().equals(" "))) {
                end = t.span().start();
            }
        }
        return new Span(start, Math.max(start, end));
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
