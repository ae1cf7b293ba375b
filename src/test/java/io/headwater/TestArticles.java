package io.headwater;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.headwater.ingest.RawDocument;

/** Raw documents from files for tests (the seeds, our own fixtures). */
public final class TestArticles {

    private TestArticles() {
    }

    /** The file as a raw document; HTML or text is decided by its name, as for ingest. */
    public static RawDocument file(Path path) {
        try {
            return new RawDocument(path.toString(), Files.readAllBytes(path), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file under src/test/resources/articles. */
    public static String fixtureText(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/articles", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file under src/test/resources/articles. */
    public static RawDocument fixture(String name) {
        return file(Path.of("src/test/resources/articles", name));
    }
}
