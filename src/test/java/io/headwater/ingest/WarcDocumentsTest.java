package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcDocumentsTest {

    @TempDir
    Path dir;

    private final List<RawDocument> pages = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> skips = new ArrayList<>();
    private final SourceEvents events = new SourceEvents() {
        @Override
        public void failed(String origin, String reason) {
            failures.add(origin + ": " + reason);
        }

        @Override
        public void skipped(String origin, String reason) {
            skips.add(reason);
        }
    };

    private static WarcResponse response(String url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).body(http).build();
    }

    private Path warc(String name, WarcCompression compression, WarcResponse... records) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            for (WarcResponse r : records) {
                writer.write(r);
            }
        }
        return file;
    }

    @Test
    void htmlResponsesBecomeDocumentsWithTheTargetUrl() throws IOException {
        Path file = warc("crawl.warc.gz", WarcCompression.GZIP,
                response("https://courier.example/weir", "text/html; charset=utf-8", HtmlFixtures.bytes("jsonld-article.html")),
                response("https://courier.example/weir.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));

        new DocumentSource().read(List.of(file.toString()), pages::add, events);

        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.url()).isEqualTo("https://courier.example/weir");
            assertThat(p.contentType()).startsWith("text/html");
            assertThat(new HtmlArticleReader().read(p, ArticleMetadata.NONE).text()).contains("nine votes to two");
        });
        assertThat(skips).containsExactly("content type image/png, not HTML");
        assertThat(failures).isEmpty();
    }

    @Test
    void uncompressedWarcIsReadToo() throws IOException {
        Path file = warc("crawl.warc", WarcCompression.NONE,
                response("https://x.example/", "text/html", "<p>plain</p>".getBytes(StandardCharsets.UTF_8)));

        new DocumentSource().read(List.of(file.toString()), pages::add, events);

        assertThat(pages).hasSize(1);
    }

    @Test
    void emptyWarcIsReportedAsAnError() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.warc"));

        new DocumentSource().read(List.of(file.toString()), pages::add, events);

        assertThat(pages).isEmpty();
        assertThat(failures).singleElement().asString().contains("empty.warc: holds no WARC records");
    }

    @Test
    void warcWithoutHtmlIsReportedAsAnError() throws IOException {
        Path file = warc("images.warc", WarcCompression.NONE,
                response("https://x.example/a.png", "image/png", new byte[] {1, 2, 3}));

        new DocumentSource().read(List.of(file.toString()), pages::add, events);

        assertThat(failures).singleElement().asString().contains("holds no HTML response records (1 other records skipped)");
    }

    @Test
    void corruptWarcIsReportedAndTheBatchGoesOn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.warc"), "this is not a web archive at all\n");
        Path good = warc("good.warc", WarcCompression.NONE,
                response("https://x.example/", "text/html", "<p>fine</p>".getBytes(StandardCharsets.UTF_8)));

        new DocumentSource().read(List.of(bad.toString(), good.toString()), pages::add, events);

        assertThat(failures).singleElement().asString().startsWith(bad.toString());
        assertThat(pages).hasSize(1);
    }

    @Test
    void aWarcWhoseOnlyPageIsCutShortGetsOneError() throws IOException {
        Path cut = dir.resolve("cut.warc");
        Files.copy(Path.of("src/test/resources/bad-input/broken.warc"), cut);

        new DocumentSource().read(List.of(cut.toString()), pages::add, events);

        assertThat(pages).isEmpty();
        assertThat(failures).singleElement().asString().startsWith(cut + "#1").contains("could not be read");
    }
}
