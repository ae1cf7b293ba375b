package io.headwater.ingest;

/**
 * Picks the reader for a document: the HTML reader for web pages, the plain-text reader for the rest.
 */
public final class ArticleReaders {

    private final HtmlArticleReader html;
    private final PlainTextArticleReader text;

    /** Chooses between the two given readers. */
    public ArticleReaders(HtmlArticleReader html, PlainTextArticleReader text) {
        this.html = html;
        this.text = text;
    }

    /** Readers with a common size limit of {@code maxBytes} per document. */
    public static ArticleReaders withMaxBytes(long maxBytes) {
        return new ArticleReaders(new HtmlArticleReader(new HtmlCharsetDecoder(maxBytes)),
                new PlainTextArticleReader(new TextDecoder(maxBytes)));
    }

    /** Readers with the default size limits. */
    public static ArticleReaders defaults() {
        return new ArticleReaders(new HtmlArticleReader(), new PlainTextArticleReader());
    }

    /** The reader for {@code document}: HTML when its type, name or first bytes say so. */
    public ArticleReader forDocument(RawDocument document) {
        return document.looksLikeHtml() ? html : text;
    }

    /** The HTML reader, for callers that want the page metadata too. */
    public HtmlArticleReader html() {
        return html;
    }

    /**
     * Reads {@code document} with the reader that fits it.
     *
     * @throws InvalidArticleException when it cannot be read as an article
     */
    public Article read(RawDocument document, ArticleMetadata given) {
        return forDocument(document).read(document, given);
    }
}
