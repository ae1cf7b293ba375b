package io.headwater.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds the quotes of a new article that are other wordings of quotes already in the graph: those
 * attributed to the same source, and those of articles it shares passages with. Each new wording is linked
 * to one earlier wording only, the earliest of its quote, so that articles quoting one source alike add
 * one edge each instead of one per earlier article.
 */
public final class QuoteVariantFinder {

    /** Earliest first; an undated article by when it was ingested; then by key, for a stable choice. */
    private static final Comparator<QuoteText> EARLIEST = Comparator.comparing(QuoteText::since,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(QuoteText::key);

    /**
     * A quote as compared here.
     *
     * @param key     quote key
     * @param text    its words
     * @param article the article printing it
     * @param source  key of the source it is attributed to
     * @param nested  true when it sits inside another quote of its article
     * @param since   when its article appeared: the publication date, else when it was ingested (ISO-8601);
     *                null for the new article's own quotes
     */
    public record QuoteText(String key, String text, String article, @Nullable String source, boolean nested, String since) {

        /** A quote of the new article. */
        public QuoteText(String key, String text, String article, String source, boolean nested) {
            this(key, text, article, source, nested, null);
        }
    }

    /**
     * Variants among {@code fresh} (the new article's quotes) of {@code earlier} quotes: for each fresh
     * quote, at most one, the earliest earlier wording it varies (the closest among equally early ones).
     */
    public List<QuoteVariant> find(List<QuoteText> fresh, List<QuoteText> earlier) {
        List<QuoteText> ordered = new ArrayList<>(earlier);
        ordered.sort(EARLIEST);
        List<QuoteVariant> out = new ArrayList<>();
        Set<String> compared = new HashSet<>();
        for (QuoteText q : fresh) {
            if (!compared.add(q.key())) {
                // Two attributions whose contents start at one offset share a quote node (the graph keeps the first).
                continue;
            }
            Set<String> seen = new HashSet<>();
            QuoteVariant best = null;
            String bestSince = null;
            for (QuoteText e : ordered) {
                if (best != null && !Objects.equals(e.since(), bestSince)) {
                    break;
                }
                if (e.article().equals(q.article()) || !seen.add(e.key())) {
                    continue;
                }
                if (q.nested() != e.nested() && QuoteWording.contains(q.text(), e.text())) {
                    // A quote and the quote nested in another article's copy of it: the same words at two lengths.
                    continue;
                }
                boolean sameSource = q.source() != null && Objects.equals(q.source(), e.source());
                Optional<QuoteWording.Difference> d = QuoteWording.compare(e.text(), q.text());
                if (d.isPresent() && (best == null || d.get().overlap() > best.difference().overlap())) {
                    best = new QuoteVariant(q.key(), e.key(), sameSource, d.get());
                    bestSince = e.since();
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }
}
