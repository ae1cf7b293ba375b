package io.headwater.graph;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.headwater.ingest.Article;
import io.headwater.ingest.InvalidArticleException;

/**
 * Keeps values that go into Neo4j's range indexes (see {@code cypher/schema.cypher}) under the index's key
 * size limit (about 8 KB), which otherwise fails the whole write with "Property value is too large to index".
 * A name is cut: a source or outlet "name" of thousands of characters is text the extractor misread, and the
 * article is still worth having. An address or a key is never cut (a cut one would be wrong): an article whose
 * address is too long is refused with an error that says so, before anything is written.
 */
final class IndexedValues {

    /** Names (Entity.name) are cut to this many characters, an ellipsis added. */
    static final int MAX_NAME_CHARS = 300;
    /** No other indexed value may be longer than this in UTF-8; half the index's limit. */
    static final int MAX_INDEXED_BYTES = 4000;

    private IndexedValues() {
    }

    /** {@code name} cut to {@link #MAX_NAME_CHARS} characters (not inside a surrogate pair) with "…", or as it is. */
    static String name(String name) {
        if (name == null || name.length() <= MAX_NAME_CHARS) {
            return name;
        }
        int end = MAX_NAME_CHARS - 1;
        if (Character.isLowSurrogate(name.charAt(end))) {
            end--;
        }
        return name.substring(0, end).stripTrailing() + "…";
    }

    /**
     * Checks the article's indexed properties: its address at most {@link Article#MAX_URL_CHARS} characters, the
     * others at most {@link #MAX_INDEXED_BYTES} bytes.
     *
     * @throws InvalidArticleException when one is longer
     */
    static void check(Article a) {
        checkPublication(a.origin() == null ? "the article" : a.origin(), a.url(), a.published());
        check("the article's id", a.id());
        check("the article's content hash", a.contentHash());
    }

    /**
     * Checks the indexed values of a publication ({@code what}: how the error names it) that an ingest fills in
     * or a correction sets: its address at most {@link Article#MAX_URL_CHARS} characters, its date at most
     * {@link #MAX_INDEXED_BYTES} bytes; null values are not checked.
     *
     * @throws InvalidArticleException when one is longer
     */
    static void checkPublication(String what, String url, String published) {
        if (url != null && url.length() > Article.MAX_URL_CHARS) {
            throw new InvalidArticleException(String.format(Locale.ROOT,
                    "%s: its address (URL) is %,d characters long, over the %,d-character limit for one address; "
                            + "give a shorter one (--url, or the request's url field)",
                    what, url.length(), Article.MAX_URL_CHARS));
        }
        check("the article's publication date", published);
    }

    /**
     * Checks one indexed value that Headwater derives itself (keys, dates): a longer one is a bug or an attack,
     * refused before the write.
     *
     * @throws InvalidArticleException when it is longer than {@link #MAX_INDEXED_BYTES} bytes
     */
    static void check(String what, String value) {
        if (value != null && value.length() * 3L > MAX_INDEXED_BYTES
                && value.getBytes(StandardCharsets.UTF_8).length > MAX_INDEXED_BYTES) {
            throw new InvalidArticleException(String.format(Locale.ROOT,
                    "%s is %,d characters long, too long to index (at most %,d bytes): the article was not written",
                    what, value.length(), MAX_INDEXED_BYTES));
        }
    }
}
