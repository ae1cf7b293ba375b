package io.headwater.trace;

import org.jspecify.annotations.Nullable;

/**
 * One of an article's quotes that another article words differently.
 *
 * @param key          this quote's key
 * @param wording      this article's wording
 * @param otherKey     the other quote's key
 * @param otherWording the other article's wording
 * @param otherId      the other article's id
 * @param otherOutlet  its outlet
 * @param source       whom this quote is attributed to
 * @param later        true when this wording is the later one (the difference leads from the other's to this)
 * @param diff         the word-level difference from the earlier wording to the later ("−DPRK +North Korea also")
 * @param overlap      share of the shorter wording's words found in the other
 * @param sameSource   true when both are attributed to the same source
 */
public record QuoteVariantView(String key, String wording, String otherKey, String otherWording, String otherId,
                               String otherOutlet, @Nullable String source, boolean later, String diff, double overlap,
                               boolean sameSource) {
}
