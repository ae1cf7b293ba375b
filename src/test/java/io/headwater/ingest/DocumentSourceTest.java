package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourceTest {

    @TempDir
    Path dir;

    private final List<RawDocument> read = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> skips = new ArrayList<>();
    private final SourceEvents events = new SourceEvents() {
        @Override
        public void failed(String origin, String reason) {
            failures.add(origin + ": " + reason);
        }

        @Override
        public void skipped(String origin, String reason) {
            skips.add(origin);
        }
    };

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void directoriesAreWalkedRecursivelyInNameOrder() throws IOException {
        write("b.html", "<p>b</p>");
        write("a/z.html", "<p>z</p>");
        write("a/y.htm", "<p>y</p>");
        write("c.txt", "c");

        new DocumentSource().read(List.of(dir.toString()), read::add, events);

        assertThat(read).extracting(d -> dir.relativize(Path.of(d.origin())).toString())
                .containsExactly("a/y.htm", "a/z.html", "b.html", "c.txt");
    }

    @Test
    void filesOfOtherKindsInADirectoryAreSkipped() throws IOException {
        write("page.html", "<p>x</p>");
        write("photo.jpg", "not a page");

        new DocumentSource().read(List.of(dir.toString()), read::add, events);

        assertThat(read).hasSize(1);
        assertThat(skips).containsExactly(dir.resolve("photo.jpg").toString());
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSymbolicLinkLoopIsWalkedOnce() throws IOException {
        write("a/page.txt", "Text of the one page.");
        Files.createSymbolicLink(dir.resolve("a/again"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("a/up"), Path.of(".."));

        new DocumentSource().read(List.of(dir.toString()), read::add, events);

        assertThat(read).singleElement().extracting(d -> dir.relativize(Path.of(d.origin())).toString()).isEqualTo("a/page.txt");
        assertThat(skips).containsExactlyInAnyOrder(dir.resolve("a/again").toString(), dir.resolve("a/up").toString());
        assertThat(failures).isEmpty();
    }

    @Test
    void aLinkedDirectoryOutsideTheTreeIsRead(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("far.txt"), "Text kept in another folder.");
        Files.createSymbolicLink(dir.resolve("linked"), elsewhere);

        new DocumentSource().read(List.of(dir.toString()), read::add, events);

        assertThat(read).singleElement().extracting(d -> Path.of(d.origin()).getFileName().toString()).isEqualTo("far.txt");
    }

    @Test
    void gzippedPagesAreDecompressed() throws IOException {
        Path file = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("<p>zipped</p>".getBytes(StandardCharsets.UTF_8));
        }

        new DocumentSource().read(List.of(file.toString()), read::add, events);

        assertThat(new String(read.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>zipped</p>");
    }

    @Test
    void missingInputIsReportedAndTheBatchGoesOn() throws IOException {
        Path good = write("good.html", "<p>x</p>");

        new DocumentSource().read(List.of(dir.resolve("nope.html").toString(), good.toString()), read::add, events);

        assertThat(failures).singleElement().asString().endsWith("nope.html: no such file or directory");
        assertThat(read).hasSize(1);
    }

    @Test
    void fileOverTheSizeCapIsReportedWithoutBeingRead() throws IOException {
        Path big = write("big.html", "x".repeat(2000));

        new DocumentSource(1000, FetchPolicy.DEFAULT).read(List.of(big.toString()), read::add, events);

        assertThat(read).isEmpty();
        assertThat(failures).singleElement().asString().contains("larger than the");
    }

    @Test
    void gzipBombIsStoppedAtTheCap() throws IOException {
        Path file = dir.resolve("bomb.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[5000]);
        }

        new DocumentSource(1000, FetchPolicy.DEFAULT).read(List.of(file.toString()), read::add, events);

        assertThat(read).isEmpty();
        assertThat(failures).singleElement().asString().contains("larger than the");
    }

    @Test
    void anExceptionFromTheConsumerIsReportedForThatItemOnly() throws IOException {
        write("a.html", "<p>a</p>");
        write("b.html", "<p>b</p>");

        new DocumentSource().read(List.of(dir.toString()), d -> {
            if (d.origin().endsWith("a.html")) {
                throw new InvalidArticleException("a.html is broken");
            }
            read.add(d);
        }, events);

        assertThat(failures).singleElement().asString().endsWith("a.html: a.html is broken");
        assertThat(read).hasSize(1);
    }

    @Test
    void badPagesInABatchAreReportedAndTheRestAreRead() throws IOException {
        Files.write(dir.resolve("1-pdf.html"), HtmlFixtures.bytes("pdf-renamed.html"));
        Files.write(dir.resolve("2-good.html"), HtmlFixtures.bytes("dom-byline.html"));
        Files.write(dir.resolve("3-truncated.html"), HtmlFixtures.bytes("truncated.html"));
        ArticleReaders readers = ArticleReaders.defaults();
        List<Article> articles = new ArrayList<>();

        new DocumentSource().read(List.of(dir.toString()), d -> articles.add(readers.read(d, ArticleMetadata.NONE)), events);

        assertThat(articles).hasSize(2);
        assertThat(failures).singleElement().asString().contains("1-pdf.html is a PDF document");
    }
}
