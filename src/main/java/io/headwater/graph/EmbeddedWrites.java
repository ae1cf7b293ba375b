package io.headwater.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Ingest's write transactions in the embedded database's own API when the database runs in this process: the same
 * {@code cypher/*.cypher} statements, the same parameters, the same {@link TransactionContext} for the work, but no
 * Bolt in between (no encoding of the parameters, no hand-over to a server thread and back, no query router): about a
 * tenth of the CPU ingest spent writing (see docs/performance.md, "Fifth round"). Rows come back as the driver's
 * records ({@link EmbeddedRecords}); a failing statement is thrown as the driver throws it (the server's status code
 * and message), so callers see one kind of error either way; a transient failure (a deadlock, a lock wait) runs the
 * work again from the start, as the driver's managed transactions do, for up to 30 seconds. With {@code --uri} the
 * writes go through the driver, as before.
 */
final class EmbeddedWrites {

    /** How long a transaction that keeps failing transiently is tried again, as the driver's default. */
    private static final Duration RETRY_FOR = Duration.ofSeconds(30);

    private final GraphDatabaseService database;

    EmbeddedWrites(GraphDatabaseService database) {
        this.database = database;
    }

    /**
     * Runs {@code work} in one write transaction with {@code timeout} (none when null), committed when it returns,
     * rolled back when it throws; run again after a transient failure, so {@code work} must be safe to run again.
     */
    <T> T inTransaction(@Nullable Duration timeout, Function<TransactionContext, T> work) {
        long giveUp = System.nanoTime() + RETRY_FOR.toNanos();
        long pause = 1;
        while (true) {
            try {
                return once(timeout, work);
            } catch (TransientException e) {
                if (System.nanoTime() > giveUp) {
                    throw e;
                }
                sleep(pause);
                pause = Math.min(1_000, pause * 2);
            }
        }
    }

    /** Runs {@code work} in one write transaction that is then rolled back, whatever it did. */
    void rolledBack(Consumer<? super TransactionContext> work) {
        try (Transaction tx = database.beginTx()) {
            work.accept(new Context(tx));
            tx.rollback();
        } catch (RuntimeException e) {
            throw asDriverError(e);
        }
    }

    private <T> T once(@Nullable Duration timeout, Function<TransactionContext, T> work) {
        try (Transaction tx = timeout == null ? database.beginTx() : database.beginTx(timeout.toMillis(),
                TimeUnit.MILLISECONDS)) {
            T result = work.apply(new Context(tx));
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            throw asDriverError(e);
        }
    }

    /** {@code e} as the driver would have thrown it; a driver exception (the work's own) as it is. */
    static RuntimeException asDriverError(RuntimeException e) {
        if (e instanceof org.neo4j.driver.exceptions.Neo4jException) {
            return e;
        }
        Status status = e instanceof Status.HasStatus s ? s.status()
                : e instanceof QueryExecutionException q ? statusOf(q.getStatusCode()) : null;
        if (status == null) {
            return e;
        }
        String code = status.code().serialize();
        if (status.code().classification() == Status.Classification.TransientError) {
            return new TransientException(code, e.getMessage());
        }
        if (status.code().classification() == Status.Classification.ClientError) {
            return new ClientException(code, e.getMessage());
        }
        return e;
    }

    private static @Nullable Status statusOf(String code) {
        for (Status s : Status.Code.all()) {
            if (s.code().serialize().equals(code)) {
                return s;
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write", e);
        }
    }

    /** The driver's view of one embedded transaction: each statement's rows read to their end as it runs. */
    private record Context(Transaction tx) implements TransactionContext {

        @Override
        public Result run(String query, Map<String, Object> parameters) {
            try (org.neo4j.graphdb.Result result = tx.execute(query, parameters)) {
                return new Rows(result.columns(), EmbeddedRecords.all(result));
            } catch (RuntimeException e) {
                throw asDriverError(e);
            }
        }

        @Override
        public Result run(String query, Value parameters) {
            return run(query, parameters.asMap());
        }

        @Override
        public Result run(String query, Record parameters) {
            return run(query, parameters.asMap());
        }

        @Override
        public Result run(String query) {
            return run(query, Map.of());
        }

        @Override
        public Result run(Query query) {
            return run(query.text(), query.parameters().asMap());
        }
    }

    /**
     * A statement's rows, all read. {@link #consume()} gives no summary (null): ingest reads none, and the counters
     * of an embedded statement are not the driver's.
     */
    private static final class Rows implements Result {

        private final List<String> keys;
        private final List<Record> rows;
        private int at;

        Rows(List<String> keys, List<Record> rows) {
            this.keys = List.copyOf(keys);
            this.rows = rows;
        }

        @Override
        public List<String> keys() {
            return keys;
        }

        @Override
        public boolean hasNext() {
            return at < rows.size();
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return rows.get(at++);
        }

        @Override
        public Record single() {
            if (!hasNext()) {
                throw new NoSuchRecordException("the statement returned no row");
            }
            Record r = next();
            if (hasNext()) {
                throw new NoSuchRecordException("the statement returned more than one row");
            }
            return r;
        }

        @Override
        public Record peek() {
            if (!hasNext()) {
                throw new NoSuchRecordException("no row left");
            }
            return rows.get(at);
        }

        @Override
        public Stream<Record> stream() {
            return list().stream();
        }

        @Override
        public List<Record> list() {
            return list(Function.identity());
        }

        @Override
        public <T> List<T> list(Function<Record, T> mapFunction) {
            List<T> out = new ArrayList<>();
            while (hasNext()) {
                out.add(mapFunction.apply(next()));
            }
            return out;
        }

        @Override
        public @Nullable ResultSummary consume() {
            at = rows.size();
            return null;
        }

        @Override
        public boolean isOpen() {
            return hasNext();
        }
    }
}
