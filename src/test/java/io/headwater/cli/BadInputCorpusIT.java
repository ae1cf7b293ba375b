package io.headwater.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.QueryConfig;

import io.headwater.eval.InputShape;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input}, and the large files made here) through
 * {@code ingest}, as a user would send it: each refused file gets one clear error line and leaves no trace in
 * the graph, each odd but readable one is ingested within the article budget, and ingesting it all again
 * changes nothing.
 */
class BadInputCorpusIT {

    /** Refused files and a phrase of the one error each must get. */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();
    /** Odd files that are still articles. */
    private static final List<String> ACCEPTED = List.of("no-spaces.txt", "no-spaces-punctuated.txt", "one-endless-sentence.txt",
            "huge-name.txt", "huge-address.html", "deep-nesting.html");

    static {
        REFUSED.put("empty.txt", "is empty");
        REFUSED.put("blank.txt", "is empty");
        REFUSED.put("binary.txt", "binary data");
        REFUSED.put("utf16-without-bom.txt", "binary data");
        REFUSED.put("unknown-encoding.txt", "not readable text in a known encoding");
        REFUSED.put("pdf-named-html.html", "a PDF document");
        REFUSED.put("png-named-text.txt", "binary data");
        REFUSED.put("empty-page.html", "has no article text");
        REFUSED.put("broken.warc", "could not be read: expected");
        REFUSED.put("not-a-warc.warc", "is not a readable WARC file");
        REFUSED.put("truncated.html.gz", "could not be read");
        REFUSED.put("bomb.html.gz", "larger than the 10.0 MB limit");
    }

    @Test
    void everyBadFileGetsOneClearErrorTheOddOnesAreIngestedAndAgainChangesNothing(@TempDir Path dir) throws IOException {
        Path in = corpus(dir.resolve("in"));
        String db = dir.resolve("db").toString();

        CommandRun first = CommandRun.of("ingest", "--db", db, "--article-budget", "60", in.toString());

        Map<String, List<String>> byFile = linesByFile(first.lines());
        assertThat(byFile.keySet()).containsExactlyInAnyOrderElementsOf(expectedFiles());
        REFUSED.forEach((file, reason) -> assertThat(byFile.get(file)).as(file).singleElement().asString()
                .startsWith("ERROR\t").contains(reason));
        for (String file : ACCEPTED) {
            assertThat(byFile.get(file)).as(file).singleElement().asString().startsWith("a-");
        }
        assertThat(first.err()).contains("ingested " + ACCEPTED.size() + " new, 0 already in the graph, " + REFUSED.size() + " failed");
        Map<String, Long> graph = counts(db);
        assertThat(graph.get("articles")).isEqualTo(ACCEPTED.size());
        assertThat(graph.get("longestName")).isLessThanOrEqualTo(300);
        assertThat(graph.get("articlesWithAddress")).isZero();

        CommandRun again = CommandRun.of("ingest", "--db", db, "--article-budget", "60", in.toString());

        assertThat(again.err()).contains("ingested 0 new, " + ACCEPTED.size() + " already in the graph, " + REFUSED.size() + " failed");
        assertThat(counts(db)).isEqualTo(graph);
    }

    private static List<String> expectedFiles() {
        List<String> all = new ArrayList<>(REFUSED.keySet());
        all.addAll(ACCEPTED);
        return all;
    }

    /** The output lines of each input file, by its name: a file read twice (through the link loop) would show twice. */
    private static Map<String, List<String>> linesByFile(List<String> lines) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String line : lines) {
            // A WARC record's origin is the file, "#", its number and its address.
            String path = line.split("\t")[1].replaceFirst("#.*", "");
            byFile.computeIfAbsent(Path.of(path).getFileName().toString(), k -> new ArrayList<>()).add(line);
        }
        return byFile;
    }

    /** The static corpus copied, the large files written, and a link back to the folder itself. */
    private static Path corpus(Path in) throws IOException {
        Files.createDirectories(in);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad-input"))) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        // Twenty megabytes of zeros in about twenty kilobytes.
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.html.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
        }
        Files.writeString(in.resolve("no-spaces.txt"), InputShape.NO_SPACES.text(300_000, 1));
        Files.writeString(in.resolve("no-spaces-punctuated.txt"), InputShape.NO_SPACES_PUNCTUATED.text(300_000, 2));
        Files.writeString(in.resolve("one-endless-sentence.txt"), InputShape.NO_FULL_STOPS.text(300_000, 3));
        Files.writeString(in.resolve("deep-nesting.html"), "<!doctype html><html><body>" + "<div>".repeat(100_000)
                + "<p>The ferry board met on Monday, its chairwoman said.</p></body></html>");
        String name = "Q" + "uarrelsome".repeat(900);
        Files.writeString(in.resolve("huge-name.txt"), "Dock strike ends\n\n" + name + " said the dock strike was over.\n\n"
                + String.join(" ", java.util.Collections.nCopies(40, "Harbourmaster" + "x".repeat(80))) + " told reporters it was.\n");
        String address = "https://example.org/" + "harbour/".repeat(1200);
        Files.writeString(in.resolve("huge-address.html"), "<!doctype html><html><head><title>Ferry fares rise</title>"
                + "<link rel=\"canonical\" href=\"" + address + "\"></head><body><article><h1>Ferry fares rise</h1>"
                + "<p>Ferry fares will rise by a tenth in May, the harbour board said on Monday.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(in.resolve("loop"), Path.of("."));
        return in;
    }

    private static Map<String, Long> counts(String db) {
        try (GraphConnection graph = GraphConnection.open(new GraphSettings(null, null, null, "neo4j", Path.of(db), 0, -1))) {
            var records = graph.driver().executableQuery("""
                    MATCH (n) WITH count(n) AS nodes
                    OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS relationships
                    OPTIONAL MATCH (a:Article) WITH nodes, relationships, count(a) AS articles, count(a.url) AS articlesWithAddress
                    OPTIONAL MATCH (e:Entity)
                    RETURN nodes, relationships, articles, articlesWithAddress, coalesce(max(size(e.name)), 0) AS longestName""")
                    .withConfig(QueryConfig.builder().withDatabase(graph.database()).build()).execute().records();
            Map<String, Long> out = new LinkedHashMap<>();
            records.get(0).keys().forEach(k -> out.put(k, records.get(0).get(k).asLong()));
            return out;
        }
    }
}
