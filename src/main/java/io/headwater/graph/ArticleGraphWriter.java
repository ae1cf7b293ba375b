package io.headwater.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

import io.headwater.core.Evidence;
import io.headwater.core.Relation;
import io.headwater.extract.ExtractorVersion;
import io.headwater.ingest.Article;
import io.headwater.ingest.ArticleBudgetExceededException;
import io.headwater.ingest.Caption;
import io.headwater.ingest.Deadline;
import io.headwater.resolve.Entity;
import io.headwater.resolve.LinkProperties;
import io.headwater.resolve.ResolvedArticle;
import io.headwater.resolve.ResolvedArticle.EntityNode;
import io.headwater.resolve.ResolvedArticle.Link;
import io.headwater.resolve.ResolvedArticle.QuoteNode;
import io.headwater.reuse.Direction;
import io.headwater.reuse.Passage;
import io.headwater.reuse.QuoteVariant;
import io.headwater.reuse.ReusePair;

/**
 * Writes a resolved article into Neo4j in one transaction and one round trip, with the statement of
 * {@code cypher/ingest/article.cypher} and batched {@code UNWIND} parameters; or, through {@link #inTransaction}, several
 * articles in one transaction, so that they share its commit (ingest's batches). An article whose id is
 * already in the graph is left as it is: re-ingesting the same text creates nothing. The article's text
 * reuse evidence ({@code cypher/ingest/reuse.cypher}) is written in the same transaction. It only writes: what ingest
 * reads of the graph before the write is {@link ArticleGraphReader}'s.
 */
public final class ArticleGraphWriter {

    /** The statement's link parameter for each pair of ends. */
    private static final Map<String, String> LINK_PARAMETERS = Map.of(
            "ARTICLE-ENTITY", "articleEntity", "ENTITY-ENTITY", "entityEntity", "ARTICLE-QUOTE", "articleQuote",
            "ENTITY-QUOTE", "entityQuote", "QUOTE-ENTITY", "quoteEntity");

    /** The types of link between two entities that the write statement merges, each by name (see the statement). */
    static final Set<Relation> ENTITY_LINK_TYPES = EnumSet.of(Relation.DERIVED_FROM, Relation.PUBLISHED_BY, Relation.CITES,
            Relation.AUTHORED_BY, Relation.SUBMITTED_TO, Relation.PART_OF);

    private final Driver driver;
    private final String database;
    private final @Nullable EmbeddedWrites embedded;
    private final CypherFile cypher = CypherFile.load("ingest/article.cypher");
    private final CypherFile delete = CypherFile.load("ingest/delete-article.cypher");
    private final CypherFile reuse = CypherFile.load("ingest/reuse.cypher");

    /** The method name stored on reuse edges. */
    public static final String REUSE_METHOD = "headwater-reuse/0.1";

    public ArticleGraphWriter(Driver driver, String database) {
        this(driver, database, null);
    }

    /**
     * A writer whose transactions run in {@code embedded}'s own API when it is given (the database in this process,
     * {@link GraphConnection#embeddedDatabase()}), else through the driver.
     */
    public ArticleGraphWriter(Driver driver, String database, org.neo4j.graphdb.@Nullable GraphDatabaseService embedded) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded == null ? null : new EmbeddedWrites(embedded);
    }

    public record Result(String id, boolean created) {
    }

    /** Writes {@code resolved} unless an article with its id exists already. */
    public Result write(ResolvedArticle resolved) {
        return write(resolved, List.of(), List.of());
    }

    /**
     * Writes {@code resolved} with its reuse pairs (with earlier articles) and quote variants, in one
     * transaction, unless an article with its id exists already. Without reuse evidence that is one round trip.
     */
    public Result write(ResolvedArticle resolved, List<ReusePair> pairs, List<QuoteVariant> variants) {
        return write(resolved, pairs, variants, Deadline.unlimited());
    }

    /**
     * As {@link #write(ResolvedArticle, List, List)}, with the time left before {@code deadline} as the
     * transaction's timeout: a write that runs out is rolled back by the database.
     *
     * @throws ArticleBudgetExceededException when the deadline passes before the transaction commits
     */
    public Result write(ResolvedArticle resolved, List<ReusePair> pairs, List<QuoteVariant> variants, Deadline deadline) {
        return inTransaction(List.of(deadline), tx -> write(tx, resolved, pairs, variants, deadline));
    }

    /**
     * Writes {@code resolved} with its reuse pairs and quote variants inside {@code tx} (see {@link #inTransaction}),
     * unless an article with its id exists already; checks {@code deadline} before and after.
     *
     * @throws ArticleBudgetExceededException when the deadline has passed
     */
    public Result write(TransactionContext tx, ResolvedArticle resolved, List<ReusePair> pairs, List<QuoteVariant> variants,
                        Deadline deadline) {
        Map<String, Object> params = parameters(resolved);
        deadline.check();
        if (!tx.run(cypher.statement("write"), params).hasNext()) {
            return new Result(resolved.article().id(), false);
        }
        writeReuse(tx, pairs, variants);
        deadline.check();
        return new Result(resolved.article().id(), true);
    }

    /**
     * Runs {@code work} in one managed write transaction (retried by the driver on transient errors, so {@code work} must
     * be safe to run again) whose timeout is the time left before the earliest of {@code deadlines}: a transaction
     * that runs out is rolled back by the database.
     *
     * @throws ArticleBudgetExceededException when the database stopped the transaction at that timeout
     */
    public <T> T inTransaction(List<Deadline> deadlines, Function<TransactionContext, T> work) {
        Deadline tightest = null;
        Duration left = null;
        for (Deadline d : deadlines) {
            Duration r = d.remaining();
            if (r != null && (left == null || r.compareTo(left) < 0)) {
                tightest = d;
                left = r;
            }
        }
        TransactionConfig config = left == null ? TransactionConfig.empty()
                // The database's timeout has millisecond steps; a zero timeout would mean none at all.
                : TransactionConfig.builder().withTimeout(Duration.ofMillis(Math.max(1, left.toMillis()))).build();
        try {
            if (embedded != null) {
                return embedded.inTransaction(left == null ? null : Duration.ofMillis(Math.max(1, left.toMillis())), work);
            }
            try (Session session = driver.session(GraphConnection.sessions(driver, database))) {
                return session.executeWrite(work::apply, config);
            }
        } catch (ClientException e) {
            if (tightest != null && e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                throw new ArticleBudgetExceededException(tightest.budget(), "write");
            }
            throw e;
        }
    }

    /**
     * Has the database plan the statements every ingest runs before the first article needs them: planning the long
     * write statement takes 0.4-1 s on a warm JVM, seconds on a cold one (see docs/performance.md). Neo4j caches a plan
     * by the statement, the type (and size class, for strings and lists) of each parameter, and whether the
     * transaction already holds changes of its own; and a plan made for {@code EXPLAIN} is not one a run finds. Within
     * an ingest batch the first article's reads and write run in a clean transaction, the later ones' after writes,
     * and the reuse statements always after the write: so each statement runs here as ingest runs it, with parameters
     * that match nothing, the reads before and after a write of an empty article, in one write transaction (on a
     * cluster, where the writes run) that is rolled back. {@code reader} gives the statements ingest reads with inside
     * its transactions. Safe to call at any time, from any thread; leaves the graph as it was.
     */
    public void prepare(ArticleGraphReader reader) {
        // A string of the size class (11 to 100 characters) of the ids ingest passes; no article has such an id.
        String word = "x".repeat(40);
        Map<String, Map<String, Object>> reads = reader.statementsToPrepare();
        Map<String, Map<String, Object>> afterTheWrite = new LinkedHashMap<>();
        afterTheWrite.put(reuse.statement("pairs"), Map.of("lists", Map.of("pairs", List.of())));
        afterTheWrite.put(reuse.statement("upstream-support"), Map.of("lists", Map.of("support", List.of())));
        afterTheWrite.put(reuse.statement("variants"), Map.of("lists", Map.of("variants", List.of())));
        Map<String, Object> emptyArticle = Map.of("article", Map.of("id", word), "rows", Map.of());
        Consumer<SimpleQueryRunner> work = tx -> {
            reads.forEach((statement, parameters) -> tx.run(statement, parameters).consume());
            tx.run(cypher.statement("write"), emptyArticle).consume();
            reads.forEach((statement, parameters) -> tx.run(statement, parameters).consume());
            // The same article again: found, so this second write changes nothing.
            tx.run(cypher.statement("write"), emptyArticle).consume();
            afterTheWrite.forEach((statement, parameters) -> tx.run(statement, parameters).consume());
        };
        // As ingest will run them: in process when the database is, else through the driver.
        if (embedded != null) {
            embedded.rolledBack(work);
            return;
        }
        try (Session session = driver.session(GraphConnection.sessions(driver, database));
             Transaction tx = session.beginTransaction()) {
            work.accept(tx);
            tx.rollback();
        }
    }

    /**
     * Deletes the article with this id, its quotes and its share of the entity links, and entities no
     * article refers to any more, in one transaction; returns false when there was no such article.
     */
    public boolean delete(String id) {
        try (Session session = driver.session(GraphConnection.sessions(driver, database))) {
            return session.executeWrite(tx -> {
                if (!tx.run(cypher.statement("exists"), Map.of("id", id)).hasNext()) {
                    return false;
                }
                tx.run(delete.statement("delete"), Map.of("id", id)).consume();
                tx.run(delete.statement("orphans")).consume();
                return true;
            });
        }
    }

    /**
     * Fills in what the publication {@code inGraph} lacks from a new reading of its text: outlet, url and
     * published where the graph has none. An outlet named now replaces one the graph only guessed from the
     * address's host. Returns the names of the properties filled in (empty when the graph lacked nothing).
     */
    public List<String> fillIn(Publication inGraph, ResolvedArticle reading) {
        return inTransaction(List.of(), tx -> fillIn(tx, inGraph, reading));
    }

    /** As {@link #fillIn(Publication, ResolvedArticle)}, inside {@code tx}. */
    public List<String> fillIn(TransactionContext tx, Publication inGraph, ResolvedArticle reading) {
        Article a = reading.article();
        Map<String, Object> properties = new HashMap<>();
        List<String> filled = new ArrayList<>();
        if (inGraph.outlet() == null && a.outlet() != null) {
            properties.put("outlet", a.outlet());
            filled.add("outlet");
        }
        if (inGraph.url() == null && a.url() != null) {
            properties.put("url", a.url());
            filled.add("url");
        }
        if (inGraph.published() == null && a.published() != null) {
            properties.put("published", a.published());
            filled.add("published");
        }
        boolean newOutlet = reading.outlet() != null && (filled.contains("outlet") || inGraph.outletKey() == null);
        if (filled.isEmpty() && !newOutlet) {
            return List.of();
        }
        publish(tx, inGraph.id(), properties, newOutlet ? reading.outlet() : null);
        return filled;
    }

    /**
     * Sets the publication's outlet, url and published to the non-null values of {@code properties} and,
     * when {@code outlet} is given, makes it the outlet the article is published by; an outlet no longer
     * referred to is removed, in the same transaction.
     */
    public void publish(String id, Map<String, Object> properties, Entity outlet) {
        inTransaction(List.of(), tx -> {
            publish(tx, id, properties, outlet);
            return null;
        });
    }

    private void publish(TransactionContext tx, String id, Map<String, Object> properties, Entity outlet) {
        IndexedValues.checkPublication("article " + id, (String) properties.get("url"), (String) properties.get("published"));
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("properties", properties);
        params.put("outlet", outlet == null ? null : entityRow(new EntityNode(outlet, Map.of())));
        tx.run(cypher.statement("publish"), params).consume();
        if (outlet != null) {
            tx.run(delete.statement("orphans")).consume();
        }
    }

    private static Map<String, Object> parameters(ResolvedArticle r) {
        IndexedValues.check(r.article());
        Map<String, Object> params = new HashMap<>();
        params.put("article", articleProperties(r.article()));
        List<Map<String, Object>> entities = new ArrayList<>();
        for (EntityNode n : r.entities()) {
            entities.add(entityRow(n));
        }
        params.put("entities", entities);
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (QuoteNode q : r.quotes()) {
            quotes.add(quoteRow(q, r.article().id()));
        }
        params.put("quotes", quotes);
        for (String p : LINK_PARAMETERS.values()) {
            params.put(p, new ArrayList<Map<String, Object>>());
        }
        for (Link l : r.links()) {
            String p = LINK_PARAMETERS.get(l.fromEnd().name() + "-" + l.toEnd().name());
            if (p == null) {
                throw new IllegalArgumentException("no statement writes links from " + l.fromEnd() + " to " + l.toEnd());
            }
            if (p.equals("entityEntity") && !ENTITY_LINK_TYPES.contains(l.type())) {
                throw new IllegalArgumentException("the write statement merges no " + l.type() + " links between entities: "
                        + "add a MERGE for it to cypher/ingest/article.cypher and to ArticleGraphWriter.ENTITY_LINK_TYPES");
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) params.get(p);
            list.add(linkRow(l, r.article().id()));
        }
        // The lists travel inside one map parameter: Neo4j keys its plan cache on the size of each list parameter (in
        // buckets of 1, 10, 100, ...), so seven lists of varying lengths had the long write statement planned anew
        // for nearly every article (three quarters of ingest's time went to that); a map parameter carries no size.
        Map<String, Object> rows = new HashMap<>(params);
        rows.remove("article");
        return Map.of("article", params.get("article"), "rows", rows);
    }

    private void writeReuse(TransactionContext tx, List<ReusePair> pairs, List<QuoteVariant> variants) {
        if (!pairs.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Map<String, Object>> support = new ArrayList<>();
            for (ReusePair p : pairs) {
                rows.add(Map.of("from", p.from(), "to", p.to(), "type", p.relationship().name(), "properties", pairProperties(p)));
                if (p.direction() == Direction.COMMON_UPSTREAM) {
                    support.add(Map.of("article", p.from(), "upstream", p.upstream(), "partner", p.to(), "share", p.sharedFrom()));
                    support.add(Map.of("article", p.to(), "upstream", p.upstream(), "partner", p.from(), "share", p.sharedTo()));
                }
            }
            tx.run(reuse.statement("pairs"), Map.of("lists", Map.of("pairs", rows))).consume();
            if (!support.isEmpty()) {
                tx.run(reuse.statement("upstream-support"), Map.of("lists", Map.of("support", support))).consume();
            }
        }
        if (!variants.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (QuoteVariant v : variants) {
                Map<String, Object> props = new HashMap<>();
                props.put("overlap", v.difference().overlap());
                props.put("removed", v.difference().removed());
                props.put("added", v.difference().added());
                props.put("diff", v.difference().summary());
                props.put("sameSource", v.sameSource());
                props.put("method", REUSE_METHOD);
                rows.add(Map.of("from", v.quote(), "to", v.earlier(), "properties", props));
            }
            tx.run(reuse.statement("variants"), Map.of("lists", Map.of("variants", rows))).consume();
        }
    }

    /** A pair's evidence as edge properties: passages as parallel lists ({@code a} is the edge's start). */
    static Map<String, Object> pairProperties(ReusePair p) {
        Map<String, Object> m = new HashMap<>();
        m.put("class", p.reuseClass().name());
        m.put("direction", p.direction().slug());
        put(m, "upstream", p.upstream());
        m.put("aStarts", p.passages().stream().map(Passage::aStart).toList());
        m.put("aEnds", p.passages().stream().map(Passage::aEnd).toList());
        m.put("bStarts", p.passages().stream().map(Passage::bStart).toList());
        m.put("bEnds", p.passages().stream().map(Passage::bEnd).toList());
        m.put("matched", p.passages().stream().map(Passage::matched).toList());
        m.put("quoted", p.passages().stream().map(Passage::quoted).toList());
        m.put("sharedA", p.sharedFrom());
        m.put("sharedB", p.sharedTo());
        m.put("score", p.score());
        m.put("passages", p.passages().size());
        m.put("method", REUSE_METHOD);
        return m;
    }

    static Map<String, Object> articleProperties(Article a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("contentHash", a.contentHash());
        put(p, "headline", a.headline());
        put(p, "byline", a.byline());
        put(p, "outlet", a.outlet());
        put(p, "dateline", a.dateline());
        put(p, "published", a.published());
        put(p, "url", a.url());
        put(p, "language", a.language());
        put(p, "origin", a.origin());
        p.put("text", a.text());
        p.put("highlights", a.highlights());
        List<String> captions = new ArrayList<>();
        for (Caption c : a.captions()) {
            captions.add(String.join(" | ", nonNull(c.title()), nonNull(c.text()), nonNull(c.credit())));
        }
        p.put("captions", captions);
        p.put("extractor", ExtractorVersion.CURRENT);
        return p;
    }

    private static Map<String, Object> entityRow(EntityNode n) {
        Entity e = n.entity();
        Map<String, Object> row = new HashMap<>();
        IndexedValues.check("an entity key", e.key());
        IndexedValues.check("an entity's Wikidata id", e.qid());
        row.put("key", e.key());
        row.put("label", e.type().label());
        row.put("name", IndexedValues.name(e.name()));
        row.put("type", e.type().slug());
        row.put("qid", e.qid());
        row.put("aliases", e.aliases());
        row.put("aliasText", String.join(" ", e.aliases()));
        Map<String, Object> props = new HashMap<>(n.properties());
        Object mentions = props.remove("mentions");
        row.put("mentions", mentions == null ? List.of() : mentions);
        row.put("properties", props);
        return row;
    }

    private static Map<String, Object> quoteRow(QuoteNode q, String articleId) {
        Map<String, Object> p = new HashMap<>();
        p.put("text", q.text());
        p.put("start", q.span().start());
        p.put("end", q.span().end());
        p.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
        p.put("confidence", q.confidence());
        p.put("article", articleId);
        put(p, "nestedIn", q.nestedIn());
        IndexedValues.check("a quote key", q.key());
        return Map.of("key", q.key(), "properties", p);
    }

    private static Map<String, Object> linkRow(Link l, String articleId) {
        Map<String, Object> p = linkProperties(l.properties());
        Evidence ev = l.evidence();
        if (ev != null) {
            put(p, "sentence", ev.sentence());
            p.put("start", ev.start());
            p.put("end", ev.end());
            put(p, "cue", ev.cue());
            p.put("confidence", ev.confidence());
            p.put("extractor", ev.extractor());
        }
        Map<String, Object> row = new HashMap<>();
        row.put("type", l.type().name());
        row.put("from", l.from());
        row.put("to", l.to());
        row.put("article", articleId);
        row.put("properties", p);
        return row;
    }

    /** The edge's own properties: the values the link has, under their names; support only once a link was found again. */
    private static Map<String, Object> linkProperties(LinkProperties l) {
        Map<String, Object> p = new HashMap<>();
        put(p, "prov", l.prov());
        put(p, "mention", l.mention());
        put(p, "via", l.via());
        put(p, "relayNamed", l.relayNamed());
        put(p, "wire", l.wire());
        put(p, "credit", l.credit());
        put(p, "kind", l.kind());
        if (l.support() != 1) {
            p.put("support", l.support());
        }
        return p;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
