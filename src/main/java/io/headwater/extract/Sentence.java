package io.headwater.extract;

import java.util.List;

import io.headwater.core.Span;

/**
 * A sentence of an article with its tokens.
 *
 * @param span      where the sentence lies in the article text
 * @param paragraph index of the paragraph it belongs to
 * @param tokens    its tokens in order
 */
public record Sentence(Span span, int paragraph, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's characters. */
    public String text(String articleText) {
        return span.in(articleText);
    }

    /** Index of the first token starting at or after {@code offset}, or the token count. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
