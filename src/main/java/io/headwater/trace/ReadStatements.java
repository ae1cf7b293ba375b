package io.headwater.trace;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

import io.headwater.graph.GraphConnection;

/**
 * How the lookups run their read statements: each in a managed read transaction of its own, or, inside
 * {@link #inOneTransaction}, all of one answer in a single read transaction. Every statement of its own costs a
 * begin, a run with its pull and a commit over Bolt; an answer of eight statements in one transaction pays the
 * begin and the commit once, and reads one snapshot of the graph besides. Both ways are managed read transactions,
 * which a {@code neo4j://} driver routes to a reader and retries on transient errors.
 */
final class ReadStatements {

    private final Driver driver;
    private final QueryConfig config;
    private final SessionConfig sessions;
    /** The transaction of the answer this thread is building, when it runs in one. */
    private final ThreadLocal<TransactionContext> open = new ThreadLocal<>();

    ReadStatements(Driver driver, String database) {
        this.driver = driver;
        this.config = GraphConnection.reads(database);
        this.sessions = GraphConnection.sessions(driver, database);
    }

    /** The records of {@code query}: in this thread's open transaction if there is one, else in a transaction of its own. */
    List<Record> run(String query, Map<String, Object> params) {
        TransactionContext tx = open.get();
        if (tx != null) {
            return tx.run(query, params).list();
        }
        return driver.executableQuery(query).withParameters(params).withConfig(config).execute().records();
    }

    /**
     * {@code answer}, with every statement it runs through {@link #run} in one read transaction; inside another such
     * answer it joins that one's transaction. On a transient error the driver runs {@code answer} again from the start,
     * so it must only read.
     */
    <T> T inOneTransaction(Supplier<T> answer) {
        if (open.get() != null) {
            return answer.get();
        }
        try (Session session = driver.session(sessions)) {
            return session.executeRead(tx -> {
                open.set(tx);
                try {
                    return answer.get();
                } finally {
                    open.remove();
                }
            });
        }
    }
}
