package io.headwater;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.driver.QueryConfig;

import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;

/**
 * One real in-process Neo4j (over Bolt, on a free port) shared by every test in the JVM, because
 * starting one takes seconds. Tests that write call {@link #clear()} first.
 */
public final class TestGraph {

    private static Headwater headwater;
    private static Path dir;

    private TestGraph() {
    }

    /** The shared facade over the test database. */
    public static synchronized Headwater headwater() {
        if (headwater == null) {
            try {
                dir = Files.createTempDirectory("headwater-test-db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Neo4j Browser beside it (on a free port) for the browser tests; it costs nothing until a page asks for it.
            GraphSettings settings = new GraphSettings(null, null, null, "neo4j", dir, 0, 0);
            headwater = Headwater.over(GraphConnection.open(settings));
            Runtime.getRuntime().addShutdownHook(new Thread(TestGraph::shutdown));
        }
        return headwater;
    }

    /** Deletes every node and relationship (the schema stays), and empties the reuse index. */
    public static void clear() {
        query("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
        headwater().reuse().clear();
    }

    /**
     * The number of nodes and of relationships in the graph now, and then again after emptying it and running
     * {@code rebuild}: the two are equal when the graph holds exactly what {@code rebuild} writes (nothing of an
     * article that failed is left over).
     */
    public static long[][] countsNowAndRebuilt(Runnable rebuild) {
        long[] now = counts();
        clear();
        rebuild.run();
        return new long[][] {now, counts()};
    }

    private static long[] counts() {
        return new long[] {query("MATCH (n) RETURN count(n)").get(0).get(0).asLong(),
                query("MATCH ()-[r]->() RETURN count(r)").get(0).get(0).asLong()};
    }

    /** Empties the graph and loads the demo corpus into it; returns the id of its first article, Harbour Times's. */
    public static String loadDemo() {
        clear();
        String first = io.headwater.cli.DemoCorpus.load(headwater()).get(0).id();
        awaitSearch();
        return first;
    }

    /**
     * The options that point a command at this graph as at a server ({@code --uri}, {@code --user}, {@code --password}),
     * with its reuse index in {@code reuseIndex}: a command that opens an embedded database instead takes seconds.
     */
    public static java.util.List<String> serverOptions(Path reuseIndex) {
        Headwater hw = headwater();
        var login = hw.graph().embeddedCredentials();
        return java.util.List.of("--uri", "bolt://127.0.0.1:" + hw.graph().embeddedBolt().getPort(), "--user", login.user(),
                "--password", login.password(), "--reuse-index", reuseIndex.toString());
    }

    /** Waits until the eventually consistent full-text indexes have taken in every committed write. */
    public static void awaitSearch() {
        query("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()");
    }

    /** Runs a read or write query and returns its records. */
    public static java.util.List<org.neo4j.driver.Record> query(String cypher, Object... keysAndValues) {
        Headwater hw = headwater();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        if (cypher.contains("IN TRANSACTIONS")) {
            try (var session = hw.graph().driver().session(org.neo4j.driver.SessionConfig.forDatabase(hw.graph().database()))) {
                session.run(cypher, params).consume();
                return java.util.List.of();
            }
        }
        return hw.graph().driver().executableQuery(cypher).withParameters(params)
                .withConfig(QueryConfig.builder().withDatabase(hw.graph().database()).build()).execute().records();
    }

    private static synchronized void shutdown() {
        if (headwater != null) {
            headwater.close();
            headwater = null;
        }
        if (dir != null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
        }
    }
}
