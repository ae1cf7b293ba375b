package io.headwater.eval;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.context.ConfigurableApplicationContext;

import io.headwater.Headwater;
import io.headwater.api.ServerApplication;
import io.headwater.graph.CypherFile;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;
import io.headwater.reuse.IndexedArticle;
import io.headwater.trace.ExpansionBudget;

/**
 * How the read lookups behave as the graph grows: one synthetic provenance graph ({@link SyntheticGraph}: outlets,
 * agencies with very many articles, reports, stories, quotes and their speakers, copies derived from agency articles)
 * is built up in a fresh embedded database and measured each time it reaches one of the sizes asked for. At each size
 * it times, after one untimed round, the facade's provenance of an article (what {@code GET /api/articles/{id}/provenance}
 * returns), the articles derived from a report (whole, and a page of 20), pages of what derives from the most derived-from
 * source and of what the busiest publisher published (the supernodes), an entity search by name, a claim search; beside
 * the first two the same statements run raw through the driver (the records fetched, nothing built from them): what
 * the application adds; and four of them over REST. With bulk import ({@link BulkGraphImport}) each size is a store of
 * its own, built in minutes where the write statements take hours.
 */
public final class GraphBenchmark {

    private static final CypherFile CHOOSE = CypherFile.load("eval/graph-benchmark.cypher");
    private static final CypherFile LOOKUPS = CypherFile.load("lookups.cypher");
    /** The statements {@code ProvenanceTracer.provenance} runs for every article, in its order. */
    private static final List<String> PROVENANCE_STATEMENTS = List.of(LOOKUPS.statement("article"),
            LOOKUPS.statement("chains-of-articles"),
            CypherFile.load("queries/03-article-quotes.cypher").single(),
            CypherFile.load("queries/04-article-credits.cypher").single(),
            CypherFile.load("queries/09-shared-passages-between-outlets.cypher").single(),
            CypherFile.load("queries/10-quote-variants.cypher").single(),
            CypherFile.load("queries/12-other-publications-of-the-text.cypher").single());
    private static final String DERIVED = CypherFile.load("queries/02-articles-derived-from-source.cypher").single();

    /**
     * One lookup's latencies at one size.
     *
     * @param lookup  what was looked up
     * @param how     "Headwater" (the facade's call, as REST runs it), "REST" (over HTTP, JSON included) "raw Cypher" (the same statements, driver only, each in a transaction of its own)
     *                "raw Cypher, one transaction" (the same, all in one read transaction) or "raw Cypher, pipelined" (the
     *                same, all sent at once in one transaction of the async API) or "in the database, no Bolt" (the same
     *                in one transaction of the embedded database's own API)
     * @param timed   lookups timed
     * @param rows    mean results per lookup (chains, articles, entities, carriers), for the Headwater rows
     */
    public record Latency(int articles, long nodes, long links, String lookup, String how, int timed, double p50,
                          double p99, double max, double rows) {
    }

    private final int samples;
    private final int rounds;
    private final long seed;
    private boolean profile;
    private boolean keep;
    private Consumer<String> profileOut = line -> { };

    /** A benchmark timing {@code samples} lookups of each kind {@code rounds} times at each size. */
    public GraphBenchmark(int samples, int rounds, long seed) {
        this.samples = samples;
        this.rounds = rounds;
        this.seed = seed;
    }

    /** The same, keeping each graph {@code --bulk} builds (its directory is told on the progress) instead of deleting it. */
    public GraphBenchmark keeping() {
        this.keep = true;
        return this;
    }

    /** The same, also handing {@code out} the PROFILE of each lookup's statements at each size (Markdown). */
    public GraphBenchmark profiled(Consumer<String> out) {
        this.profile = true;
        this.profileOut = out;
        return this;
    }

    /**
     * Builds the graph under {@code work} up to the largest of {@code sizes}, measuring at each; deletes it after. With
     * {@code bulk}, each size is a graph of its own, built by Neo4j's bulk import ({@link BulkGraphImport}) from the same
     * rows the write statements take; without, one graph grows through the write statements.
     */
    public List<Latency> run(Path work, Set<Integer> sizes, boolean bulk, Consumer<String> progress) {
        return bulk ? runBulk(work, new TreeSet<>(sizes), progress) : run(work, sizes, progress);
    }

    /** Builds the graph under {@code work} through the write statements up to the largest of {@code sizes}, measuring at each. */
    public List<Latency> run(Path work, Set<Integer> sizes, Consumer<String> progress) {
        TreeSet<Integer> ordered = new TreeSet<>(sizes);
        Path dir = ClaimBenchmark.fresh(work, "bench-graph");
        List<Latency> out = new ArrayList<>();
        try (Headwater hw = Headwater.over(GraphConnection.open(new GraphSettings(null, null, null, "neo4j", dir.resolve("db"), 0, -1)),
                dir.resolve("reuse-index"))) {
            long start = System.nanoTime();
            SyntheticGraph.build(hw, ordered.last(), seed, done -> progress.accept(String.format(Locale.ROOT,
                    "bench-graph: %,d articles written (%.0f s)", done, (System.nanoTime() - start) / 1e9)), ordered,
                    written -> out.addAll(measure(hw, written.stream().map(IndexedArticle::id).toList(), textsOf(written), String.format(Locale.ROOT, "bench-graph: %,d articles built in %.0f s",
                            written.size(), (System.nanoTime() - start) / 1e9), progress)));
        } finally {
            WorkDirectories.delete(dir);
        }
        return out;
    }

    private List<Latency> runBulk(Path work, TreeSet<Integer> sizes, Consumer<String> progress) {
        List<Latency> out = new ArrayList<>();
        for (int n : sizes) {
            Path dir = ClaimBenchmark.fresh(work, "bench-graph-bulk");
            boolean kept = false;
            try {
                long start = System.nanoTime();
                List<String> written = BulkGraphImport.build(dir, n, seed, done -> progress.accept(String.format(Locale.ROOT,
                        "bench-graph: %,d articles generated (%.0f s)", done, (System.nanoTime() - start) / 1e9)), progress);
                long imported = System.nanoTime();
                try (Headwater hw = BulkGraphImport.open(dir)) {
                    out.addAll(measure(hw, written, textsInGraph(hw),
                            String.format(Locale.ROOT, "bench-graph: %,d articles built and opened in %.0f s (opening: %.0f s)", n,
                                    (System.nanoTime() - start) / 1e9, (System.nanoTime() - imported) / 1e9), progress));
                }
                if (keep) {
                    kept = true;
                    progress.accept("bench-graph: the graph of " + String.format(Locale.ROOT, "%,d", n)
                            + " articles is kept in " + dir + " (measure it again with --store " + dir + ")");
                }
            } finally {
                if (!kept) {
                    WorkDirectories.delete(dir);
                }
            }
        }
        return out;
    }

    /**
     * Measures a graph an earlier {@code --bulk --keep} run left in {@code dir} ({@code db} and {@code reuse-index}),
     * choosing its articles from the graph itself (their ids, in id order, drawn with the seed); leaves it in place.
     */
    public List<Latency> runStored(Path dir, Consumer<String> progress) {
        if (!java.nio.file.Files.isDirectory(dir.resolve("db")) || !java.nio.file.Files.isDirectory(dir.resolve("reuse-index"))) {
            throw new IllegalArgumentException(dir + " holds no graph kept by bench-graph --bulk --keep (no db/ and reuse-index/ in it)");
        }
        long start = System.nanoTime();
        try (Headwater hw = BulkGraphImport.open(dir)) {
            QueryConfig reads = GraphConnection.reads(hw.graph().database());
            List<String> ids = hw.graph().driver().executableQuery(CHOOSE.statement("article-ids")).withConfig(reads).execute()
                    .records().stream().map(r -> r.get("id").asString()).toList();
            return measure(hw, ids, textsInGraph(hw), String.format(Locale.ROOT, "bench-graph: %,d articles opened in %s in %.0f s", ids.size(), dir,
                    (System.nanoTime() - start) / 1e9), progress);
        }
    }

    /** Measures the graph as built so far, saying so (with {@code built}, how it was built) and then the table on {@code progress}. */
    private List<Latency> measure(Headwater hw, List<String> ids, Function<String, String> textOf, String built,
                                  Consumer<String> progress) {
        progress.accept(built + "; measuring ...");
        List<Latency> at = measure(hw, ids, textOf);
        progress.accept(table(at));
        return at;
    }

    /** An article's text, read from the graph by its id. */
    private static Function<String, String> textsInGraph(Headwater hw) {
        QueryConfig reads = GraphConnection.reads(hw.graph().database());
        return id -> hw.graph().driver().executableQuery(CHOOSE.statement("article-text")).withParameters(Map.of("id", id))
                .withConfig(reads).execute().records().get(0).get("text").asString();
    }

    private static Function<String, String> textsOf(List<IndexedArticle> written) {
        Map<String, String> texts = new HashMap<>();
        written.forEach(a -> texts.put(a.id(), a.text()));
        return texts::get;
    }

    private List<Latency> measure(Headwater hw, List<String> ids, Function<String, String> textOf) {
        QueryConfig reads = GraphConnection.reads(hw.graph().database());
        Function<String, List<Record>> choose = name -> hw.graph().driver().executableQuery(CHOOSE.statement(name))
                .withParameters(Map.of("limit", 20 * samples)).withConfig(reads).execute().records();
        Record size = hw.graph().driver().executableQuery(CHOOSE.statement("graph-size")).withConfig(reads).execute().records().get(0);
        long nodes = size.get("nodes").asLong();
        long links = size.get("links").asLong();
        Random rnd = new Random(seed);
        List<String> articles = pick(ids, rnd);
        List<String> reports = pick(choose.apply("reports").stream().map(r -> r.get("key").asString()).toList(), rnd);
        List<String> people = pick(choose.apply("people").stream().map(r -> r.get("name").asString()).toList(), rnd);
        List<String> claims = new ArrayList<>();
        while (claims.size() < samples) {
            List<String> s = ClaimBenchmark.sentences(textOf.apply(ids.get(rnd.nextInt(ids.size()))), hw.claims().minWords());
            if (!s.isEmpty()) {
                claims.add(s.get(rnd.nextInt(s.size())));
            }
        }
        String busiest = choose.apply("busiest-publisher").get(0).get("key").asString();
        int n = ids.size();
        List<Latency> out = new ArrayList<>();
        try (ConfigurableApplicationContext server = ServerApplication.start(hw, 0)) {
            Function<String, Integer> rest = restClient("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port"));
            out.addAll(time(n, nodes, links, "provenance of an article", articles, Map.of(
                    "Headwater", id -> hw.tracer().provenance(id).map(p -> p.chains().size()).orElse(0),
                    "raw Cypher", id -> {
                        int rows = 0;
                        for (String statement : PROVENANCE_STATEMENTS) {
                            rows += raw(hw, statement, provenanceParameters(id));
                        }
                        return rows;
                    },
                    "raw Cypher, one transaction", id -> rawInOneTransaction(hw, PROVENANCE_STATEMENTS, provenanceParameters(id)),
                    "raw Cypher, pipelined", id -> rawPipelined(hw, PROVENANCE_STATEMENTS, provenanceParameters(id)),
                    "in the database, no Bolt", id -> inTheDatabase(hw, PROVENANCE_STATEMENTS, provenanceParameters(id)),
                    "REST", id -> rest.apply("/api/articles/" + encode(id) + "/provenance"))));
            out.addAll(time(n, nodes, links, "articles derived from a report", reports, Map.of(
                    "Headwater", key -> hw.tracer().derivedFrom(key).size(),
                    "raw Cypher", key -> raw(hw, DERIVED, Map.of("sourceKey", key)))));
            out.addAll(time(n, nodes, links, "page of 20 articles derived from a report", reports, Map.of(
                    "Headwater", key -> hw.tracer().derivedFrom(key, 0, 20).size(),
                    "REST", key -> rest.apply("/api/sources/" + encode(key) + "/derived?page=0&size=20"))));
            Record hub = choose.apply("most-derived-from").get(0);
            String source = hub.get("key").asString();
            String sourceName = String.format(Locale.ROOT, "%s, %,d direct links in", source, hub.get("direct").asLong());
            out.add(time(n, nodes, links, "page of 20 articles derived from the most derived-from source (" + sourceName + ")",
                    "Headwater", List.of(source), key -> hw.tracer().derivedFrom(key, 0, 20).size()));
            out.add(time(n, nodes, links, "its 50th page of 20", "Headwater", List.of(source),
                    key -> hw.tracer().derivedFrom(key, 49, 20).size()));
            long published = hw.lookups().publishedBy(busiest, 0, 1).total();
            String busiestName = String.format(Locale.ROOT, "%s, %,d published", busiest, published);
            out.add(time(n, nodes, links, "page of 20 articles published by the busiest publisher (" + busiestName + ")", "Headwater",
                    List.of(busiest), key -> hw.lookups().publishedBy(key, 0, 20).items().size()));
            out.add(time(n, nodes, links, "its 50th page of 20", "Headwater", List.of(busiest),
                    key -> hw.lookups().publishedBy(key, 49, 20).items().size()));
            out.addAll(time(n, nodes, links, "entity search by a speaker's name", people, Map.of(
                    "Headwater", name -> hw.lookups().entitiesNamed(name, null, 0, 20).items().size(),
                    "REST", name -> rest.apply("/api/entities?name=" + encode(name)))));
            out.addAll(time(n, nodes, links, "claim search (a sentence of the corpus)", claims, Map.of(
                    "Headwater", claim -> (int) hw.claims().find(claim, 0, 20).totalElements(),
                    "REST", claim -> rest.apply("/api/claims?text=" + encode(claim)))));
            if (profile) {
                profiles(hw, n, articles.get(0), reports.get(0), source, busiest, people.get(0));
            }
        }
        return out;
    }

    /**
     * GET through the REST server at {@code base} (started over the measured graph on a free port), one HTTP client with
     * keep-alive: what a caller of the API waits, JSON included. Its Results/lookup stays 0 (bodies are not parsed).
     */
    private static Function<String, Integer> restClient(String base) {
        HttpClient http = HttpClient.newHttpClient();
        return path -> {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
                }
                return 0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** PROFILE of each lookup's statements for one input, as the application runs them: where the rows and db hits go. */
    private void profiles(Headwater hw, int n, String article, String report, String source, String publisher, String person) {
        QueryConfig reads = GraphConnection.reads(hw.graph().database());
        Driver driver = hw.graph().driver();
        List<String> names = List.of("article", "chains-of-articles", "03-article-quotes", "04-article-credits",
                "09-shared-passages-between-outlets", "10-quote-variants", "12-other-publications-of-the-text");
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n### PROFILE at %,d articles%n", n));
        for (int i = 0; i < PROVENANCE_STATEMENTS.size(); i++) {
            b.append(QueryProfile.of(driver, reads, "provenance of " + article + ": " + names.get(i), PROVENANCE_STATEMENTS.get(i),
                    Map.of("id", article, "articleId", article, "articleIds", List.of(article))));
        }
        long articles = hw.lookups().articleCount();
        for (String key : List.of(report, source)) {
            long atMost = ExpansionBudget.STANDARD.units(20, articles);
            b.append(QueryProfile.of(driver, reads, "derived-from " + key + ": derived-paths-at-most (" + atMost + ")",
                    LOOKUPS.statement("derived-paths-at-most"), Map.of("sourceKey", key, "atMost", atMost)));
            for (String statement : List.of("derived-page", "derived-page-by-date")) {
                b.append(QueryProfile.of(driver, reads, "derived-from " + key + ": " + statement + ", first page of 20",
                        LOOKUPS.statement(statement), Map.of("sourceKey", key, "skip", 0, "limit", 20)));
            }
        }
        for (String statement : List.of("published-by", "published-by-date")) {
            b.append(QueryProfile.of(driver, reads, "published by " + publisher + ": " + statement + ", first page of 20",
                    LOOKUPS.statement(statement), Map.of("key", publisher, "skip", 0, "limit", 20)));
        }
        Map<String, Object> search = new HashMap<>(Map.of("query", "\"" + person + "\"", "skip", 0, "limit", 20));
        search.put("label", null);
        b.append(QueryProfile.of(driver, reads, "entity search for " + person + ": entities-by-name", LOOKUPS.statement("entities-by-name"),
                search));
        profileOut.accept(b.toString());
    }

    private static Map<String, Object> provenanceParameters(String id) {
        return Map.of("id", id, "articleId", id, "articleIds", List.of(id));
    }

    /**
     * The records of {@code statements} in one managed read transaction: beside {@link #raw} a statement at a time, what
     * a transaction of its own costs each statement.
     */
    private static int rawInOneTransaction(Headwater hw, List<String> statements, Map<String, Object> params) {
        Driver driver = hw.graph().driver();
        try (Session session = driver.session(GraphConnection.sessions(driver, hw.graph().database()))) {
            return session.executeRead(tx -> {
                int rows = 0;
                for (String statement : statements) {
                    rows += tx.run(statement, params).list().size();
                }
                return rows;
            });
        }
    }

    /**
     * The same in one managed read transaction of the async API, every statement sent before the first one's records
     * are back (Bolt pipelining): one round trip for all, what the facade's provenance does with its first seven.
     */
    private static int rawPipelined(Headwater hw, List<String> statements, Map<String, Object> params) {
        Driver driver = hw.graph().driver();
        org.neo4j.driver.async.AsyncSession session = driver.session(org.neo4j.driver.async.AsyncSession.class,
                GraphConnection.sessions(driver, hw.graph().database()));
        try {
            return session.executeReadAsync(tx -> {
                List<java.util.concurrent.CompletableFuture<Integer>> sent = new ArrayList<>();
                for (String statement : statements) {
                    sent.add(tx.runAsync(statement, params).thenCompose(org.neo4j.driver.async.ResultCursor::listAsync)
                            .thenApply(List::size).toCompletableFuture());
                }
                return java.util.concurrent.CompletableFuture.allOf(sent.toArray(java.util.concurrent.CompletableFuture[]::new))
                        .thenApply(done -> sent.stream().mapToInt(java.util.concurrent.CompletableFuture::join).sum());
            }).toCompletableFuture().join();
        } finally {
            session.closeAsync().toCompletableFuture().join();
        }
    }

    /**
     * The same statements in one read transaction of the embedded database's own API, no driver and no Bolt, every
     * row read to its end: the database's share of a provenance (planning from its cache, execution, values built).
     */
    private static int inTheDatabase(Headwater hw, List<String> statements, Map<String, Object> params) {
        org.neo4j.graphdb.GraphDatabaseService db = hw.graph().embeddedDatabase();
        if (db == null) {
            throw new IllegalStateException("bench-graph measures the embedded database only");
        }
        try (org.neo4j.graphdb.Transaction tx = db.beginTx()) {
            int rows = 0;
            for (String statement : statements) {
                try (org.neo4j.graphdb.Result r = tx.execute(statement, params)) {
                    while (r.hasNext()) {
                        r.next();
                        rows++;
                    }
                }
            }
            tx.commit();
            return rows;
        }
    }

    private static int raw(Headwater hw, String statement, Map<String, Object> params) {
        return hw.graph().driver().executableQuery(statement).withParameters(params)
                .withConfig(GraphConnection.reads(hw.graph().database())).execute().records().size();
    }

    private List<String> pick(List<String> from, Random rnd) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < samples && !from.isEmpty(); i++) {
            out.add(from.get(rnd.nextInt(from.size())));
        }
        return out;
    }

    private Latency time(int articles, long nodes, long links, String lookup, String how, List<String> inputs,
                         Function<String, Integer> call) {
        return time(articles, nodes, links, lookup, inputs, Map.of(how, call)).get(0);
    }

    /**
     * Times each of {@code calls} (by how it runs the lookup) on every input, the calls interleaved input by input, so
     * that a change of the machine's load during the run weighs on each alike and their ratios stay fair.
     */
    private List<Latency> time(int articles, long nodes, long links, String lookup, List<String> inputs,
                               Map<String, Function<String, Integer>> calls) {
        List<String> hows = calls.keySet().stream().sorted(java.util.Comparator.comparing(GraphBenchmark::rank)).toList();
        for (String how : hows) {
            inputs.forEach(calls.get(how)::apply);
        }
        double[][] ms = new double[hows.size()][inputs.size() * rounds];
        long[] rows = new long[hows.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String in : inputs) {
                for (int h = 0; h < hows.size(); h++) {
                    long t0 = System.nanoTime();
                    rows[h] += calls.get(hows.get(h)).apply(in);
                    ms[h][k] = (System.nanoTime() - t0) / 1e6;
                }
                k++;
            }
        }
        List<Latency> out = new ArrayList<>();
        for (int h = 0; h < hows.size(); h++) {
            double[] sorted = ms[h];
            Arrays.sort(sorted);
            out.add(new Latency(articles, nodes, links, lookup, hows.get(h), sorted.length, pct(sorted, 0.50), pct(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1], sorted.length == 0 ? 0 : (double) rows[h] / sorted.length));
        }
        return out;
    }

    /** The table's order of the ways a lookup runs: the application's call, its raw statements (alone, together), then REST. */
    private static int rank(String how) {
        return List.of("Headwater", "raw Cypher", "raw Cypher, one transaction", "raw Cypher, pipelined", "in the database, no Bolt", "REST")
                .indexOf(how);
    }

    private static double pct(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** The latencies as a Markdown table. */
    public static String table(List<Latency> rows) {
        StringBuilder b = new StringBuilder("| Articles | Nodes | Relationships | Lookup | Run by | Timed | p50 (ms) | p99 (ms) | Max (ms) | Results/lookup |\n"
                + "|---:|---:|---:|---|---|---:|---:|---:|---:|---:|\n");
        for (Latency l : rows) {
            b.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %s | %s | %,d | %.2f | %.2f | %.2f | %.1f |%n", l.articles(),
                    l.nodes(), l.links(), l.lookup(), l.how(), l.timed(), l.p50(), l.p99(), l.max(), l.rows()));
        }
        return b.toString();
    }
}
