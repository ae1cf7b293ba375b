package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.QueryConfig;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.cli.DemoCorpus;

/**
 * Every query a Browser user pastes from cypher/queries runs on the demo corpus with its own :param lines
 * (so the examples in the files stay true) and returns rows.
 */
class QueryFilesTest {

    private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*'([^']*)'", Pattern.MULTILINE);

    @BeforeAll
    static void ingest() {
        TestGraph.clear();
        DemoCorpus.load(TestGraph.headwater());
    }

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
            return files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void runsAndReturnsRows(Path file) throws IOException {
        String text = Files.readString(file);
        Map<String, Object> params = new java.util.HashMap<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            params.put(m.group(1), m.group(2));
        }
        Headwater hw = TestGraph.headwater();
        String query = CypherFile.parse(file.toString(), text).single();
        List<org.neo4j.driver.Record> rows = hw.graph().driver().executableQuery(query).withParameters(params)
                .withConfig(QueryConfig.builder().withDatabase(hw.graph().database()).build()).execute().records();
        assertThat(rows).as("rows of %s with %s", file, params).isNotEmpty();
    }
}
