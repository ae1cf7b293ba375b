package io.headwater.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.junit.jupiter.api.io.TempDir;

import io.headwater.TestGraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line contract scripts rely on: output lines, exit codes and the trace JSON. Most commands run against
 * the shared test graph, given by {@code --uri} as a server is (emptied first, with a reuse index of the test's own):
 * opening an embedded database takes seconds per command. The tests of the {@code --db} path itself (the embedded
 * database a command opens and closes, its reuse index beside it, a relative path, a directory in use, nothing
 * created on bad input) open their own.
 */
class CommandLineIT {

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    /** Runs {@code command} against the shared test graph (the test empties it first), with the reuse index in {@code dir}. */
    private static CommandRun onServer(Path dir, String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(TestGraph.serverOptions(dir.resolve("reuse-index")));
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void ingestPrintsOneLinePerInputAndTraceGivesTheChainAsJson(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/articles/pacific-post-tuna.txt"), articles.resolve("tuna.txt"));
        Files.writeString(articles.resolve("empty.txt"), "");
        Files.write(articles.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5});
        TestGraph.clear();

        CommandRun ingest = onServer(dir, "ingest", "--outlet", "The Pacific Post", articles.toString());
        assertThat(ingest.code()).isZero();
        String[] lines = ingest.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ERROR\t").contains("binary.txt").contains("not a text file"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ERROR\t").contains("empty.txt").contains("empty"));
        String ok = java.util.Arrays.stream(lines).filter(l -> l.startsWith("a-")).findFirst().orElseThrow();
        String[] fields = ok.split("\t");
        assertThat(fields).hasSize(3);
        assertThat(fields[1]).endsWith("tuna.txt");
        assertThat(fields[2]).isEqualTo("Pacific nations agree to cap tuna catch");
        assertThat(ingest.err()).contains("ingested 1 new, 0 already in the graph, 2 failed");

        CommandRun trace = onServer(dir, "trace", "--json", fields[0]);
        assertThat(trace.code()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(trace.out());
        assertThat(json.get("article").get("id").asString()).isEqualTo(fields[0]);
        JsonNode chain = json.get("chains").get(0);
        assertThat(chain.get(0).get("label").asString()).isEqualTo("Source");
        assertThat(chain.get(1).get("label").asString()).isEqualTo("Agency");
        assertThat(chain.get(1).get("name").asString()).isEqualTo("Agence France-Presse");
        assertThat(chain.get(2).get("label").asString()).isEqualTo("Outlet");
        assertThat(chain.get(2).get("name").asString()).isEqualTo("The Pacific Post");
        assertThat(chain.get(0).get("evidence").get("sentence").asString()).contains("AFP");
        assertThat(json.get("credits").get(0).get("name").asString()).isEqualTo("Kyodo News");

        CommandRun again = onServer(dir, "ingest", "--outlet", "The Pacific Post", articles.resolve("tuna.txt").toString());
        assertThat(again.out()).startsWith(fields[0] + "\t");
        assertThat(again.err()).contains("ingested 0 new, 1 already in the graph");

        CommandRun filled = onServer(dir, "ingest", "--url", "https://pacific-post.example/tuna", "--published", "2024-03-01",
                articles.resolve("tuna.txt").toString());
        assertThat(filled.out()).startsWith(fields[0] + "\t");
        assertThat(filled.err()).contains(fields[0] + " was in the graph already; filled in its url, published",
                "ingested 0 new, 1 already in the graph (1 with details filled in)");

        CommandRun report = onServer(dir, "report", "--format", "md", fields[0]);
        assertThat(report.out()).contains("```mermaid", "Agence France-Presse", "Ministry of Fisheries of Fiji");
    }

    @Test
    void claimFindsTheArticleThatCarriesASentenceWithItsChain(@TempDir Path dir) {
        TestGraph.clear();
        assertThat(onServer(dir, "ingest", "--outlet", "The Pacific Post", "src/test/resources/articles/pacific-post-tuna.txt").code())
                .isZero();
        TestGraph.awaitSearch();
        CommandRun claim = onServer(dir, "claim", "--json", "Pacific island states agreed on Thursday to cut the tuna catch by a fifth");
        assertThat(claim.code()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(claim.out());
        assertThat(json.get("totalElements").asInt()).isEqualTo(1);
        JsonNode carrier = json.get("items").get(0);
        assertThat(carrier.get("article").get("outlet").asString()).isEqualTo("The Pacific Post");
        assertThat(carrier.get("holds").asDouble()).isEqualTo(1.0);
        assertThat(carrier.get("chains").get(0).get(1).get("name").asString()).isEqualTo("Agence France-Presse");
        CommandRun text = onServer(dir, "claim", "Pacific", "island", "states", "agreed", "on", "Thursday", "to", "cut", "the", "tuna", "catch");
        assertThat(text.out()).contains("earliest:", "The Pacific Post", "chain: Source");
        CommandRun tooShort = onServer(dir, "claim", "tuna catch cut");
        assertThat(tooShort.code()).isEqualTo(2);
        assertThat(tooShort.err()).contains("error: the claim has 3 words; claim search needs at least 8");
    }

    @Test
    void ingestsTheHtmlPagesOfAWarcIntoTheGraph(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        byte[] page = Files.readAllBytes(Path.of("src/test/resources/html/jsonld-article.html"));
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            writer.write(new WarcResponse.Builder("https://courier.example/weir").body(new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), page).build()).build());
            writer.write(new WarcResponse.Builder("https://courier.example/logo.png").body(new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build()).build());
        }
        TestGraph.clear();
        CommandRun ingest = onServer(dir, "ingest", warc.toString());
        assertThat(ingest.code()).isZero();
        assertThat(ingest.out().strip().split("\n")).singleElement().asString().startsWith("a-").contains("crawl.warc.gz");
        assertThat(ingest.err()).contains("1 read, 0 failed, 1 skipped", "ingested 1 new");
        String id = ingest.out().split("\t")[0];
        CommandRun trace = onServer(dir, "trace", "--json", id);
        assertThat(JsonMapper.builder().build().readTree(trace.out()).get("article").get("url").asString())
                .isEqualTo("https://courier.example/news/2024/03/mill-weir-reopens");
    }

    @Test
    void aRelativeDbPathKeepsWhatIngestWroteAndAPathWithALineBreakOrTabStaysOneFieldOfOneLine(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/articles/pacific-post-tuna.txt"), in.resolve("two\nlines.txt"));
        Files.writeString(in.resolve("tab\tname.txt"), "");
        // A path with ".." in it, relative to the working directory, as "--db ../cli/db" is.
        Path target = Files.createDirectories(Path.of("target", "cli-test-" + System.nanoTime()));
        String db = target + "/../" + target.getFileName() + "/db";
        try {
            CommandRun ingest = run("ingest", "--db", db, in.toString());
            assertThat(ingest.err()).doesNotContain("not a normalized path");
            assertThat(ingest.code()).isZero();
            List<String> lines = ingest.out().strip().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines).anySatisfy(l -> assertThat(l.split("\t", -1)).hasSize(3).satisfies(f ->
                    assertThat(f[1]).endsWith("two\\nlines.txt")));
            assertThat(lines).anySatisfy(l -> assertThat(l.split("\t", -1)).hasSize(3).satisfies(f -> {
                assertThat(f[0]).isEqualTo("ERROR");
                assertThat(f[1]).endsWith("tab\\tname.txt");
            }));
            String id = lines.stream().filter(l -> l.startsWith("a-")).findFirst().orElseThrow().split("\t")[0];
            CommandRun trace = run("trace", "--db", db, "--json", id);
            assertThat(trace.code()).isZero();
            assertThat(JsonMapper.builder().build().readTree(trace.out()).get("chains").get(0).get(1).get("name").asString())
                    .isEqualTo("Agence France-Presse");
            assertThat(target.resolve("db").resolve("reuse-index")).as("the reuse index beside the embedded database")
                    .isDirectory();
        } finally {
            try (var walk = Files.walk(target)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aDatabaseInUseSaysSoAndOtherStartFailuresDoNot(@TempDir Path dir) throws IOException {
        try (var running = io.headwater.graph.EmbeddedNeo4j.start(dir.resolve("db"), 0)) {
            CommandRun busy = run("trace", "--db", dir.resolve("db").toString(), "a-0000000000000000");
            assertThat(busy.code()).isEqualTo(2);
            assertThat(busy.err()).contains("another Headwater (or Neo4j) is using this directory", "--uri");
        }
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        CommandRun broken = run("trace", "--db", file.toString(), "a-0000000000000000");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("cannot").doesNotContain("another Headwater");
    }

    @Test
    void exitsNonZeroWhenNothingCouldBeIngested(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), " ");
        TestGraph.clear();
        CommandRun r = onServer(dir, "ingest", empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("ERROR\t");
    }

    @Test
    void unknownArticleIdsAreAClearError(@TempDir Path dir) {
        TestGraph.clear();
        CommandRun r = onServer(dir, "trace", "a-0000000000000000");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no article with id a-0000000000000000");
    }

    @Test
    void aBadUriIsAClearError() {
        CommandRun r = run("trace", "--uri", "http://localhost:7474", "a-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--uri must start with bolt:// or neo4j://");
    }

    @Test
    void anUnreachableServerIsAClearError() {
        CommandRun r = run("trace", "--uri", "bolt://127.0.0.1:1", "a-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot reach Neo4j at bolt://127.0.0.1:1");
    }

    @Test
    void extractWritesOneBratFileInPolnearShapePerText(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("pier.txt"), "Pier to close\n\n“We have no choice,” the mayor said on Monday.\n");
        CommandRun extract = run("extract", "--format", "brat", "--out", dir.resolve("out").toString(), in.toString());
        assertThat(extract.code()).isZero();
        String ann = Files.readString(dir.resolve("out").resolve("pier.ann"));
        assertThat(ann).contains("\tSource ", "\tthe mayor\n", "\tCue ", "\tContent ", "\t“We have no choice,”\n");
        assertThat(ann).containsPattern("(?m)^E1\tAttribution:T\\d+ Source:T\\d+ Cue:T\\d+ Content:T\\d+$");
    }

    @Test
    void reuseListsPassagesSideBySideAndAsJson(@TempDir Path dir) throws IOException {
        String agency = Files.readString(Path.of("src/main/resources/demo/harbour-times.txt"));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), agency);
        Files.writeString(in.resolve("b.txt"), Files.readString(Path.of("src/main/resources/demo/riverside-daily.txt")));
        TestGraph.clear();
        CommandRun ingest = onServer(dir, "ingest", "--outlet", "Riverside Daily", in.resolve("b.txt").toString());
        assertThat(ingest.code()).isZero();
        CommandRun second = onServer(dir, "ingest", in.resolve("a.txt").toString());
        String id = second.out().strip().split("\t")[0];
        assertThat(dir.resolve("reuse-index")).as("the reuse index where --reuse-index says").isDirectory();

        CommandRun text = onServer(dir, "reuse", id);
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("SHARES_TEXT").contains("Riverside Daily").contains("common-upstream").contains(" | ");

        CommandRun json = onServer(dir, "reuse", "--json", id);
        JsonNode tree = JsonMapper.builder().build().readTree(json.out());
        assertThat(tree.get("reuse").get(0).get("reuseClass").asString()).isEqualTo("DERIVED_FROM");
        assertThat(tree.get("reuse").get(0).get("passages").size()).isPositive();

        assertThat(onServer(dir, "reuse", "a-0000000000000000").code()).isEqualTo(3);
    }

    @Test
    void ingestReadsAManifestWhoseMetadataWinsOverTheOptions(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/articles/pacific-post-tuna.txt"), dir.resolve("tuna.txt"));
        Path manifest = Files.writeString(dir.resolve("corpus.jsonl"),
                "{\"path\": \"tuna.txt\", \"outlet\": \"Island Courier\", \"url\": \"https://courier.example/tuna\", \"published\": \"2024-05-02\"}\n");
        TestGraph.clear();
        CommandRun ingest = onServer(dir, "ingest", "--outlet", "The Pacific Post", "--manifest", manifest.toString());
        assertThat(ingest.code()).isZero();
        String id = ingest.out().strip().split("\t")[0];
        JsonNode json = JsonMapper.builder().build().readTree(onServer(dir, "trace", "--json", id).out());
        assertThat(json.get("article").get("outlet").asString()).isEqualTo("Island Courier");
        assertThat(json.get("article").get("url").asString()).isEqualTo("https://courier.example/tuna");
    }

    @Test
    void aBadManifestLineWritesNothing(@TempDir Path dir) throws IOException {
        Path manifest = Files.writeString(dir.resolve("corpus.csv"), "path,published\ntuna.txt,not a date\n");
        CommandRun ingest = run("ingest", "--db", dir.resolve("db").toString(), "--manifest", manifest.toString());
        assertThat(ingest.code()).isEqualTo(2);
        assertThat(ingest.err()).contains("line 2", "not a date");
        assertThat(dir.resolve("db")).doesNotExist();
    }

    @Test
    void evalProvenanceWritesTheTraceJsonOfEveryPage(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/pages"));
        Files.writeString(corpus.resolve("tuna.txt"), Files.readString(Path.of("src/test/resources/articles/pacific-post-tuna.txt")));
        Files.writeString(dir.resolve("corpus/cases.json"), """
                [{"slug": "tuna", "outlet": "The Pacific Post", "url": "https://pacific-post.example/tuna",
                  "via": ["AFP"], "story_group": "other-tuna", "primary_is_document": false,
                  "sources": [{"name": "Ministry of Fisheries of Fiji", "type": "government", "mentions": ["the Ministry of Fisheries"]}]}]
                """);
        CommandRun eval = run("eval-provenance", dir.resolve("corpus").toString(), "--out", dir.resolve("pred").toString(), "--score");
        assertThat(eval.code()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("pred/tuna.json")));
        assertThat(json.get("article").get("outlet").asString()).isEqualTo("The Pacific Post");
        assertThat(json.get("chains")).isNotEmpty();
        assertThat(eval.out()).contains("chains right            1.000");
    }

    @Test
    void distillClassesWritesClassesTrainingCanRead(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder text = new StringBuilder();
        String[] names = {"The mayor", "The council", "A spokesman", "The harbour master"};
        String[] verbs = {"said", "stated", "argued", "claimed"};
        for (int i = 0; i < 40; i++) {
            text.append(names[i % 4]).append(' ').append(verbs[(i / 4) % 4]).append(" that the pier would close.\n");
        }
        Files.writeString(in.resolve("pier.txt"), text.toString());
        Path classes = dir.resolve("classes.tsv.gz");
        CommandRun distil = run("distill-classes", "--out", classes.toString(), "--fine", "4", "--coarse", "2", in.toString());
        assertThat(distil.code()).isZero();
        try (java.io.InputStream read = Files.newInputStream(classes)) {
            assertThat(io.headwater.extract.WordClasses.readTable(read).fine("stated")).isNotNegative();
        }
    }

    @Test
    void distillClassesRefusesAFileForAFolder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("one.txt"), "Nothing here.\n");
        CommandRun r = run("distill-classes", "--out", dir.resolve("c.tsv.gz").toString(), file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a folder of .txt files");
        assertThat(dir.resolve("c.tsv.gz")).doesNotExist();
    }
}
