package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.headwater.ingest.HtmlArticleReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BodyExtractionRunTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final BodyExtractionRun run = new BodyExtractionRun(new HtmlArticleReader(),
            new PrintStream(log, true, StandardCharsets.UTF_8));

    @Test
    void predictionsHaveEveryFieldPerPageId() throws IOException {
        Files.write(dir.resolve("weir.html"), fixture("jsonld-article.html"));
        Path out = dir.resolve("out/pred.json");

        run.writePredictions(dir, out);

        JsonNode page = JsonMapper.builder().build().readTree(out.toFile()).get("weir");
        assertThat(page.get("articleBody").asString()).startsWith("BRANDMOOR");
        assertThat(page.get("headline").asString()).isEqualTo("River council votes to reopen the old mill weir");
        assertThat(page.get("authors").values()).extracting(JsonNode::asString)
                .containsExactly("Marta Lindqvist", "Owen Achterberg");
        assertThat(page.get("published").asString()).isEqualTo("2024-03-14T09:30+01:00");
        assertThat(page.get("publisher").asString()).isEqualTo("The Valley Courier");
        assertThat(page.get("url").asString()).isEqualTo("https://courier.example/news/2024/03/mill-weir-reopens");
        assertThat(page.get("language").asString()).isEqualTo("en-GB");
    }

    @Test
    void unknownFieldsAreNull() throws IOException {
        Files.write(dir.resolve("trains.html"), fixture("dom-byline.html"));
        Path out = dir.resolve("pred.json");

        run.writePredictions(dir, out);

        JsonNode page = JsonMapper.builder().build().readTree(out.toFile()).get("trains");
        assertThat(page.get("publisher").isNull()).isTrue();
        assertThat(page.get("language").isNull()).isTrue();
    }

    @Test
    void unreadablePageIsWrittenAsNullsAndReported() throws IOException {
        Files.write(dir.resolve("broken.html"), fixture("pdf-renamed.html"));
        Files.write(dir.resolve("fine.html.gz"), gzip(fixture("truncated.html")));
        Path out = dir.resolve("pred.json");

        int failed = run.writePredictions(dir, out);

        JsonNode root = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(failed).isEqualTo(1);
        assertThat(root.get("broken").get("articleBody").isNull()).isTrue();
        assertThat(root.get("fine").get("articleBody").asString()).startsWith("The island ferry");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("broken", "PDF document");
    }

    @Test
    void benchmarkReportsBothSpeeds() throws IOException {
        Files.write(dir.resolve("a.html"), fixture("jsonld-article.html"));

        BodyExtractionRun.Speed speed = run.benchmark(dir, 1);

        assertThat(speed.pages()).isEqualTo(1);
        assertThat(speed.readerPagesPerSecond()).isPositive();
        assertThat(speed.parseOnlyPagesPerSecond()).isPositive();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A hand-written page of {@code src/test/resources/html/}. */
    private static byte[] fixture(String name) throws IOException {
        try (java.io.InputStream in = BodyExtractionRunTest.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
