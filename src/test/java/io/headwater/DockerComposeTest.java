package io.headwater;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** No Docker engine runs here: the compose file is checked as data. */
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of("docker-compose.yml")));
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void neo4jUsesTheOfficialImageWithAPasswordFromTheEnvironment() throws IOException {
        Map<String, Object> neo4j = service("neo4j");
        assertThat((String) neo4j.get("image")).startsWith("neo4j:5.26");
        String auth = (String) ((Map<String, Object>) neo4j.get("environment")).get("NEO4J_AUTH");
        assertThat(auth).startsWith("neo4j/${NEO4J_PASSWORD:?");
        assertThat((List<String>) neo4j.get("ports")).contains("127.0.0.1:7474:7474", "127.0.0.1:7687:7687");
    }

    @Test
    @SuppressWarnings("unchecked")
    void headwaterPointsAtTheNeo4jService() throws IOException {
        Map<String, Object> app = service("headwater");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");
        assertThat(env.get("NEO4J_URI")).isEqualTo("bolt://neo4j:7687");
        assertThat((String) env.get("NEO4J_PASSWORD")).startsWith("${NEO4J_PASSWORD:?");
        assertThat((List<String>) app.get("command")).contains("/app/headwater.jar", "serve");
    }
}
