package io.headwater.ingest;

/**
 * A web page read as an article: the {@link Article} the pipeline works on and the richer
 * {@link PageMetadata} the page declared (all authors, publisher, modification date).
 *
 * @param article  the article; its text is the page's main body
 * @param metadata what the page says about itself
 */
public record HtmlPage(Article article, PageMetadata metadata) {
}
