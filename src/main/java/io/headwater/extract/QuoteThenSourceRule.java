package io.headwater.extract;

import static io.headwater.extract.TokenSpans.accordingToAfter;
import static io.headwater.extract.TokenSpans.asSaying;
import static io.headwater.extract.TokenSpans.confidenceFor;
import static io.headwater.extract.TokenSpans.contentEnd;
import static io.headwater.extract.TokenSpans.firstCue;
import static io.headwater.extract.TokenSpans.indexAtOrAfter;
import static io.headwater.extract.TokenSpans.isPunct;
import static io.headwater.extract.TokenSpans.plausibleSource;
import static io.headwater.extract.TokenSpans.quotationStartingAt;
import static io.headwater.extract.TokenSpans.sentenceSpan;
import static io.headwater.extract.TokenSpans.sourceEnd;
import static io.headwater.extract.TokenSpans.sourceSpan;

import java.util.List;

import io.headwater.core.Span;

/**
 * The rule for a quotation followed by its source and cue: {@code "...," the minister said}, and its relay form
 * {@code "...," Yonhap quoted the report as saying} (Yonhap is the relay, the report the source).
 */
final class QuoteThenSourceRule {

    private final CueLexicon cues;

    QuoteThenSourceRule(CueLexicon cues) {
        this.cues = cues;
    }

    /** {@code "QUOTE," SOURCE CUE} / {@code "QUOTE," CUE SOURCE} / {@code "QUOTE," RELAY quoted SOURCE}. */
    Attribution find(List<Token> tokens, List<Quotation> quotes) {
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
        int v = firstCue(cues, tokens, tail, Math.min(end, tail + 20));
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
}
