package io.headwater.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.headwater.HeadwaterSettings;
import picocli.CommandLine;

/** Both doors start from the same settings: what Spring binds from no properties is what the options give unset. */
class SettingsDefaultsTest {

    private static HeadwaterSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("headwater", HeadwaterSettings.class);
    }

    private static ServeCommand serve(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve;
    }

    private static HeadwaterSettings settings(ServeCommand serve) {
        return serve.graph.settings(serve.boltPort, serve.browserPort, serve.budget.seconds, HeadwaterSettings.DEFAULTS.fetchTimeout());
    }

    @Test
    void restAndCommandLineHaveTheSameDefaults() {
        // The options' defaults read these variables first: set, they would be the user's settings, not the defaults.
        assumeTrue(Stream.of("HEADWATER_DB", "NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE",
                "HEADWATER_REUSE_INDEX", "HEADWATER_ARTICLE_BUDGET").allMatch(v -> System.getenv(v) == null));

        HeadwaterSettings rest = bound(Map.of());
        HeadwaterSettings cli = settings(serve());

        assertThat(rest).isEqualTo(HeadwaterSettings.DEFAULTS);
        assertThat(cli).isEqualTo(HeadwaterSettings.DEFAULTS);
        assertThat(rest.db()).isEqualTo(Path.of("data"));
        assertThat(rest.neo4j().database()).isEqualTo("neo4j");
        assertThat(rest.boltPort()).isEqualTo(7687);
        assertThat(rest.browserPort()).isEqualTo(7474);
        assertThat(rest.reuseIndex()).isNull();
        assertThat(rest.articleBudget("headwater.article-budget")).hasSeconds(120);
        assertThat(rest.fetchTimeout()).isEqualTo(30.0);
    }

    @Test
    void eachDoorReadsTheSameSettingsUnderItsOwnNames() {
        HeadwaterSettings rest = bound(Map.of("headwater.db", "/tmp/graph", "headwater.neo4j.uri", "bolt://db.example:7687",
                "headwater.neo4j.user", "reader", "headwater.neo4j.database", "news", "headwater.bolt-port", "7000",
                "headwater.browser-port", "-1", "headwater.reuse-index", "/tmp/index", "headwater.article-budget", "2.5"));
        HeadwaterSettings cli = settings(serve("--db", "/tmp/graph", "--uri", "bolt://db.example:7687", "--user", "reader",
                "--database", "news", "--bolt-port", "7000", "--browser-port", "-1", "--reuse-index", "/tmp/index",
                "--article-budget", "2.5"));

        assertThat(cli.db()).isEqualTo(rest.db());
        assertThat(cli.neo4j().uri()).isEqualTo(rest.neo4j().uri());
        assertThat(cli.neo4j().user()).isEqualTo(rest.neo4j().user());
        assertThat(cli.neo4j().database()).isEqualTo(rest.neo4j().database());
        assertThat(cli.boltPort()).isEqualTo(7000).isEqualTo(rest.boltPort());
        assertThat(cli.browserPort()).isEqualTo(-1).isEqualTo(rest.browserPort());
        assertThat(cli.reuseIndex()).isEqualTo(rest.reuseIndex());
        assertThat(cli.articleBudget("--article-budget")).isEqualTo(rest.articleBudget("headwater.article-budget")).hasMillis(2500);
        assertThat(rest.graph("headwater.neo4j.uri")).isEqualTo(cli.graph("--uri"));
    }

    @Test
    void aBadAddressOrBudgetIsRefusedUnderTheNameTheUserGaveIt() {
        HeadwaterSettings rest = bound(Map.of("headwater.neo4j.uri", "http://db.example", "headwater.article-budget", "0"));
        assertThatThrownBy(() -> rest.graph("headwater.neo4j.uri")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("headwater.neo4j.uri must start with bolt://");
        assertThatThrownBy(() -> rest.articleBudget("headwater.article-budget")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("headwater.article-budget must be a positive number of seconds");
    }
}
