package io.headwater.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What the caller knows about an article that its text may not say: the outlet that published it,
 * its address and its publication date. Values found in the text itself win over these.
 *
 * @param outlet    the publishing outlet's name
 * @param url       the page address
 * @param published an ISO-8601 date or date-time
 */
public record ArticleMetadata(@Nullable String outlet, @Nullable String url, @Nullable String published) {

    /** Nothing known beyond the text. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null);

    /** Values of {@code other} where this one has none. */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(
                outlet != null ? outlet : other.outlet,
                url != null ? url : other.url,
                published != null ? published : other.published);
    }
}
