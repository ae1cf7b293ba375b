package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JsonLdArticleReaderTest {

    @Test
    void referenceToAnotherBlockIsResolved() {
        JsonLdArticleReader.Declared d = JsonLdArticleReader.read(List.of(
                "{\"@type\":\"NewsArticle\",\"headline\":\"Dam opens\",\"publisher\":{\"@id\":\"https://news.example/\"}}",
                "{\"@type\":\"Organization\",\"@id\":\"https://news.example/\",\"name\":\"Example News\"}"));

        assertThat(d.publisher()).isEqualTo("Example News");
    }

    @Test
    void handWrittenJsonWithRawNewlinesAndTrailingCommasIsRead() {
        JsonLdArticleReader.Declared d = JsonLdArticleReader.read(List.of(
                "{\"@type\": [\"Article\", \"NewsArticle\"], \"headline\": \"Two\nlines\", \"author\": \"Ana Ruiz\",}"));

        assertThat(d.headline()).isEqualTo("Two lines");
        assertThat(d.authors()).containsExactly("Ana Ruiz");
    }

    @Test
    void entitiesInDeclaredTextAreDecoded() {
        JsonLdArticleReader.Declared d = JsonLdArticleReader.read(List.of(
                "{\"@type\":\"NewsArticle\",\"headline\":\"Fish &amp; chips shop &#8216;saved&#8217;\"}"));

        assertThat(d.headline()).isEqualTo("Fish & chips shop ‘saved’");
    }

    @Test
    void newsArticleWinsOverWebPage() {
        JsonLdArticleReader.Declared d = JsonLdArticleReader.read(List.of(
                "{\"@type\":\"WebPage\",\"name\":\"Site page\"}",
                "{\"@type\":\"NewsArticle\",\"headline\":\"The story\",\"author\":[{\"@type\":\"Person\",\"name\":\"A B\"},{\"name\":\"C D\"}]}"));

        assertThat(d.headline()).isEqualTo("The story");
        assertThat(d.authors()).containsExactly("A B", "C D");
    }

    @Test
    void brokenJsonIsIgnored() {
        assertThat(JsonLdArticleReader.read(List.of("{\"@type\": \"NewsArticle\", \"headline\": "))).isEqualTo(JsonLdArticleReader.Declared.NONE);
    }
}
