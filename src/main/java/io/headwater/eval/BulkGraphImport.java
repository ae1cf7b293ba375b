package io.headwater.eval;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import io.headwater.Headwater;
import io.headwater.graph.CypherFile;
import io.headwater.graph.EmbeddedNeo4j;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;
import io.headwater.reuse.IndexedArticle;
import io.headwater.reuse.ReuseDetector;
import io.headwater.reuse.ReuseSettings;

/**
 * The rows {@link SyntheticGraph} generates, written as CSV files for Neo4j's own bulk import
 * ({@code neo4j-admin database import full}, run in process), so that a graph of a million articles is built in minutes
 * instead of hours through the write statements. The files give the graph exactly what
 * {@code cypher/eval/synthetic-graph.cypher} makes of the same rows: the same labels, relationship types, property keys
 * and value kinds (integers as Cypher integers, fractions as floats, lists of them as lists, {@code inferred} a
 * boolean), {@code origin 'synthetic'} on articles and entities, and one story-to-report link per pair where the
 * statement merges. {@code BulkGraphImportIT} holds the two graphs side by side.
 * <p>
 * The import writes a store, not a schema: the constraints and indexes of {@code cypher/schema.cypher} come when the
 * application first opens the database, as for any database it starts on.
 */
final class BulkGraphImport implements AutoCloseable {

    /** One column of a file: its header ({@code name:type} as the import tool reads it) and where its value comes from. */
    private record Column(String header, Function<Map<String, Object>, Object> value) {

        static Column of(String property, String type) {
            return new Column(type.isEmpty() ? property : property + ":" + type, row -> props(row).get(property));
        }
    }

    /** One CSV file: the flag and prefix it is imported with, its columns, and where its rows go. */
    private static final class Table implements AutoCloseable {
        final String argument;
        final Path file;
        final List<Column> columns;
        final BufferedWriter out;

        Table(Path dir, String name, String argument, List<Column> columns) {
            this.file = dir.resolve(name + ".csv");
            this.argument = argument + file;
            this.columns = columns;
            try {
                this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                out.write(String.join(",", columns.stream().map(Column::header).toList()));
                out.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        void add(Map<String, Object> row) {
            try {
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(field(columns.get(i).value().apply(row)));
                }
                out.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    private static final Column ORIGIN = new Column("origin", row -> "synthetic");
    private static final Column FROM = new Column("from", row -> row.get("from"));
    private static final Column TO = new Column("to", row -> row.get("to"));
    /** The evidence an article's link to an entity carries (see {@code SyntheticGraph.evidence}); absent keys stay empty. */
    private static final List<Column> EVIDENCE = List.of(Column.of("sentence", ""), Column.of("start", "long"),
            Column.of("end", "long"), Column.of("cue", ""), Column.of("confidence", "double"), Column.of("extractor", ""),
            Column.of("prov", ""));

    private static final String DATABASE = "neo4j";

    private final Path dir;
    private final List<Table> tables = new ArrayList<>();
    private final Table entities;
    private final Table articles;
    private final Table quotes;
    private final Table publishedBy;
    private final Table toEntity;
    private final Table entityToEntity;
    private final Table toArticle;
    private final Table quoted;
    private final Table attributedTo;
    private final Set<String> entityLinks = new HashSet<>();

    /**
     * Generates {@code n} articles with {@code seed} as {@link SyntheticGraph} does, into the passage index
     * {@code <dir>/reuse-index} and, through CSV files (deleted after), into the new store {@code <dir>/db}; returns
     * the articles' ids in stream order (their texts are in the graph). {@link #open(Path)} then opens the two.
     */
    static List<String> build(Path dir, int n, long seed, IntConsumer progress, Consumer<String> log) {
        List<String> written;
        long start = System.nanoTime();
        // The passage index only takes articles here (no detection runs against it), but its in-memory tier holds every
        // article added since the last refresh: refreshed every 10,000, a million articles fit the heap (unrefreshed,
        // the tier outgrew 8 GB before 800,000).
        try (ReuseDetector reuse = ReuseDetector.open(dir.resolve("reuse-index"), ReuseSettings.standard(), 10_000);
             BulkGraphImport files = new BulkGraphImport(dir.resolve("csv"))) {
            written = SyntheticGraph.generate(reuse, files::add, n, seed, progress, Set.of(), all -> {
            }, false).stream().map(IndexedArticle::id).toList();
            long generated = System.nanoTime();
            files.importInto(dir.resolve("db"), DATABASE);
            long imported = System.nanoTime();
            createSchema(dir.resolve("db"));
            log.accept(String.format(Locale.ROOT, "bench-graph: %,d articles generated and written to files and the passage index "
                    + "in %.0f s, bulk-imported in %.0f s, constraints and indexes built in %.0f s", n, (generated - start) / 1e9,
                    (imported - generated) / 1e9, (System.nanoTime() - imported) / 1e9));
        }
        WorkDirectories.delete(dir.resolve("csv"));
        return written;
    }

    /**
     * Creates {@code cypher/schema.cypher}'s constraints and indexes in the imported store and waits, as long as it takes,
     * until they are online. The application creates the same at start-up but waits a minute at most, which the full-text
     * index over a hundred thousand article texts outlasts on a loaded machine.
     */
    private static void createSchema(Path home) {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0);
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, db.password()));
             Session session = driver.session(SessionConfig.forDatabase(DATABASE))) {
            for (String statement : CypherFile.load("schema.cypher").statements()) {
                session.run(statement).consume();
            }
            session.run(CypherFile.load("eval/graph-benchmark.cypher").statement("await-indexes")).consume();
        }
    }

    /** The graph and passage index {@link #build} made under {@code dir}, opened as the application opens any (schema applied). */
    static Headwater open(Path dir) {
        return Headwater.over(GraphConnection.open(new GraphSettings(null, null, null, DATABASE, dir.resolve("db"), 0, -1)),
                dir.resolve("reuse-index"));
    }

    /** Files in {@code dir} (created if absent), empty but for their headers. */
    BulkGraphImport(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dir, e);
        }
        entities = table("entities", "--nodes=", List.of(new Column("key:ID(Entity)", row -> row.get("key")),
                new Column(":LABEL", row -> "Entity;" + row.get("label")), Column.of("name", ""), Column.of("type", ""),
                Column.of("agency", ""), Column.of("inferred", "boolean"), ORIGIN));
        articles = table("articles", "--nodes=Article=", List.of(Column.of("id", "ID(Article)"), Column.of("headline", ""),
                Column.of("outlet", ""), Column.of("published", ""), Column.of("text", ""), ORIGIN));
        quotes = table("quotes", "--nodes=Quote=", List.of(Column.of("key", "ID(Quote)"), Column.of("text", ""),
                Column.of("start", "long"), Column.of("end", "long"), Column.of("kind", ""), Column.of("article", "")));
        publishedBy = table("published-by", "--relationships=PUBLISHED_BY=", List.of(
                new Column(":START_ID(Article)", row -> props(row).get("id")), new Column(":END_ID(Entity)", row -> row.get("outlet")),
                new Column("prov", row -> "prov:wasAttributedTo")));
        toEntity = table("article-derived-from-entity", "--relationships=DERIVED_FROM=",
                links("Article", "Entity", EVIDENCE));
        entityToEntity = table("entity-derived-from-entity", "--relationships=DERIVED_FROM=",
                links("Entity", "Entity", List.of(Column.of("prov", ""), Column.of("cue", ""))));
        toArticle = table("article-derived-from-article", "--relationships=DERIVED_FROM=", links("Article", "Article", List.of(
                Column.of("class", ""), Column.of("direction", ""), Column.of("method", ""), Column.of("prov", ""),
                Column.of("score", "long"), Column.of("aStarts", "long[]"), Column.of("aEnds", "long[]"),
                Column.of("bStarts", "long[]"), Column.of("bEnds", "long[]"), Column.of("quoted", "double[]"),
                Column.of("sharedA", "double"), Column.of("sharedB", "double"))));
        quoted = table("quotes-of-articles", "--relationships=QUOTES=", List.of(
                new Column(":START_ID(Article)", row -> row.get("article")), new Column(":END_ID(Quote)", row -> props(row).get("key")),
                new Column("cue", row -> "said"), new Column("sentence", row -> row.get("sentence")),
                new Column("confidence:double", row -> 0.9)));
        attributedTo = table("quotes-attributed-to", "--relationships=ATTRIBUTED_TO=", List.of(
                new Column(":START_ID(Quote)", row -> props(row).get("key")), new Column(":END_ID(Entity)", row -> row.get("source")),
                new Column("prov", row -> "prov:wasAttributedTo")));
    }

    private Table table(String name, String argument, List<Column> columns) {
        Table t = new Table(dir, name, argument, columns);
        tables.add(t);
        return t;
    }

    private static List<Column> links(String fromGroup, String toGroup, List<Column> properties) {
        List<Column> out = new ArrayList<>(List.of(new Column(":START_ID(" + fromGroup + ")", FROM.value()),
                new Column(":END_ID(" + toGroup + ")", TO.value())));
        out.addAll(properties);
        return out;
    }

    /** Adds one batch of {@link SyntheticGraph}'s rows to the files. */
    void add(SyntheticGraph.Batch batch) {
        batch.entities().forEach(entities::add);
        for (Map<String, Object> a : batch.articles()) {
            articles.add(a);
            publishedBy.add(a);
        }
        batch.toEntity().forEach(toEntity::add);
        for (Map<String, Object> l : batch.entityToEntity()) {
            // The statement MERGEs these (one link per story and report); the same properties every time.
            if (entityLinks.add(l.get("from") + "\u0000" + l.get("to"))) {
                entityToEntity.add(l);
            }
        }
        batch.toArticle().forEach(toArticle::add);
        for (Map<String, Object> q : batch.quotes()) {
            quotes.add(q);
            quoted.add(q);
            attributedTo.add(q);
        }
    }

    /**
     * Closes the files and imports them as the database {@code database} of a new Neo4j home {@code home} (the
     * directory {@link io.headwater.graph.EmbeddedNeo4j#start} then opens); {@code home} must hold no database yet.
     *
     * @throws IllegalStateException with the import tool's output when it fails
     */
    void importInto(Path home, String database) {
        close();
        List<String> args = new ArrayList<>(List.of("database", "import", "full"));
        tables.forEach(t -> args.add(t.argument));
        // Article texts run over several lines; the only lists are numbers, so ';' never splits a text.
        args.addAll(List.of("--multiline-fields=true", "--array-delimiter=;", "--id-type=string", "--bad-tolerance=0",
                "--max-off-heap-memory=2G", "--report-file=" + dir.resolve("import.report"), database));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
             DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            Path abs = home.toAbsolutePath().normalize();
            // neo4j-admin itself, in process: the import tool is on the runtime classpath as a dependency of the embedded Neo4j.
            int exit = AdminTool.execute(new ExecutionContext(abs, abs.resolve("conf"), out, out, fs), args.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException("the bulk import into " + abs + " failed (exit " + exit + "):\n"
                        + log.toString(StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public void close() {
        tables.forEach(Table::close);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        Object p = row.get("properties");
        return p instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** One CSV field: strings quoted (quotes doubled), lists joined by the array delimiter, absent values empty. */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object o : list) {
                b.append(b.isEmpty() ? "" : ";").append(o);
            }
            return b.toString();
        }
        if (value instanceof String s) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return value.toString();
    }
}
