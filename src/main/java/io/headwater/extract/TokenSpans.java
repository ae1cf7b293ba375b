package io.headwater.extract;

import java.util.List;
import java.util.Set;

import io.headwater.core.Span;

/**
 * What the attribution rules ask of a tagged sentence: where its content ends, which stretch of tokens can be a
 * source, where a quotation closes, the character span of a run of tokens. Shared by the rules and by the merge
 * of their readings with the model's ({@link ModelRuleMerge}); every method reads the tokens and changes nothing.
 */
final class TokenSpans {

    static final int MAX_SOURCE_TOKENS = 25;
    static final Set<String> CLOSERS = Set.of(".", "!", "?", "\"", "”", "’", "'", "»", "…");
    static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»", "„", "''", "``");
    static final Set<String> NOT_SOURCES = Set.of("that", "which", "what", "who", "there", "this", "and",
            "but", "or", "so", "as", "if", "when", "where", "while", "because", "than");
    static final Set<String> ADJUNCT_STARTS = Set.of("in", "on", "at", "during", "after", "before", "via",
            "through", "to", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "recently",
            "previously", "also", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "late", "early", "told", "adding", "citing", "while", "when", "referring", "according", "without",
            "with", "under", "from", "over", "of", "by", "again", "then", "separately", "privately", "publicly");
    static final Set<String> AS_SAYING = Set.of("saying", "stating", "telling", "writing", "noting", "adding");

    private TokenSpans() {
    }

    /** The first reporting word of {@code [from, to)} that is no passive participle, or -1. */
    static int firstCue(CueLexicon cues, List<Token> tokens, int from, int to) {
        for (int i = Math.max(from, 0); i < to && i < tokens.size(); i++) {
            if (cues.lemma(tokens.get(i)) != null && !isPassive(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "were reported", "has been noted": a passive participle is no cue with a source before it. */
    static boolean isPassive(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String prev = tokens.get(i - 1).lower();
        return Set.of("was", "were", "is", "are", "be", "been", "being", "widely", "previously").contains(prev)
                && tokens.get(i).lower().endsWith("ed");
    }

    /** "..., the minister said, according to Reuters": Reuters relayed the quote. */
    static Span accordingToAfter(List<Token> tokens, int from, int end) {
        for (int i = from; i + 2 < end; i++) {
            if (tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")
                    && plausibleSource(tokens, i + 2, end)) {
                return sourceSpan(tokens, i + 2, end);
            }
        }
        return null;
    }

    static int asSaying(List<Token> tokens, int from, int end) {
        for (int i = from; i + 1 < end; i++) {
            if (tokens.get(i).lower().equals("as") && AS_SAYING.contains(tokens.get(i + 1).lower())) {
                return i;
            }
        }
        return -1;
    }

    static int skipAdjuncts(List<Token> tokens, int c, int end, String lemma) {
        if ("tell".equals(lemma) || "inform".equals(lemma) || "ask".equals(lemma) || "assure".equals(lemma) || "warn".equals(lemma)) {
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

    static int leadingAdjunctEnd(List<Token> tokens, int start, int end) {
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

    static boolean adjunctOnly(List<Token> tokens, int from, int end) {
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

    static boolean plausibleSource(List<Token> tokens, int from, int to) {
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

    static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    static boolean hasVerbOutsideCommas(List<Token> tokens, int from, int to) {
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

    static int sourceEnd(List<Token> tokens, int from, int end) {
        int as = asSaying(tokens, from, end);
        return as >= 0 ? as : end;
    }

    static int nextComma(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (tokens.get(i).text().equals(",") || QUOTE_MARKS.contains(tokens.get(i).text())) {
                return i;
            }
        }
        return end;
    }

    static boolean isClauseBreak(List<Token> tokens, int b) {
        String t = tokens.get(b).text();
        if (t.equals(",") || t.equals(";") || t.equals("—") || t.equals("–")) {
            return true;
        }
        return (t.equals("\"") || t.equals("”")) && b > 0 && tokens.get(b - 1).text().equals(",");
    }

    static boolean isPunct(Token t) {
        String s = t.text();
        return s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0)) && s.charAt(0) != '$';
    }

    static int contentEnd(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && CLOSERS.contains(tokens.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    static int firstWordIndex(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() - 1 && (QUOTE_MARKS.contains(tokens.get(i).text()) || isPunct(tokens.get(i)))) {
            i++;
        }
        return i;
    }

    static int indexAtOrAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    static Quotation quotationStartingAt(int offset, List<Quotation> quotes) {
        for (Quotation q : quotes) {
            if (q.outer().start() == offset) {
                return q;
            }
        }
        return null;
    }

    static boolean containsQuote(Span content, List<Quotation> quotes) {
        return quotes.stream().anyMatch(q -> content.overlaps(q.inner()));
    }

    /** A source mention without the commas or brackets that closed it. */
    static Span sourceSpan(List<Token> tokens, int from, int to) {
        while (to - 1 > from && isPunct(tokens.get(to - 1))) {
            to--;
        }
        return spanOf(tokens, from, to);
    }

    static Span spanOf(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    static Span sentenceSpan(List<Token> tokens) {
        return spanOf(tokens, 0, tokens.size());
    }

    static double confidenceFor(List<Token> tokens, int from, int to, double base) {
        if (to - from == 1 && tokens.get(from).tag().startsWith("PRP")) {
            return Math.round((base - 0.1) * 100) / 100.0;
        }
        String first = tokens.get(from).lower();
        if (to - from <= 3 && (first.equals("the") || first.equals("this")) && !tokens.get(to - 1).tag().equals("NNP")) {
            return Math.round((base - 0.05) * 100) / 100.0;
        }
        return base;
    }

    /** A stretch opening with a quotation mark runs on over trailing punctuation to the closing mark, as PolNeAR marks it. */
    static int[] closeQuotation(List<Token> tokens, int[] stretch) {
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
    static int quotationEnd(List<Token> tokens, int from, int to) {
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

    /** DIRECT when the content is one quotation, MIXED when it holds one, else INDIRECT. */
    static Attribution.Kind kindOf(Span content, List<Quotation> quotes) {
        for (Quotation q : quotes) {
            if (q.outer().contains(content) || content.start() == q.outer().start() && content.end() <= q.outer().end() + 1) {
                return Attribution.Kind.DIRECT;
            }
        }
        return containsQuote(content, quotes) ? Attribution.Kind.MIXED : Attribution.Kind.INDIRECT;
    }
}
