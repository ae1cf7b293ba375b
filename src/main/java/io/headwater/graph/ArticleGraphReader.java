package io.headwater.graph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import io.headwater.resolve.ReportIdentity;
import io.headwater.reuse.IndexedArticle;
import io.headwater.reuse.QuoteVariantFinder.QuoteText;

/**
 * What ingest reads of the graph before it writes an article, and what the reuse index is rebuilt from: the
 * publications of a text, the reports an author already has, the earlier quotes to compare wordings with, the
 * articles as the reuse index keeps them. Each read comes as a read transaction of its own and, for ingest's batches,
 * inside a given write transaction ({@link ArticleGraphWriter#inTransaction}), so that an article sees the earlier
 * articles of its batch: what they return only shapes what that transaction writes, so the article stays all or
 * nothing. The statements are those of {@code cypher/ingest/*.cypher}.
 */
public final class ArticleGraphReader {

    private final Driver driver;
    private final String database;
    private final CypherFile cypher = CypherFile.load("ingest/article.cypher");
    private final CypherFile reuse = CypherFile.load("ingest/reuse.cypher");
    private final CypherFile reports = CypherFile.load("ingest/reports.cypher");

    public ArticleGraphReader(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /**
     * The statements ingest reads with inside its write transactions, each with parameters of the types (and size
     * classes) ingest passes, for {@link ArticleGraphWriter#prepare} to have them planned before the first article.
     */
    Map<String, Map<String, Object>> statementsToPrepare() {
        // Strings of the size class (11 to 100 characters) of the ids, hashes and keys ingest passes.
        String word = "x".repeat(40);
        Map<String, Object> lists = Map.of("sources", List.of(word), "ids", List.of(word));
        Map<String, Map<String, Object>> statements = new LinkedHashMap<>();
        statements.put(cypher.statement("publications"), Map.of("contentHash", "0".repeat(64)));
        statements.put(reuse.statement("quotes-by-source"), Map.of("lists", lists, "id", word));
        statements.put(reuse.statement("quotes-of-articles"), Map.of("lists", lists));
        statements.put(reports.statement("by-author"), Map.of("author", word, "lists", Map.of("authorLine", List.of(word))));
        return statements;
    }

    /** The publications of the text with this content hash, in the order they were ingested. */
    public List<Publication> publications(String contentHash) {
        try (Session session = driver.session(GraphConnection.sessions(driver, database))) {
            return session.executeRead(tx -> publications(tx, contentHash));
        }
    }

    /** As {@link #publications(String)}, inside {@code tx}: a batch's write transaction sees its own earlier articles. */
    public List<Publication> publications(TransactionContext tx, String contentHash) {
        return tx.run(cypher.statement("publications"), Map.of("contentHash", contentHash)).list(ArticleGraphReader::publication);
    }

    /** The publication with this article id, or empty. */
    public Optional<Publication> publication(String id) {
        try (Session session = driver.session(GraphConnection.sessions(driver, database))) {
            return session.executeRead(tx -> tx.run(cypher.statement("publication"), Map.of("id", id)).list().stream()
                    .findFirst().map(ArticleGraphReader::publication));
        }
    }

    private static Publication publication(Record r) {
        return new Publication(r.get("id").asString(), r.get("contentHash").asString(), string(r, "outlet"), string(r, "outletKey"), string(r, "url"),
                string(r, "published"));
    }

    private static String string(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asString();
    }

    /**
     * Earlier quotes to compare the new article's wordings with: those attributed to {@code sources} and
     * those of the articles {@code partners}.
     */
    public List<QuoteText> quotesToCompare(String articleId, List<String> sources, List<String> partners) {
        try (Session session = driver.session(GraphConnection.sessions(driver, database))) {
            return session.executeRead(tx -> quotesToCompare(tx, articleId, sources, partners));
        }
    }

    /** As {@link #quotesToCompare(String, List, List)}, inside {@code tx}. */
    public List<QuoteText> quotesToCompare(TransactionContext tx, String articleId, List<String> sources, List<String> partners) {
        List<QuoteText> out = new ArrayList<>();
        if (!sources.isEmpty()) {
            tx.run(reuse.statement("quotes-by-source"), Map.of("lists", Map.of("sources", sources), "id", articleId))
                    .forEachRemaining(r -> out.add(quoteText(r)));
        }
        if (!partners.isEmpty()) {
            tx.run(reuse.statement("quotes-of-articles"), Map.of("lists", Map.of("ids", partners)))
                    .forEachRemaining(r -> out.add(quoteText(r)));
        }
        return out;
    }

    /** The reports in the graph that a new report by {@code author} may be (see {@link ReportIdentity}). */
    public List<ReportIdentity.Description> reportsBy(String author, List<String> authorLine) {
        try (Session session = driver.session(GraphConnection.sessions(driver, database))) {
            return session.executeRead(tx -> reportsBy(tx, author, authorLine));
        }
    }

    /** As {@link #reportsBy(String, List)}, inside {@code tx}. */
    public List<ReportIdentity.Description> reportsBy(TransactionContext tx, String author, List<String> authorLine) {
        return tx.run(reports.statement("by-author"), Map.of("author", author, "lists", Map.of("authorLine", authorLine)))
                .list(r -> new ReportIdentity.Description(r.get("key").asString(), r.get("author").asString(),
                        r.get("authorLine").isNull() ? List.of(r.get("author").asString()) : r.get("authorLine").asList(Value::asString),
                        r.get("dates").asList(Value::asString), r.get("month").asInt(), r.get("previous").asBoolean(),
                        r.get("symbol").isNull() ? null : r.get("symbol").asString(), r.get("ordinal").asInt(),
                        new LinkedHashSet<>(r.get("facts").asList(Value::asString))));
    }

    /**
     * Reads every article id in ascending order: {@code reader} gets them as an iterator, valid while it
     * runs (the ids stream from one read transaction, never all in memory).
     */
    public <T> T readArticleIds(Function<Iterator<String>, T> reader) {
        try (Session session = driver.session(GraphConnection.sessions(driver, database))) {
            return session.executeRead(tx -> {
                Iterator<Record> rows = tx.run(reuse.statement("article-ids"));
                return reader.apply(new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public String next() {
                        return rows.next().get("id").asString();
                    }
                });
            });
        }
    }

    /** What the reuse index keeps of the article with this id, read from the graph; empty when there is no such article. */
    public Optional<IndexedArticle> indexedArticle(String id) {
        try (Session session = driver.session(GraphConnection.sessions(driver, database))) {
            return session.executeRead(tx -> indexedArticle(tx, id));
        }
    }

    /** As {@link #indexedArticle(String)}, inside {@code tx}. */
    public Optional<IndexedArticle> indexedArticle(TransactionContext tx, String id) {
        return tx.run(reuse.statement("indexed-article"), Map.of("id", id)).list().stream()
                .findFirst().map(r -> new IndexedArticle(r.get("id").asString(), string(r, "outlet"), string(r, "published"),
                        r.get("upstreams").asList(Value::asString), r.get("agency").asBoolean(),
                        r.get("text").asString("")));
    }

    private static QuoteText quoteText(Record r) {
        return new QuoteText(r.get("key").asString(), r.get("text").asString(""), r.get("article").asString(""),
                r.get("source").isNull() ? null : r.get("source").asString(), r.get("nested").asBoolean(false), string(r, "since"));
    }

}
