package io.headwater.trace;

import java.util.List;

/**
 * One article that carries a claim, or a close variant of it.
 *
 * @param article     the article
 * @param foundBy     how it was found: its text aligns with the claim, or it words differently a quote that a
 *                    carrier prints inside the claim
 * @param holds       share (0–1) of the claim's words the article prints, in order
 * @param words       how many of the claim's words it prints
 * @param difference  the differences in one line, from the claim to the article ("−DPRK +North Korea also"); empty
 *                    when it prints the claim word for word
 * @param differences the claim word by word against the article: runs both share, runs the article lacks or
 *                    changed, runs it adds
 * @param passages    where in the article's text the claim stands
 * @param quotes      the article's attributed contents inside those passages, with their sources
 * @param chains      the article's chains to its primary sources, primary source first (only on the page asked for)
 */
public record ClaimCarrier(ArticleSummary article, FoundBy foundBy, double holds, int words, String difference,
                           List<WordDiff.Segment> differences, List<Passage> passages, List<QuoteView> quotes,
                           List<List<Hop>> chains) {

    public ClaimCarrier {
        differences = List.copyOf(differences);
        passages = List.copyOf(passages);
        quotes = List.copyOf(quotes);
        chains = chains == null ? List.of() : List.copyOf(chains);
    }

    /** How a carrier was found. */
    public enum FoundBy {
        /** the passage index: its text aligns with the claim, small edits allowed */
        PASSAGE,
        /** a quote variant: it words differently a quote another carrier prints inside the claim */
        QUOTE_VARIANT
    }

    /**
     * Where the claim stands in the article.
     *
     * @param start      first character in the article's text
     * @param end        end (exclusive) in the article's text
     * @param text       the article's words there
     * @param claimStart first character of the matching part of the claim
     * @param claimEnd   its end (exclusive)
     */
    public record Passage(int start, int end, String text, int claimStart, int claimEnd) {
    }

    /** The same carrier with its chains to primary sources. */
    public ClaimCarrier withChains(List<List<Hop>> found) {
        return new ClaimCarrier(article, foundBy, holds, words, difference, differences, passages, quotes, found);
    }

    /** The same carrier with the quotes found in its passages. */
    public ClaimCarrier withQuotes(List<QuoteView> found) {
        return new ClaimCarrier(article, foundBy, holds, words, difference, differences, passages, found, chains);
    }

    /** The same carrier with the article's facts from the graph. */
    public ClaimCarrier withArticle(ArticleSummary found) {
        return new ClaimCarrier(found, foundBy, holds, words, difference, differences, passages, quotes, chains);
    }
}
