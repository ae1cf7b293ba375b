package io.headwater.trace;

import org.jspecify.annotations.Nullable;

/**
 * An attributed content of an article.
 *
 * @param key        quote key
 * @param text       the words as this article prints them
 * @param kind       direct, indirect, mixed or continued
 * @param start      offset in the article text
 * @param end        end offset
 * @param nestedIn   the enclosing quote's key
 * @param sourceKey  the source's key; absent when unattributed
 * @param source     the source's name
 * @param mention    how the article named the source
 * @param via        the agency whose story carried it
 * @param cue        the cue
 * @param sentence   the sentence
 * @param confidence confidence
 */
public record QuoteView(String key, String text, String kind, Long start, Long end, @Nullable String nestedIn, @Nullable String sourceKey,
                        @Nullable String source, String mention, @Nullable String via, String cue, String sentence, Double confidence) {
}
