package io.headwater.trace;

import java.util.List;

/**
 * An article's provenance: its chains to primary sources, its attributed contents and its picture credits.
 *
 * @param article the article
 * @param chains  each chain ordered from the primary source to the article's outlet
 * @param quotes  attributed contents in text order
 * @param credits picture credits
 */
public record Provenance(ArticleSummary article, List<List<Hop>> chains, List<QuoteView> quotes,
                         List<CreditView> credits) {
}
