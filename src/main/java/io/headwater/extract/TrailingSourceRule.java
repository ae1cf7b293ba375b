package io.headwater.extract;

import static io.headwater.extract.TokenSpans.adjunctOnly;
import static io.headwater.extract.TokenSpans.confidenceFor;
import static io.headwater.extract.TokenSpans.containsQuote;
import static io.headwater.extract.TokenSpans.contentEnd;
import static io.headwater.extract.TokenSpans.firstCue;
import static io.headwater.extract.TokenSpans.firstWordIndex;
import static io.headwater.extract.TokenSpans.hasVerb;
import static io.headwater.extract.TokenSpans.isClauseBreak;
import static io.headwater.extract.TokenSpans.isPunct;
import static io.headwater.extract.TokenSpans.plausibleSource;
import static io.headwater.extract.TokenSpans.sentenceSpan;
import static io.headwater.extract.TokenSpans.sourceEnd;
import static io.headwater.extract.TokenSpans.sourceSpan;
import static io.headwater.extract.TokenSpans.spanOf;

import java.util.List;

import io.headwater.core.Span;

/** The rule for reported speech with a trailing source: {@code ..., UN experts said in a new report}. */
final class TrailingSourceRule {

    private final CueLexicon cues;

    TrailingSourceRule(CueLexicon cues) {
        this.cues = cues;
    }

    /** {@code CONTENT, SOURCE CUE [adjunct].} and {@code CONTENT, CUE SOURCE.} */
    Attribution find(List<Token> tokens, List<Quotation> quotes) {
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
            int v = firstCue(cues, tokens, tail, end);
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
}
