package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @Test
    void readsJsonLinesWithPathsRelativeToTheManifest(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("corpus.jsonl"), """
                {"path": "pages/a.txt", "outlet": "Harbour Times", "url": "https://harbour.example/a", "published": "2024-03-14", "section": "world"}

                {"url": "https://coastal.example/b", "outlet": "Coastal Ledger"}
                """);
        Manifest m = Manifest.read(file);
        assertThat(m.entries()).hasSize(2);
        assertThat(m.entries().get(0).location()).isEqualTo(dir.resolve("pages/a.txt").toAbsolutePath().toString());
        assertThat(m.entries().get(0).metadata()).isEqualTo(new ArticleMetadata("Harbour Times", "https://harbour.example/a", "2024-03-14"));
        assertThat(m.entries().get(1).location()).isEqualTo("https://coastal.example/b");
        assertThat(m.entries().get(1).line()).isEqualTo(3);
    }

    @Test
    void readsCsvWithQuotedFields(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("corpus.csv"), """
                path,outlet,published
                a.txt,"Harbour Times, Lisbon edition",14 March 2024
                "b, final.txt",Coastal Ledger,
                """);
        Manifest m = Manifest.read(file);
        assertThat(m.entries()).extracting(e -> e.metadata().outlet()).containsExactly("Harbour Times, Lisbon edition", "Coastal Ledger");
        assertThat(m.entries().get(0).metadata().published()).isEqualTo("2024-03-14");
        assertThat(m.entries().get(1).location()).endsWith("b, final.txt");
    }

    @Test
    void aBadLineStopsTheRunWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path dates = Files.writeString(dir.resolve("m.jsonl"), "{\"path\": \"a.txt\"}\n{\"path\": \"b.txt\", \"published\": \"soon\"}\n");
        assertThatThrownBy(() -> Manifest.read(dates)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("soon");
        Path nothing = Files.writeString(dir.resolve("n.csv"), "outlet,published\nHarbour Times,2024-03-14\n");
        assertThatThrownBy(() -> Manifest.read(nothing)).hasMessageContaining("'path' or 'url'");
        Path json = Files.writeString(dir.resolve("j.jsonl"), "{\"path\": \"a.txt\"\n");
        assertThatThrownBy(() -> Manifest.read(json)).hasMessageContaining("line 1");
    }
}
