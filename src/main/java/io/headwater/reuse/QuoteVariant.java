package io.headwater.reuse;

/**
 * A new article's quote that words an earlier article's quote differently.
 *
 * @param quote      the new quote's key
 * @param earlier    the earlier quote's key
 * @param sameSource true when both are attributed to the same source
 * @param difference how the new wording differs from the earlier one
 */
public record QuoteVariant(String quote, String earlier, boolean sameSource, QuoteWording.Difference difference) {
}
