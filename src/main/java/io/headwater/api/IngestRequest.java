package io.headwater.api;

/**
 * A request to ingest one article.
 *
 * @param text      the article as plain text (headline first); when absent, the page at {@code url} is fetched
 * @param outlet    the outlet, when the text does not name it
 * @param url       the page address
 * @param published the publication date (ISO-8601)
 */
public record IngestRequest(String text, String outlet, String url, String published) {
}
