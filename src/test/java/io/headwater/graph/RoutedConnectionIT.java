package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ClientException;

import io.headwater.Headwater;
import io.headwater.TestArticles;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;

/**
 * Over {@code neo4j://} (the routing scheme a cluster or Aura is reached by) Headwater works as over {@code bolt://}:
 * writes go through managed write transactions to the leader, and every lookup through a read-routed managed
 * transaction, which a cluster would send to a follower. Here against the in-process server, which answers the
 * routing requests itself.
 */
class RoutedConnectionIT {

    @Test
    void ingestAndEveryLookupWorkOverTheRoutingSchemeAndLookupsRunInReadTransactions(@TempDir Path dir) throws IOException {
        Headwater local = TestGraph.headwater();
        TestGraph.clear();
        var login = local.graph().embeddedCredentials();
        URI routed = URI.create("neo4j://127.0.0.1:" + local.graph().embeddedBolt().getPort());
        GraphSettings settings = new GraphSettings(routed, login.user(), login.password(), local.graph().database(),
                Files.createDirectories(dir.resolve("data")), 0, -1);

        try (Headwater hw = Headwater.over(GraphConnection.open(settings), dir.resolve("reuse-index"))) {
            Headwater.IngestResult tuna = hw.ingest(TestArticles.fixture("pacific-post-tuna.txt"), ArticleMetadata.NONE);
            TestGraph.awaitSearch();

            assertThat(hw.tracer().provenance(tuna.id())).hasValueSatisfying(p -> assertThat(p.chains()).isNotEmpty());
            assertThat(hw.lookups().entitiesNamed("Fisheries", null, 0, 20).items()).isNotEmpty();
            assertThat(hw.claims().find("Pacific island states agreed on Thursday to cut the tuna catch by a fifth", 0, 20)
                    .totalElements()).isEqualTo(1);
            // The lookups' configuration is a read transaction: the server refuses a write sent through it.
            assertThatThrownBy(() -> hw.graph().driver().executableQuery("CREATE (:Probe {at: $at})")
                    .withParameters(Map.of("at", 1)).withConfig(GraphConnection.reads(hw.graph().database())).execute())
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("read");
        }
        assertThat(TestGraph.query("MATCH (p:Probe) RETURN count(p) AS n").get(0).get("n").asLong()).isZero();
    }
}
