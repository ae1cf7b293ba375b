package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleReadersTest {

    private final ArticleReaders readers = ArticleReaders.defaults();

    @Test
    void htmlDocumentsGoToTheHtmlReader() {
        RawDocument page = new RawDocument("a.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(readers.forDocument(page)).isInstanceOf(HtmlArticleReader.class);
    }

    @Test
    void textDocumentsGoToThePlainTextReader() {
        RawDocument text = new RawDocument("a.txt", "Headline\n\nBody.".getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(readers.forDocument(text)).isInstanceOf(PlainTextArticleReader.class);
    }
}
