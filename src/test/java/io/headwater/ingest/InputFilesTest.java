package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @Test
    void expandsDirectoriesToArticleFilesInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "x");
        Files.writeString(dir.resolve("a.html"), "x");
        Files.writeString(dir.resolve("README.md"), "notes");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.txt"), "x");
        assertThat(InputFiles.expand(List.of(dir))).extracting(p -> dir.relativize(p).toString())
                .containsExactly("a.html", "b.txt", "sub/c.txt");
    }

    @Test
    void readsGzippedFiles(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("Headline\n\nBody.".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("a.txt.gz");
        Files.write(file, bytes.toByteArray());
        assertThat(new String(InputFiles.read(file, 1000).bytes(), StandardCharsets.UTF_8)).isEqualTo("Headline\n\nBody.");
    }

    @Test
    void refusesAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> InputFiles.read(dir.resolve("nope.txt"), 1000))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("does not exist");
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[5000]);
        assertThatThrownBy(() -> InputFiles.read(big, 1000)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("limit");
    }
}
