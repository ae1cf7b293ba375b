package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jTest {

    @Test
    void servesBoltOnLoopback(@TempDir Path dir) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("db"), 0);
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            long one = driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong();
            assertThat(one).isEqualTo(1L);
            assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
        }
    }
}
