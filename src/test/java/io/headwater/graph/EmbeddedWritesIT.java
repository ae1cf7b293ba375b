package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.exceptions.TransientException;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/** Ingest's write transactions in the embedded database's own API: rows, errors and retries as the driver gives them. */
class EmbeddedWritesIT {

    private final Headwater hw = TestGraph.headwater();
    private final EmbeddedWrites writes = new EmbeddedWrites(hw.graph().embeddedDatabase());

    @BeforeEach
    void clean() {
        TestGraph.clear();
    }

    private static long nodes() {
        return TestGraph.query("MATCH (n) RETURN count(n) AS n").get(0).get("n").asLong();
    }

    @Test
    void rowsComeBackAsTheDriversRecordsAndTheWorkIsCommitted() {
        List<Record> rows = writes.inTransaction(null, tx -> {
            tx.run("CREATE (:Article {id: $id})", Map.of("id", "embedded-1")).consume();
            return tx.run("MATCH (a:Article) RETURN a.id AS id, [1, 2] AS xs").list();
        });
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).keys()).containsExactly("id", "xs");
        assertThat(rows.get(0).get("id").asString()).isEqualTo("embedded-1");
        assertThat(rows.get(0).get("xs").asList(v -> v.asLong())).containsExactly(1L, 2L);
        assertThat(nodes()).isEqualTo(1);
    }

    @Test
    void singleAndPeekSayWhatTheDriverSays() {
        writes.inTransaction(null, tx -> {
            assertThat(tx.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            assertThatThrownBy(() -> tx.run("UNWIND [1, 2] AS x RETURN x").single()).isInstanceOf(NoSuchRecordException.class);
            assertThatThrownBy(() -> tx.run("UNWIND [] AS x RETURN x").peek()).isInstanceOf(NoSuchRecordException.class);
            assertThat(tx.run("UNWIND [] AS x RETURN x").hasNext()).isFalse();
            return null;
        });
    }

    @Test
    void aFailingStatementIsTheDriversClientErrorAndNothingOfItsTransactionLands() {
        writes.inTransaction(null, tx -> tx.run("CREATE (:Article {id: 'taken'})").consume());
        assertThatThrownBy(() -> writes.inTransaction(null, tx -> {
            tx.run("CREATE (:Entity {key: 'written-before'})").consume();
            return tx.run("CREATE (:Article {id: 'taken'})").consume();
        })).isInstanceOfSatisfying(ClientException.class,
                e -> assertThat(e.code()).isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed"));
        assertThatThrownBy(() -> writes.inTransaction(null, tx -> tx.run("MATCH (n RETURN n").consume()))
                .isInstanceOfSatisfying(ClientException.class,
                        e -> assertThat(e.code()).isEqualTo("Neo.ClientError.Statement.SyntaxError"));
        assertThat(nodes()).isEqualTo(1);
    }

    @Test
    void workThatThrowsIsRolledBack() {
        assertThatThrownBy(() -> writes.inTransaction(null, tx -> {
            tx.run("CREATE (:Entity {key: 'half'})").consume();
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the work failed");
        assertThat(nodes()).isZero();
    }

    @Test
    void aTransientFailureRunsTheWorkAgainFromTheStart() {
        AtomicInteger runs = new AtomicInteger();
        writes.inTransaction(null, tx -> {
            tx.run("CREATE (:Entity {key: $k})", Map.of("k", "run-" + runs.incrementAndGet())).consume();
            if (runs.get() == 1) {
                throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "as a deadlock would");
            }
            return null;
        });
        assertThat(runs.get()).isEqualTo(2);
        assertThat(TestGraph.query("MATCH (e:Entity) RETURN e.key AS k")).extracting(r -> r.get("k").asString())
                .containsExactly("run-2");
    }

    @Test
    void aTransactionPastItsTimeoutIsStoppedAsTheDriverSaysIt() {
        assertThatThrownBy(() -> writes.inTransaction(Duration.ofMillis(50), tx -> {
            tx.run("CREATE (:Entity {key: 'slow'})").consume();
            return tx.run("UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(x)").consume();
        })).isInstanceOfSatisfying(ClientException.class,
                e -> assertThat(e.code()).startsWith("Neo.ClientError.Transaction.TransactionTimedOut"));
        assertThat(nodes()).isZero();
    }

    @Test
    void theRolledBackTransactionLeavesNothing() {
        writes.rolledBack(tx -> tx.run("CREATE (:Entity {key: 'planned'})").consume());
        assertThat(nodes()).isZero();
    }
}
