package io.headwater.extract;

import static io.headwater.extract.TokenSpans.MAX_SOURCE_TOKENS;
import static io.headwater.extract.TokenSpans.asSaying;
import static io.headwater.extract.TokenSpans.confidenceFor;
import static io.headwater.extract.TokenSpans.containsQuote;
import static io.headwater.extract.TokenSpans.contentEnd;
import static io.headwater.extract.TokenSpans.firstCue;
import static io.headwater.extract.TokenSpans.firstWordIndex;
import static io.headwater.extract.TokenSpans.hasVerbOutsideCommas;
import static io.headwater.extract.TokenSpans.leadingAdjunctEnd;
import static io.headwater.extract.TokenSpans.plausibleSource;
import static io.headwater.extract.TokenSpans.quotationStartingAt;
import static io.headwater.extract.TokenSpans.sentenceSpan;
import static io.headwater.extract.TokenSpans.skipAdjuncts;
import static io.headwater.extract.TokenSpans.sourceSpan;
import static io.headwater.extract.TokenSpans.spanOf;

import java.util.List;
import java.util.Set;

import io.headwater.core.Span;

/**
 * The rule for reported speech with a leading source: {@code The annual report noted that ...},
 * {@code X told Y (that) ...}, {@code RELAY quoted SOURCE as saying ...}.
 */
final class LeadingSourceRule {

    private final CueLexicon cues;

    LeadingSourceRule(CueLexicon cues) {
        this.cues = cues;
    }

    /** Verbs that report speech only with a that-clause: "the study found that", not "the fleet showed capabilities". */
    private static final Set<String> NEEDS_THAT = Set.of("show", "find", "describe", "believe", "think", "agree", "ask",
            "indicate", "suggest", "predict", "recall", "estimate", "mention", "post", "promise", "vow", "pledge", "urge");

    /** {@code SOURCE CUE [that] CONTENT}, {@code SOURCE told X (that) CONTENT}, {@code RELAY quoted SOURCE as saying CONTENT}. */
    Attribution find(List<Token> tokens, List<Quotation> quotes) {
        int end = contentEnd(tokens);
        int start = firstWordIndex(tokens);
        int lead = leadingAdjunctEnd(tokens, start, end);
        if (lead > start) {
            start = lead;
        }
        int v = firstCue(cues, tokens, start + 1, Math.min(end, start + MAX_SOURCE_TOKENS));
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
}
