package io.headwater.ingest;

/**
 * Reads one raw document into an {@link Article}. Implementations: {@link PlainTextArticleReader} for
 * text copied from pages; an HTML reader for web pages.
 */
public interface ArticleReader {

    /**
     * Reads {@code document}; {@code given} fills what the document does not say.
     *
     * @throws InvalidArticleException when the document cannot be read as an article
     */
    Article read(RawDocument document, ArticleMetadata given);
}
