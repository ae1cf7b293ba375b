package io.headwater.trace;

/**
 * An attributed content of an article.
 *
 * @param key        quote key
 * @param text       the words as this article prints them
 * @param kind       direct, indirect, mixed or continued
 * @param start      offset in the article text
 * @param end        end offset
 * @param nestedIn   the enclosing quote's key, or null
 * @param sourceKey  the source's key, or null when unattributed
 * @param source     the source's name, or null
 * @param mention    how the article named the source
 * @param via        the agency whose story carried it, or null
 * @param cue        the cue
 * @param sentence   the sentence
 * @param confidence confidence
 */
public record QuoteView(String key, String text, String kind, Long start, Long end, String nestedIn, String sourceKey,
                        String source, String mention, String via, String cue, String sentence, Double confidence) {
}
