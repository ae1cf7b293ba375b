package io.headwater.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import io.headwater.graph.CypherFile;

/**
 * Lookups by key, name, label and text, with the statements of {@code cypher/lookups.cypher}.
 * Full-text queries use Lucene syntax; characters that would make a query invalid are escaped.
 */
public final class GraphLookups {

    private static final Pattern OPERATOR = Pattern.compile("\\b(?:AND|OR|NOT|TO)\\b");

    private final ReadStatements reads;
    private final CypherFile lookups = CypherFile.load("lookups.cypher");
    private final ExpansionBudget budget;

    public GraphLookups(Driver driver, String database) {
        this(driver, database, ExpansionBudget.STANDARD);
    }

    /** Lookups that sort at most {@code budget}'s articles of an outlet before paging by date (tests: 0, always by date). */
    GraphLookups(Driver driver, String database, ExpansionBudget budget) {
        this.reads = new ReadStatements(driver, database);
        this.budget = budget;
    }

    /**
     * Lookups whose statements run in {@code inProcess}'s own transactions when it is given (the embedded database:
     * see {@link ReadStatements}), else through the driver.
     */
    public GraphLookups(Driver driver, String database, org.neo4j.graphdb.@Nullable GraphDatabaseService inProcess) {
        this.reads = new ReadStatements(driver, database, inProcess);
        this.budget = ExpansionBudget.STANDARD;
    }

    /**
     * A page of results.
     *
     * @param items the items
     * @param page  page number from 0
     * @param size  page size
     * @param total number of items on all pages, or -1 when not counted (full-text results)
     */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /**
     * What an outlet or agency published: an article, or an agency's story (often inferred from the articles that
     * say they took from it).
     *
     * @param kind      article or story
     * @param id        the article's id or the story's key
     * @param title     headline or story name
     * @param published ISO-8601 date
     * @param inferred  true for a story nobody has ingested
     */
    public record Published(String kind, String id, String title, @Nullable String published, boolean inferred) {
    }

    /** One full-text hit. */
    public record SearchHit(String kind, String id, String title, String snippet, double score) {
    }

    /** Entities, optionally only those with {@code label}. */
    public Page<EntitySummary> entities(String label, int page, int size) {
        Map<String, Object> p = paging(page, size);
        p.put("label", label);
        List<EntitySummary> items = run("entities", p).stream().map(r -> ProvenanceTracer.entitySummary(r.get("e"))).toList();
        return new Page<>(items, page, size, countWith(label));
    }

    private long countWith(String label) {
        Map<String, Object> p = new HashMap<>();
        p.put("label", label);
        return run("entity-count", p).get(0).get("n").asLong();
    }

    /** Entities whose name or alias matches {@code name}, best first, optionally only with {@code label}. */
    public Page<EntitySummary> entitiesNamed(String name, String label, int page, int size) {
        Map<String, Object> p = paging(page, size);
        p.put("label", label);
        p.put("query", fullText(name));
        List<EntitySummary> items = run("entities-by-name", p).stream()
                .map(r -> ProvenanceTracer.entitySummary(r.get("e"))).toList();
        return new Page<>(items, page, size, -1);
    }

    /**
     * How deep a search pages: each page is ranked among all hits before it, so page 1,000,000 would rank a
     * billion hits first.
     */
    public static final int MAX_SEARCH_DEPTH = 1000;

    /**
     * Articles (headline and text) and quotes matching {@code query}, best first.
     *
     * @throws IllegalArgumentException when the page lies deeper than {@link #MAX_SEARCH_DEPTH} hits
     */
    public Page<SearchHit> search(String query, int page, int size) {
        if (page < 0 || size < 1 || (long) page * size + size > MAX_SEARCH_DEPTH) {
            throw new IllegalArgumentException("a search pages through its best " + MAX_SEARCH_DEPTH
                    + " hits (page * size + size must not exceed " + MAX_SEARCH_DEPTH + "): use more precise words to find the rest");
        }
        Map<String, Object> p = paging(page, size);
        p.put("query", fullText(query));
        List<SearchHit> hits = new ArrayList<>();
        for (String statement : List.of("search-articles", "search-quotes")) {
            Map<String, Object> all = new HashMap<>(p);
            all.put("skip", 0);
            all.put("limit", (page + 1) * size);
            for (Record r : run(statement, all)) {
                hits.add(new SearchHit(r.get("kind").asString(), r.get("id").asString(), str(r.get("title")),
                        str(r.get("snippet")), r.get("score").asDouble()));
            }
        }
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        int from = Math.min(hits.size(), page * size);
        return new Page<>(hits.subList(from, Math.min(hits.size(), from + size)), page, size, -1);
    }

    /** One quote with its source and article. */
    public Optional<Map<String, Object>> quote(String key) {
        List<Record> rows = run("quote", Map.of("key", key));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record r = rows.get(0);
        Map<String, Object> out = new HashMap<>(r.get("q").asMap());
        out.put("key", key);
        for (String k : List.of("sourceKey", "source", "mention", "articleId", "via")) {
            if (!r.get(k).isNull()) {
                out.put(k, r.get(k).asString());
            }
        }
        return Optional.of(out);
    }

    /**
     * What the outlet or agency with this key published, oldest first (undated last). An outlet with more articles than
     * {@link ExpansionBudget} allows to sort is paged from the articles in date order instead: the same rows, without
     * reading the outlet whole.
     */
    public Page<Published> publishedBy(String key, int page, int size) {
        Map<String, Object> p = paging(page, size);
        p.put("key", key);
        // The count reads the node's degree, not its articles.
        long total = run("published-by-count", Map.of("key", key)).get(0).get("n").asLong();
        String statement = total <= budget.units((long) page * size + size, articleCount()) ? "published-by" : "published-by-date";
        List<Published> items = run(statement, p).stream().map(r -> new Published(r.get("kind").asString(),
                r.get("id").asString(), str(r.get("title")), str(r.get("published")), r.get("inferred").asBoolean())).toList();
        return new Page<>(items, page, size, total);
    }

    /** The article's text (every offset in the graph points into it), or empty when there is no such article. */
    public Optional<String> articleText(String id) {
        return run("article-text", Map.of("id", id)).stream().map(r -> str(r.get("text"))).findFirst();
    }

    /** Number of articles in the graph. */
    public long articleCount() {
        return run("article-count", Map.of()).get(0).get("n").asLong();
    }

    /** Ids of the articles whose origin starts with {@code prefix} ("demo:"). */
    public List<String> articlesFromOrigin(String prefix) {
        return run("articles-by-origin-prefix", Map.of("prefix", prefix)).stream().map(r -> r.get("id").asString()).toList();
    }

    /** An article with a chain of at least two hops, for examples; empty in a graph without one. */
    public Optional<String> exampleArticle() {
        return run("first-chained-article", Map.of()).stream().map(r -> r.get("id").asString()).findFirst();
    }

    private List<Record> run(String name, Map<String, Object> params) {
        try {
            return reads.run(lookups.statement(name), params);
        } catch (ClientException e) {
            if (e.getMessage() != null && e.getMessage().contains("Failed to invoke procedure")) {
                // The index's parser said why; that is about Lucene, not about what the user can change.
                throw new IllegalArgumentException("cannot search for that text: search for plain words", e);
            }
            throw e;
        }
    }

    private static Map<String, Object> paging(int page, int size) {
        Map<String, Object> p = new HashMap<>();
        p.put("skip", (long) page * size);
        p.put("limit", size);
        return p;
    }

    /**
     * The user's text as a Lucene query of its words: special characters escaped, and the operator words AND, OR,
     * NOT and TO (operators only in capitals) in lower case, so that "NOT" is searched as the word it is.
     */
    static String fullText(String text) {
        String escaped = text.strip().replaceAll("([+\\-!(){}\\[\\]^\"~*?:\\\\/]|&&|\\|\\|)", "\\\\$1");
        escaped = OPERATOR.matcher(escaped).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        return escaped.isEmpty() ? "\"\"" : escaped;
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
