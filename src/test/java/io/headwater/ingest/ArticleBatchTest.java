package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleBatchTest {

    @TempDir
    Path dir;

    @Test
    void badPagesAreReportedWithTheirReasonAndTheRestAreRead() throws IOException {
        Files.write(dir.resolve("a.html"), HtmlFixtures.bytes("jsonld-article.html"));
        Files.write(dir.resolve("b.html"), HtmlFixtures.bytes("pdf-renamed.html"));
        Files.write(dir.resolve("c.txt"), "Ferry strike ends\n\nThe ferry crews went back to work on Monday after a two-day strike over rosters.\n"
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BatchProgress progress = new BatchProgress("ingest", new PrintStream(log, true, StandardCharsets.UTF_8),
                Duration.ofHours(1), System::nanoTime);
        List<Article> articles = new ArrayList<>();

        new ArticleBatch(new DocumentSource(), ArticleReaders.defaults(), progress)
                .run(List.of(dir.toString()), ArticleMetadata.NONE, articles::add);

        assertThat(articles).extracting(Article::headline)
                .containsExactly("River council votes to reopen the old mill weir", "Ferry strike ends");
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("failed " + dir.resolve("b.html") + ": " + dir.resolve("b.html") + " is a PDF document")
                .contains("ingest: done: 2 read, 1 failed, 0 skipped");
    }
}
