package io.headwater.reuse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the quotes of a new article that are other wordings of quotes already in the graph: those
 * attributed to the same source, and those of articles it shares passages with.
 */
public final class QuoteVariantFinder {

    /**
     * A quote as compared here.
     *
     * @param key     quote key
     * @param text    its words
     * @param article the article printing it
     * @param source  key of the source it is attributed to, or null
     * @param nested  true when it sits inside another quote of its article
     */
    public record QuoteText(String key, String text, String article, String source, boolean nested) {
    }

    /** Variants among {@code fresh} (the new article's quotes) of {@code earlier} quotes. */
    public List<QuoteVariant> find(List<QuoteText> fresh, List<QuoteText> earlier) {
        List<QuoteVariant> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (QuoteText q : fresh) {
            for (QuoteText e : earlier) {
                if (e.article().equals(q.article()) || !seen.add(q.key() + ">" + e.key())) {
                    continue;
                }
                if (q.nested() != e.nested() && QuoteWording.contains(q.text(), e.text())) {
                    // A quote and the quote nested in another article's copy of it: the same words at two lengths.
                    continue;
                }
                boolean sameSource = q.source() != null && Objects.equals(q.source(), e.source());
                QuoteWording.compare(e.text(), q.text())
                        .ifPresent(d -> out.add(new QuoteVariant(q.key(), e.key(), sameSource, d)));
            }
        }
        return out;
    }
}
