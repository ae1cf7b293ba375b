package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

class GraphConnectionIT {

    @Test
    void thePasswordFileWinsOverAPasswordChangedSinceTheLastStart(@TempDir Path dir) throws IOException {
        GraphSettings settings = new GraphSettings(null, null, null, "neo4j", dir.resolve("db"), 0, -1);
        String first;
        try (GraphConnection graph = GraphConnection.open(settings)) {
            first = graph.embeddedCredentials().password();
        }
        Path file = dir.resolve("db").resolve(EmbeddedNeo4j.PASSWORD_FILE);
        Files.writeString(file, "a-password-of-my-own\n");
        try (GraphConnection graph = GraphConnection.open(settings)) {
            assertThat(graph.embeddedCredentials().password()).isEqualTo("a-password-of-my-own");
            assertThat(graph.driver().executableQuery("RETURN 1 AS one").execute().records()).hasSize(1);
            try (var old = GraphDatabase.driver(graph.embeddedBolt(), AuthTokens.basic(EmbeddedNeo4j.USER, first))) {
                assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
    }
}
