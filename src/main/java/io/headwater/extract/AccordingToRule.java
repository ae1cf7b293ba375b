package io.headwater.extract;

import static io.headwater.extract.TokenSpans.contentEnd;
import static io.headwater.extract.TokenSpans.firstWordIndex;
import static io.headwater.extract.TokenSpans.isPunct;
import static io.headwater.extract.TokenSpans.nextComma;
import static io.headwater.extract.TokenSpans.plausibleSource;
import static io.headwater.extract.TokenSpans.sentenceSpan;
import static io.headwater.extract.TokenSpans.sourceSpan;
import static io.headwater.extract.TokenSpans.spanOf;

import java.util.List;

import io.headwater.core.Span;

/** The rule for "according to": {@code According to X, ...} and {@code ..., according to X}. */
final class AccordingToRule {

    /** {@code According to SOURCE, CONTENT} and {@code CONTENT, according to SOURCE}. */
    static Attribution find(List<Token> tokens) {
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
}
