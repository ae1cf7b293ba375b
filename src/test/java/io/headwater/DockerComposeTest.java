package io.headwater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * No Docker engine runs here, so the compose file is checked the way the images read it: its variables filled in as
 * Compose fills them from .env, the neo4j service's environment turned into neo4j.conf settings as the official
 * image's entrypoint turns it, and those settings validated by Neo4j's own configuration classes (strict validation,
 * as the server starts with), so that a setting Neo4j would refuse fails here.
 */
class DockerComposeTest {

    private static final Map<String, String> DOT_ENV = Map.of("NEO4J_PASSWORD", "a-long-sample-password");
    /** The neo4j image's control variables, which its entrypoint does not turn into settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("NEO4J_ACCEPT_LICENSE_AGREEMENT", "NEO4J_AUTH", "NEO4J_AUTH_PATH",
            "NEO4J_DEBUG", "NEO4J_EDITION", "NEO4J_HOME", "NEO4J_PLUGINS", "NEO4J_SHA256", "NEO4J_TARBALL", "NEO4J_DEPRECATION_WARNING");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::([-?])([^}]*))?}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(Path.of("docker-compose.yml")));
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        ((Map<String, Object>) service.get("environment")).forEach((k, v) -> env.put(k, interpolate(String.valueOf(v), DOT_ENV)));
        return env;
    }

    /** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error}, and $$ for a dollar the container sees. */
    static String interpolate(String value, Map<String, String> dotEnv) {
        Matcher m = VARIABLE.matcher(value.replace("$$", "\u0000"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String given = dotEnv.get(m.group(1));
            if (given == null || given.isEmpty()) {
                if ("?".equals(m.group(2))) {
                    throw new IllegalStateException("compose stops: " + m.group(3));
                }
                given = "-".equals(m.group(2)) ? m.group(3) : "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(given));
        }
        return m.appendTail(out).toString().replace('\u0000', '$');
    }

    /**
     * The settings the official image's entrypoint writes to neo4j.conf: its Docker defaults, then each NEO4J_*
     * variable but the control ones, named by dropping the prefix, "_" as "." and "__" as "_".
     */
    static Map<String, String> settingsTheImageDerives(Map<String, String> environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.memory.pagecache.size", "512M");
        settings.put("server.default_listen_address", "0.0.0.0");
        environment.forEach((name, value) -> {
            if (name.startsWith("NEO4J_") && !NOT_SETTINGS.contains(name) && !value.isEmpty()) {
                settings.put(name.substring("NEO4J_".length()).replace("_", ".").replace("..", "_"), value);
            }
        });
        return settings;
    }

    /** Neo4j's own validation of a neo4j.conf, strict as the server's is by default. */
    private static void validate(Map<String, String> settings) {
        Config.newBuilder().setRaw(settings).build();
    }

    @Test
    void neo4jStartsWithTheSettingsTheImageDerivesFromTheComposeEnvironment() throws IOException {
        Map<String, Object> neo4j = service("neo4j");
        assertThat((String) neo4j.get("image")).startsWith("neo4j:5.26");
        Map<String, String> env = environment(neo4j);
        validate(settingsTheImageDerives(env));

        // NEO4J_AUTH, as the entrypoint reads it: neo4j/<password>, not the default password, 8 characters or more.
        Matcher auth = Pattern.compile("^([^/]+)/([^/]+)/?([tT][rR][uU][eE])?$").matcher(env.get("NEO4J_AUTH"));
        assertThat(auth.matches()).isTrue();
        assertThat(auth.group(1)).isEqualTo("neo4j");
        assertThat(auth.group(2)).isEqualTo(DOT_ENV.get("NEO4J_PASSWORD")).isNotEqualTo("neo4j").hasSizeGreaterThanOrEqualTo(8);
        assertThat((List<String>) neo4j.get("ports")).contains("127.0.0.1:7474:7474", "127.0.0.1:7687:7687");
    }

    @Test
    void theValidationRefusesWhatNeo4jWouldRefuse() {
        // The compose file's old mistake: the image turned NEO4J_PASSWORD into a setting "PASSWORD".
        assertThatThrownBy(() -> validate(settingsTheImageDerives(Map.of("NEO4J_PASSWORD", "a-long-sample-password"))))
                .hasMessageContaining("PASSWORD");
        assertThat(settingsTheImageDerives(Map.of("NEO4J_dbms_security_auth__minimum__password__length", "12")))
                .containsEntry("dbms.security.auth_minimum_password_length", "12");
    }

    @Test
    void composeStopsWithAMessageWhenNoPasswordIsSet() {
        assertThatThrownBy(() -> interpolate("neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD in .env}", Map.of()))
                .hasMessageContaining("set NEO4J_PASSWORD in .env");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHealthCheckUsesOnlyVariablesTheNeo4jContainerHas() throws IOException {
        Map<String, Object> neo4j = service("neo4j");
        String test = String.join(" ", (List<String>) ((Map<String, Object>) neo4j.get("healthcheck")).get("test"));
        Matcher used = Pattern.compile("\\$\\$\\{?(\\w+)").matcher(test);
        while (used.find()) {
            assertThat(environment(neo4j)).as("the health check reads $" + used.group(1)).containsKey(used.group(1));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void headwaterIsBuiltFromThisCheckoutAndPointsAtTheNeo4jService() throws IOException {
        Map<String, Object> app = service("headwater");
        assertThat(app.get("build")).isEqualTo(".");
        List<String> volumes = (List<String>) app.get("volumes");
        assertThat(volumes).as("nothing of the host's is mounted (a missing jar would be mounted as a directory)")
                .allSatisfy(v -> assertThat(v).doesNotStartWith(".").doesNotStartWith("/"));
        Map<String, String> env = environment(app);
        assertThat(env).containsEntry("NEO4J_URI", "bolt://neo4j:7687").containsEntry("NEO4J_USERNAME", "neo4j")
                .containsEntry("NEO4J_PASSWORD", DOT_ENV.get("NEO4J_PASSWORD"));
        // The write token lives in HEADWATER_DB, which must be the volume.
        assertThat(volumes).contains("headwater-data:" + env.get("HEADWATER_DB"));
        assertThat(env.get("HEADWATER_REUSE_INDEX")).startsWith(env.get("HEADWATER_DB") + "/");
    }

    @Test
    void theDockerfileCopiesEverythingTheBuildReadsAndShipsTheJarThePomNames() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> copied = lines.stream().filter(l -> l.startsWith("COPY ") && !l.contains("--from="))
                .flatMap(l -> {
                    String[] words = l.split("\\s+");
                    return java.util.Arrays.stream(words, 1, words.length - 1);
                }).toList();
        assertThat(copied).as("every COPY source exists in the checkout").allSatisfy(c -> assertThat(Path.of(c)).exists());

        // What the Maven build reads: the wrapper, the POM, the sources and every resource directory the POM names.
        var pom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        var directories = pom.getElementsByTagName("directory");
        List<String> read = new java.util.ArrayList<>(List.of(".mvn/wrapper/maven-wrapper.properties", "mvnw", "pom.xml", "src/main/java"));
        for (int i = 0; i < directories.getLength(); i++) {
            read.add(directories.item(i).getTextContent().strip());
        }
        assertThat(read).as("the build stage copies what the build reads")
                .allSatisfy(r -> assertThat(copied).anySatisfy(c -> assertThat(r + "/").startsWith(c.endsWith("/") ? c : c + "/")));

        String jar = "target/" + pom.getElementsByTagName("finalName").item(0).getTextContent().strip() + ".jar";
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("RUN ./mvnw").contains("package"));
        assertThat(lines).as("the runtime stage takes the jar the POM builds")
                .anySatisfy(l -> assertThat(l).startsWith("COPY --from=build").contains("/" + jar + " "));
    }
}
