package io.headwater.ingest;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One news article as read from its source, before any attribution is found. All character offsets
 * elsewhere in Headwater point into {@link #text()}.
 *
 * @param id          stable identifier derived from the content hash
 * @param contentHash SHA-256 of the normalised text (hex); the same text always gives the same hash
 * @param headline    the headline
 * @param byline      the byline as printed ("WION Web Team", "By Jane Doe")
 * @param outlet      the publishing outlet, from the text or else from the caller
 * @param dateline    the place line ("Seoul")
 * @param published   ISO-8601 date or date-time (with offset when the page gave a time zone)
 * @param url         the page address
 * @param language    the text's language as a BCP-47 tag ("en"); absent when unknown
 * @param text        the article body: paragraphs separated by blank lines, page furniture removed
 * @param paragraphs  where each paragraph lies in {@code text}
 * @param highlights  summary bullets printed above the body ("Story highlights"), kept out of the body
 * @param captions    image captions with their credits, kept out of the body
 * @param origin      where the article was read from (a path or URL), for messages
 */
public record Article(
        String id,
        String contentHash,
        @Nullable String headline,
        @Nullable String byline,
        @Nullable String outlet,
        @Nullable String dateline,
        @Nullable String published,
        @Nullable String url,
        @Nullable String language,
        String text,
        List<Paragraph> paragraphs,
        List<String> highlights,
        List<Caption> captions,
        String origin) {

    /** The longest page address kept: a page declaring a longer one is read without it; a longer given one is refused. */
    public static final int MAX_URL_CHARS = 2000;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        highlights = List.copyOf(highlights);
        captions = List.copyOf(captions);
    }

    /** The same article under another id (another publication of the same text). */
    public Article withId(String otherId) {
        return new Article(otherId, contentHash, headline, byline, outlet, dateline, published, url, language, text, paragraphs,
                highlights, captions, origin);
    }

    /** A name for messages and reports: the headline, else the origin, else the id. */
    public String title() {
        if (headline != null && !headline.isBlank()) {
            return headline;
        }
        return origin != null ? origin : id;
    }
}
