package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.BrowserScripts;
import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.cli.DemoCorpus;
import tools.jackson.databind.JsonNode;

/**
 * Neo4j Browser beside the embedded database, driven in real headless Chromium (skipped with a message where
 * Chromium is absent): the link Headwater prints opens the connect form filled in, and every query file pasted whole
 * shows its result table; the chain shows as a graph captioned by headline and name.
 */
class Neo4jBrowserIT {

    @BeforeEach
    void demo() {
        BrowserScripts.assumeAvailable();
        TestGraph.clear();
        DemoCorpus.load(TestGraph.headwater());
    }

    @Test
    void theConnectFormOpensFilledInAndEveryQueryFilePastedWholeShowsItsTable() throws IOException {
        Headwater hw = TestGraph.headwater();
        JsonNode found = BrowserScripts.run("neo4j-browser.mjs", hw.graph().browserConnectLink().toString(), Duration.ofMinutes(5));

        JsonNode form = found.get("form");
        assertThat(form.get("boltaddress").asString()).endsWith("127.0.0.1:" + hw.graph().embeddedBolt().getPort());
        assertThat(form.get("username").asString()).isEqualTo(EmbeddedNeo4j.USER);
        assertThat(form.get("password").asString()).isEqualTo(hw.graph().embeddedCredentials().password());
        assertThat(found.get("address").asString()).as("the password leaves the address bar")
                .doesNotContain(hw.graph().embeddedCredentials().password());

        List<String> files = new ArrayList<>();
        for (JsonNode r : found.get("results")) {
            String file = r.get("file").asString();
            files.add(file);
            assertThat(r.get("error").isNull()).as(file + " ran without error: " + r.get("error")).isTrue();
            assertThat(r.get("table").asBoolean()).as(file + " shows a result table; the frame showed: " + r.get("text")).isTrue();
        }
        try (Stream<Path> all = Files.list(Path.of("cypher/queries"))) {
            assertThat(files).containsExactlyElementsOf(all.map(p -> p.getFileName().toString()).sorted().toList());
        }

        JsonNode chain = found.get("results").get(1);
        assertThat(chain.get("graph").asBoolean()).isTrue();
        List<String> captions = new ArrayList<>();
        chain.get("captions").forEach(c -> captions.add(c.asString()));
        assertThat(String.join(" ", captions)).as("Articles captioned by headline, reports and agencies by name")
                .contains("Illegal fishing", "International Maritime", "Agence").doesNotContain("Lisbon");
    }
}
