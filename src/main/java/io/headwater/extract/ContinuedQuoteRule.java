package io.headwater.extract;

import static io.headwater.extract.TokenSpans.sentenceSpan;

import java.util.List;

import io.headwater.core.Span;

/** The rule for a quotation standing alone, carried over from the previous speaker. */
final class ContinuedQuoteRule {

    /** A sentence that is all quotation and names no source continues the previous speaker. */
    static Attribution find(List<Token> tokens, List<Quotation> quotes, Attribution previous) {
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
}
