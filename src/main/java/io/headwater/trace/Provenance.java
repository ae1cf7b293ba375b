package io.headwater.trace;

import java.util.List;

/**
 * An article's provenance: its chains to primary sources, its attributed contents and its picture credits.
 *
 * @param article the article
 * @param chains  each chain ordered from the primary source to the article's outlet
 * @param quotes  attributed contents in text order
 * @param credits picture credits
 * @param reuse   text shared with other articles, pair by pair, best first
 * @param quoteVariants the article's quotes that other articles word differently
 * @param otherPublications the same text as other outlets (or other addresses) published it, earliest first
 */
public record Provenance(ArticleSummary article, List<List<Hop>> chains, List<QuoteView> quotes,
                         List<CreditView> credits, List<ReuseView> reuse, List<QuoteVariantView> quoteVariants,
                         List<ArticleSummary> otherPublications) {

    public Provenance {
        reuse = reuse == null ? List.of() : List.copyOf(reuse);
        quoteVariants = quoteVariants == null ? List.of() : List.copyOf(quoteVariants);
        otherPublications = otherPublications == null ? List.of() : List.copyOf(otherPublications);
    }

    /** Provenance of a text nobody else published. */
    public Provenance(ArticleSummary article, List<List<Hop>> chains, List<QuoteView> quotes, List<CreditView> credits,
                      List<ReuseView> reuse, List<QuoteVariantView> quoteVariants) {
        this(article, chains, quotes, credits, reuse, quoteVariants, List.of());
    }

    /** Provenance without text reuse evidence. */
    public Provenance(ArticleSummary article, List<List<Hop>> chains, List<QuoteView> quotes, List<CreditView> credits) {
        this(article, chains, quotes, credits, List.of(), List.of(), List.of());
    }
}
