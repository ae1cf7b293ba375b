package io.headwater.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.QueryConfig;

import io.headwater.eval.NewsLikeText;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;

/**
 * {@code ingest} killed with SIGKILL at several moments leaves no half article (each article in the graph
 * has all its quotes and links, as a clean run writes them), and ingesting everything again converges on
 * the clean run's graph.
 */
class CrashSafetyIT {

    /** Enough for the last kill (inside the sixth article) to leave articles the run again still has to write. */
    private static final int ARTICLES = 8;

    /** What a graph holds: per article its links, quotes and quote links, and the totals. */
    record Snapshot(Map<String, List<Long>> articles, Map<String, Long> totals) {
    }

    @Test
    void killingIngestLeavesNoHalfArticleAndIngestingAgainConverges(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(in.resolve(String.format("%02d.txt", i)), new NewsLikeText(new Random(100 + i)).text(8_000));
        }
        Path clean = dir.resolve("clean");
        assertThat(CommandRun.of("ingest", "--db", clean.toString(), in.toString()).code()).isZero();
        Snapshot expected = snapshot(clean);
        assertThat(expected.articles()).hasSize(ARTICLES);

        Path crashed = dir.resolve("crashed");
        // Killed while starting, right after a commit, and in the middle of a later article.
        for (int[] moment : new int[][] {{0, 1500}, {1, 0}, {5, 150}}) {
            killAfter(crashed, in, moment[0], moment[1]);
            snapshot(crashed).articles().forEach((id, counts) ->
                    assertThat(counts).as("article %s after a kill", id).isEqualTo(expected.articles().get(id)));
        }

        assertThat(CommandRun.of("ingest", "--db", crashed.toString(), in.toString()).code()).isZero();
        assertThat(snapshot(crashed)).isEqualTo(expected);
    }

    /** Runs {@code ingest} in another JVM and kills it {@code delayMs} after it printed {@code lines} article lines. */
    private static void killAfter(Path db, Path in, int lines, int delayMs) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), "io.headwater.Headwater",
                "ingest", "--db", db.toString(), in.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (int seen = 0; seen < lines && out.readLine() != null; seen++) {
                // wait for the next article line
            }
            Thread.sleep(delayMs);
            p.destroyForcibly();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Per article: its outgoing links, its quotes and their links; reuse edges between articles left out (they depend on order). */
    private static Snapshot snapshot(Path db) {
        try (GraphConnection graph = GraphConnection.open(new GraphSettings(null, null, null, "neo4j", db, 0, -1))) {
            Map<String, List<Long>> articles = new HashMap<>();
            query(graph, """
                    MATCH (a:Article)
                    CALL (a) { OPTIONAL MATCH (a)-[r]->(x) WHERE NOT x:Article RETURN count(r) AS links }
                    CALL (a) { OPTIONAL MATCH (q:Quote {article: a.id}) OPTIONAL MATCH (q)-[r]-(x) WHERE NOT x:Quote
                               RETURN count(DISTINCT q) AS quotes, count(r) AS quoteLinks }
                    RETURN a.id AS id, links, quotes, quoteLinks""")
                    .forEach(r -> articles.put(r.get("id").asString(),
                            List.of(r.get("links").asLong(), r.get("quotes").asLong(), r.get("quoteLinks").asLong())));
            var t = query(graph, """
                    MATCH (n) WHERE NOT n:Article WITH count(n) AS others
                    OPTIONAL MATCH (x)-[r]->(y) WHERE NOT (x:Article AND y:Article)
                    RETURN others, count(r) AS links""").get(0);
            return new Snapshot(articles, Map.of("others", t.get("others").asLong(), "links", t.get("links").asLong()));
        }
    }

    private static List<org.neo4j.driver.Record> query(GraphConnection graph, String cypher) {
        return graph.driver().executableQuery(cypher)
                .withConfig(QueryConfig.builder().withDatabase(graph.database()).build()).execute().records();
    }
}
