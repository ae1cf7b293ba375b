package io.headwater.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the hand-written pages in {@code src/test/resources/html/}. */
final class HtmlFixtures {

    private HtmlFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = HtmlFixtures.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawDocument page(String name) {
        return new RawDocument(name, bytes(name), null, null);
    }

    static HtmlPage read(String name) {
        return new HtmlArticleReader().readPage(page(name), ArticleMetadata.NONE);
    }
}
