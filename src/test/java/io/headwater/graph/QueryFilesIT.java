package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.headwater.DemoGraph;
import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.TestArticles;

/**
 * The Neo4j Browser kit: every file of cypher/queries runs as a Browser user pastes it, whole, with the example
 * of its WITH line (so the examples in the files stay true), and returns the rows it promises on the demo
 * corpus; the wording-difference query also on the seeds. The app runs the same files with its own parameters.
 * (The real Browser runs them in {@link Neo4jBrowserIT}.)
 */
class QueryFilesIT {

    private static final Pattern EXAMPLE = Pattern.compile("^WITH '([^']*)' AS (\\w+)$", Pattern.MULTILINE);
    private static final Path SEEDS = Path.of("../shared/corpus/seeds");

    private static final DemoGraph DEMO = new DemoGraph();

    @BeforeEach
    void demo() {
        DEMO.load();
    }

    /** The file's text as a Browser user pastes it, run as it is, without parameters. */
    private static List<Record> run(String file) throws IOException {
        String pasted = Files.readString(Path.of("cypher/queries", file));
        Headwater hw = TestGraph.headwater();
        return hw.graph().driver().executableQuery(pasted).withConfig(QueryConfig.builder().withDatabase(hw.graph().database()).build())
                .execute().records();
    }

    /** The file as the app runs it: its example line binds parameters, given here the example's own values. */
    private static List<Record> runAsTheAppDoes(String file) throws IOException {
        String text = Files.readString(Path.of("cypher/queries", file));
        Map<String, Object> params = new HashMap<>();
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            params.put(m.group(2), m.group(1));
        }
        String statement = CypherFile.parse(file, text).single();
        params.keySet().forEach(name -> assertThat(statement).contains("$" + name));
        Headwater hw = TestGraph.headwater();
        return hw.graph().driver().executableQuery(statement).withParameters(params)
                .withConfig(QueryConfig.builder().withDatabase(hw.graph().database()).build()).execute().records();
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void everyFileIsOneStatementAsBrowserSplitsAPaste() throws IOException {
        for (Path file : queryFiles()) {
            String text = Files.readString(file);
            // Neo4j Browser splits what is pasted at every semicolon, comments included, and runs several
            // statements as a script that shows no result table.
            assertThat(Arrays.stream(text.split(";")).filter(part -> !part.isBlank())).as(file.toString()).hasSize(1);
            assertThat(text).as(file + " needs no :param line").doesNotContain(":param");
        }
    }

    @Test
    void theAppRunsEveryFileWithParametersAndGetsWhatAPasteGets() throws IOException {
        for (Path file : queryFiles()) {
            String name = file.getFileName().toString();
            assertThat(runAsTheAppDoes(name).stream().map(Record::asMap).toList()).as(name)
                    .isEqualTo(run(name).stream().map(Record::asMap).toList());
        }
    }

    private static List<String> strings(List<Record> rows, String column) {
        return rows.stream().map(r -> r.get(column)).map(v -> v.isNull() ? null : v.asString()).toList();
    }

    @Test
    void everyQueryFileIsCovered() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "00-find-entity.cypher", "01-chains-to-primary-sources.cypher", "02-articles-derived-from-source.cypher",
                    "03-article-quotes.cypher", "04-article-credits.cypher", "05-source-citations.cypher",
                    "06-agencies-ranked-by-reach.cypher", "07-articles-with-unattributed-claims.cypher",
                    "08-quote-wording-differences.cypher", "09-shared-passages-between-outlets.cypher",
                    "10-quote-variants.cypher", "11-claim-carriers.cypher", "12-other-publications-of-the-text.cypher");
        }
    }

    @Test
    void otherPublicationsOfTheText() throws IOException {
        DEMO.changed();
        assertThat(run("12-other-publications-of-the-text.cypher")).isEmpty();
        byte[] text = Files.readAllBytes(Path.of("src/main/resources/demo/riverside-daily.txt"));
        TestGraph.headwater().ingest(new io.headwater.ingest.RawDocument("copy", text, "text/plain", null),
                new io.headwater.ingest.ArticleMetadata("Gulf Gazette", "https://gulf-gazette.example/trawlers", "2024-03-16"));
        List<Record> rows = run("12-other-publications-of-the-text.cypher");
        assertThat(strings(rows, "outlet")).containsExactly("Gulf Gazette");
        assertThat(strings(rows, "url")).containsExactly("https://gulf-gazette.example/trawlers");
    }

    @Test
    void findEntity() throws IOException {
        assertThat(strings(run("00-find-entity.cypher"), "key")).contains("org:international-maritime-compliance-panel");
    }

    @Test
    void chainsToPrimarySources() throws IOException {
        List<Record> rows = run("01-chains-to-primary-sources.cypher");
        assertThat(rows).hasSize(1);
        List<String> names = rows.get(0).get("hops").asList(h -> h.get("name").asString());
        assertThat(names).containsExactly("International Maritime Compliance Panel report, March 2024", "Agence France-Presse story on "
                + "the International Maritime Compliance Panel report, March 2024", "Illegal fishing fleets earned $120 million from "
                + "seized catch, confidential panel report says");
        assertThat(rows.get(0).get("outlet").asString()).isEqualTo("Harbour Times");
    }

    /**
     * The app fetches chains of several articles in one statement ({@code chains-of-articles} in lookups.cypher):
     * for every demo article its rows are the Browser file's rows for that article alone, hop for hop.
     */
    @Test
    void theAppsChainsOfSeveralArticlesAreTheBrowserFilesChains() {
        Headwater hw = TestGraph.headwater();
        QueryConfig config = QueryConfig.builder().withDatabase(hw.graph().database()).build();
        String one = CypherFile.load("queries/01-chains-to-primary-sources.cypher").single();
        String several = CypherFile.load("lookups.cypher").statement("chains-of-articles");
        List<String> ids = hw.graph().driver().executableQuery("MATCH (a:Article) RETURN a.id AS id ORDER BY id")
                .withConfig(config).execute().records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(ids).hasSizeGreaterThan(1);
        List<String> columns = List.of("hops", "links", "outlet", "outletKey");
        Map<String, List<Map<String, Object>>> together = new HashMap<>();
        hw.graph().driver().executableQuery(several).withParameters(Map.of("articleIds", ids)).withConfig(config).execute()
                .records().forEach(r -> together.computeIfAbsent(r.get("articleId").asString(), k -> new java.util.ArrayList<>())
                        .add(select(r, columns)));
        int chains = 0;
        for (String id : ids) {
            List<Map<String, Object>> alone = hw.graph().driver().executableQuery(one).withParameters(Map.of("articleId", id))
                    .withConfig(config).execute().records().stream().map(r -> select(r, columns)).toList();
            assertThat(together.getOrDefault(id, List.of())).as(id).isEqualTo(alone);
            chains += alone.size();
        }
        assertThat(chains).isGreaterThan(ids.size() / 2);
    }

    private static Map<String, Object> select(Record r, List<String> columns) {
        Map<String, Object> row = new HashMap<>();
        columns.forEach(c -> row.put(c, r.get(c).asObject()));
        return row;
    }

    @Test
    void articlesDerivedFromASource() throws IOException {
        assertThat(strings(run("02-articles-derived-from-source.cypher"), "outlet"))
                .containsExactlyInAnyOrder("Harbour Times", "Riverside Daily");
    }

    @Test
    void articleQuotes() throws IOException {
        List<Record> rows = run("03-article-quotes.cypher");
        assertThat(rows).hasSize(5);
        assertThat(strings(rows, "source")).contains("a flag state");
        assertThat(strings(rows, "via")).contains("Agence France-Presse");
    }

    @Test
    void articleCredits() throws IOException {
        assertThat(strings(run("04-article-credits.cypher"), "key")).containsExactly("reuters");
    }

    @Test
    void sourceCitations() throws IOException {
        List<Record> rows = run("05-source-citations.cypher");
        assertThat(rows).extracting(r -> r.get("relation").asString() + " " + r.get("name").asString())
                .containsExactly("AUTHORED_BY International Maritime Compliance Panel", "CITES a flag state",
                        "SUBMITTED_TO Regional Fisheries Council");
    }

    @Test
    void agenciesRankedByReach() throws IOException {
        List<Record> rows = run("06-agencies-ranked-by-reach.cypher");
        assertThat(rows.get(0).get("key").asString()).isEqualTo("afp");
        assertThat(rows.get(0).get("articles").asLong()).isEqualTo(2);
        assertThat(rows.get(0).get("outlets").asLong()).isEqualTo(2);
        assertThat(strings(rows, "key")).contains("reuters");
    }

    @Test
    void articlesWithUnattributedClaims() throws IOException {
        List<Record> rows = run("07-articles-with-unattributed-claims.cypher");
        assertThat(strings(rows, "headline")).containsExactly("Harbour dredging to start in June");
        assertThat(rows.get(0).get("examples").asList(Value::asString))
                .containsExactly("\"This is the biggest job the port has seen in decades.\"");
    }

    @Test
    void quoteWordingDifferences() throws IOException {
        List<Record> rows = run("08-quote-wording-differences.cypher");
        assertThat(rows).anySatisfy(r -> {
            assertThat(List.of(r.get("outlet1").asString(), r.get("outlet2").asString()))
                    .containsExactlyInAnyOrder("Harbour Times", "Riverside Daily");
            assertThat(r.get("wording1").asString() + " | " + r.get("wording2").asString()).contains("tracking beacons");
        });
    }

    @Test
    void sharedPassagesBetweenOutlets() throws IOException {
        List<Record> rows = run("09-shared-passages-between-outlets.cypher");
        assertThat(rows).hasSize(1);
        Record r = rows.get(0);
        assertThat(r.get("outlet").asString()).isEqualTo("Harbour Times");
        assertThat(r.get("otherOutlet").asString()).isEqualTo("Riverside Daily");
        assertThat(r.get("relationship").asString()).isEqualTo("SHARES_TEXT");
        assertThat(r.get("class").asString()).isEqualTo("DERIVED_FROM");
        assertThat(r.get("direction").asString()).isEqualTo("common-upstream");
        List<Value> passages = r.get("passages").asList(v -> v);
        assertThat(passages).anySatisfy(p -> {
            assertThat(p.get("text").asString()).contains("landed catch worth more than $120 million");
            assertThat(p.get("otherText").asString()).contains("landed catch worth more than $120 million");
        });
        assertThat(passages).noneSatisfy(p -> assertThat(p.get("text").asString()).contains("demonstration article"));
    }

    @Test
    void quoteVariants() throws IOException {
        List<Record> rows = run("10-quote-variants.cypher");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("otherOutlet").asString()).isEqualTo("Riverside Daily");
            assertThat(r.get("wording").asString()).contains("tracking beacons");
            assertThat(r.get("diff").asString()).isNotBlank();
        });
    }

    @Test
    void claimCarriersEarliestFirstWithTheirPrimarySource() throws IOException {
        List<Record> rows = run("11-claim-carriers.cypher");
        assertThat(strings(rows, "outlet")).containsExactly("Riverside Daily", "Harbour Times");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("primarySources").asList(Value::asString)).containsExactly("International Maritime Compliance Panel report, March 2024");
            assertThat(r.get("chains").get(0).asList(Value::asString)).element(1).isEqualTo("Agence France-Presse");
        });
    }

    @Test
    void quoteWordingDifferencesOnTheSeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "../shared is absent: seed check skipped");
        DEMO.changed();
        TestGraph.clear();
        Headwater hw = TestGraph.headwater();
        hw.ingest(TestArticles.file(SEEDS.resolve("000_9363e56cca82e286.txt")), ArticleMetadata.NONE);
        hw.ingest(TestArticles.file(SEEDS.resolve("003_1cd5954b93557101.txt")),
                new ArticleMetadata("IBTimes Singapore", null, null));
        List<Record> rows = run("08-quote-wording-differences.cypher");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("wording1").asString() + " | " + r.get("wording2").asString())
                .contains("DPRK demonstrated increased capabilities", "North Korea also demonstrated"));
    }
}
