package io.headwater.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransactionContext;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import io.headwater.graph.EmbeddedRecords;
import io.headwater.graph.GraphConnection;

/**
 * How the lookups run their read statements: each in a managed read transaction of its own, or, inside
 * {@link #inOneTransaction}, all of one answer in a single read transaction. Every statement of its own costs a
 * begin, a run with its pull and a commit over Bolt; an answer of eight statements in one transaction pays the
 * begin and the commit once, and reads one snapshot of the graph besides. Inside one, the statements an answer
 * knows it needs before it reads any ({@link #ahead}) are sent together, the next written before the first one's
 * records are back (Bolt pipelining): one round trip for all of them instead of one each. Both ways are managed read
 * transactions, which a {@code neo4j://} driver routes to a reader and retries on transient errors.
 * <p>
 * When the database runs in this process, the same statements run in its own transactions instead, without the
 * driver: no Bolt round trip, no thread hand-over per statement (on the 2-core machine of {@code docs/performance.md}
 * those, not the database's work, were most of a provenance's time). Their rows come back as the driver's records
 * ({@link EmbeddedRecords}), so every lookup reads one kind of record; a statement that would write is refused there
 * as a read transaction of the driver refuses it.
 */
final class ReadStatements {

    /**
     * Where answers in one transaction run: the driver calls a transaction's work on its own I/O threads, which must
     * never wait; the work here waits for records, so it runs on a thread of this pool (daemon threads, kept a minute
     * idle), while the caller waits for the answer.
     */
    private static final ExecutorService ANSWERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "headwater-read");
        t.setDaemon(true);
        return t;
    });

    private final Driver driver;
    private final @Nullable GraphDatabaseService embedded;
    private final QueryConfig config;
    private final SessionConfig sessions;
    /** The transaction of the answer this thread is building, when it runs in one. */
    private final ThreadLocal<Open> open = new ThreadLocal<>();

    /** The embedded transaction of the answer this thread is building, when it runs in one. */
    private final ThreadLocal<Transaction> openInProcess = new ThreadLocal<>();

    /** One answer's transaction and the statements sent ahead in it, by statement and parameters. */
    private record Open(AsyncTransactionContext tx, Map<Query, CompletableFuture<List<Record>>> sent) {
    }

    /** Statements through the driver only. */
    ReadStatements(Driver driver, String database) {
        this(driver, database, null);
    }

    /** Statements in {@code embedded}'s own transactions when it is given (the database in this process), else through the driver. */
    ReadStatements(Driver driver, String database, @Nullable GraphDatabaseService embedded) {
        this.driver = driver;
        this.embedded = embedded;
        this.config = GraphConnection.reads(database);
        this.sessions = GraphConnection.sessions(driver, database);
    }

    /**
     * The records of {@code query}: in this thread's open transaction if there is one (the records of the same
     * statement sent {@link #ahead}, if it was), else in a transaction of its own.
     */
    List<Record> run(String query, Map<String, Object> params) {
        if (embedded != null) {
            Transaction tx = openInProcess.get();
            if (tx != null) {
                return inProcess(tx, query, params);
            }
            try (Transaction own = embedded.beginTx()) {
                List<Record> rows = inProcess(own, query, params);
                own.commit();
                return rows;
            }
        }
        Open tx = open.get();
        if (tx == null) {
            return driver.executableQuery(query).withParameters(params).withConfig(config).execute().records();
        }
        CompletableFuture<List<Record>> sent = tx.sent().remove(new Query(query, params));
        return join(sent != null ? sent : send(tx.tx(), new Query(query, params)));
    }

    /**
     * Sends {@code queries} at once in this thread's open transaction, without waiting for their records, which
     * {@link #run} with the same statement and parameters then takes; outside a transaction it does nothing, and each
     * runs when asked for.
     */
    void ahead(List<Query> queries) {
        // In process there is no round trip to save: each statement runs when asked for.
        Open tx = open.get();
        if (tx != null) {
            for (Query q : queries) {
                tx.sent().computeIfAbsent(q, k -> send(tx.tx(), k));
            }
        }
    }

    private static CompletableFuture<List<Record>> send(AsyncTransactionContext tx, Query q) {
        return tx.runAsync(q).thenCompose(ResultCursor::listAsync).toCompletableFuture();
    }

    /**
     * {@code answer}, with every statement it runs through {@link #run} in one read transaction; inside another such
     * answer it joins that one's transaction. On a transient error the driver runs {@code answer} again from the start,
     * so it must only read.
     */
    <T> T inOneTransaction(Supplier<T> answer) {
        if (open.get() != null || openInProcess.get() != null) {
            return answer.get();
        }
        if (embedded != null) {
            try (Transaction tx = embedded.beginTx()) {
                openInProcess.set(tx);
                T out = answer.get();
                tx.commit();
                return out;
            } finally {
                openInProcess.remove();
            }
        }
        AsyncSession session = driver.session(AsyncSession.class, sessions);
        try {
            return join(session.executeReadAsync(tx -> CompletableFuture.supplyAsync(() -> {
                Open mine = new Open(tx, new HashMap<>());
                open.set(mine);
                try {
                    return answer.get();
                } finally {
                    open.remove();
                    // Statements sent ahead and never asked for are read to their end, so that the transaction can close.
                    mine.sent().values().forEach(f -> f.exceptionally(e -> List.of()).join());
                }
            }, ANSWERS)).toCompletableFuture());
        } finally {
            session.closeAsync().toCompletableFuture().join();
        }
    }

    /**
     * The rows of {@code query} in the embedded transaction {@code tx}, read to their end; a statement that would
     * write is refused before it runs (its transaction, never committed, then rolls back whatever came before).
     */
    private static List<Record> inProcess(Transaction tx, String query, Map<String, Object> params) {
        try (Result result = tx.execute(query, params)) {
            if (result.getQueryExecutionType().queryType() != QueryExecutionType.QueryType.READ_ONLY) {
                throw new ClientException("Neo.ClientError.Statement.AccessMode",
                        "Writing in a read transaction is not allowed: a lookup only reads");
            }
            return EmbeddedRecords.all(result);
        } catch (QueryExecutionException e) {
            // As the driver says it: the lookups tell a user's bad search text by the server's message.
            throw new ClientException(e.getStatusCode(), e.getMessage());
        }
    }

    /** The value of {@code f}, waiting for it; a failure is thrown as the driver's own exception, not wrapped. */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
