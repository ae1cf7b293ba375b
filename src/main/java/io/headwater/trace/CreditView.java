package io.headwater.trace;

/**
 * A picture credit of an article.
 *
 * @param key        the credited entity's key
 * @param name       its name
 * @param type       its type
 * @param kind       "photo"
 * @param caption    the caption the credit was read from
 * @param cue        the credit's cue
 * @param confidence confidence
 */
public record CreditView(String key, String name, String type, String kind, String caption, String cue,
                         Double confidence) {
}
