package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.headwater.Headwater;
import io.headwater.TestArticles;
import io.headwater.TestGraph;
import io.headwater.cli.DemoCorpus;
import io.headwater.cli.HeadwaterCommand;
import io.headwater.reuse.IndexedArticle;
import io.headwater.reuse.ReuseDetector;

/** A reuse index left behind (or ahead of) the graph by a process that died is brought back in step when it opens. */
class ReuseIndexReconcilerIT {

    private static final String STORY = TestArticles.fixtureText("ferry-strike.txt");

    @Test
    void articlesTheIndexLostAreIndexedAgainAndArticlesTheGraphLostAreRemoved() {
        Headwater hw = TestGraph.headwater();
        TestGraph.clear();
        List<String> ids = DemoCorpus.load(hw).stream().map(Headwater.IngestResult::id).toList();
        ReuseDetector index = hw.reuse();
        // As a kill -9 before the index's commit leaves it, and a delete cut short between graph and index.
        index.delete(ids.get(1));
        index.delete(ids.get(2));
        index.add(new IndexedArticle("a-ffffffffffffffff", null, null, List.of(), false, STORY));
        index.commit();
        ArticleGraphReader reader = new ArticleGraphReader(hw.graph().driver(), hw.graph().database());

        var first = ReuseIndexReconciler.reconcile(reader, index);
        assertThat(first.indexed()).isEqualTo(2);
        assertThat(first.removed()).isEqualTo(1);
        assertThat(ids).allSatisfy(id -> assertThat(index.contains(id)).isTrue());
        assertThat(index.contains("a-ffffffffffffffff")).isFalse();
        assertThat(ReuseIndexReconciler.reconcile(reader, index).changed()).isFalse();
    }

    @Test
    void afterADeadProcessTheNextIngestComparesWithEveryArticleOfTheGraph(@TempDir Path dir) throws IOException {
        Path original = Files.writeString(dir.resolve("gazette.txt"), STORY);
        Path copy = Files.writeString(dir.resolve("courier.txt"), STORY.replace("Ferry crews end strike", "Island ferries sail again")
                + "\nThe union said talks on pay would continue in June.\n");
        // The shared test graph, given by --uri as a server is (an embedded database per command takes seconds to open).
        TestGraph.clear();
        Path index = dir.resolve("reuse-index");
        Run first = onServer(index, "ingest", "--outlet", "Gulf Gazette", "--published", "2024-05-07", original.toString());
        assertThat(first.code()).isZero();
        // The index never committed: the process died after the graph's transaction.
        try (Stream<Path> walk = Files.walk(index)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Run second = onServer(index, "ingest", "--outlet", "Island Courier", "--published", "2024-05-08", copy.toString());
        assertThat(second.err()).contains("reuse index was behind the graph: 1 article(s) indexed again from the graph");
        String copyId = second.out().split("\t")[0];
        Run reuse = onServer(index, "reuse", copyId);
        assertThat(reuse.out()).contains("DERIVED_FROM", first.out().split("\t")[0], "Gulf Gazette");
    }

    /** Runs {@code command} against the shared test graph, with the reuse index in {@code index}. */
    private static Run onServer(Path index, String command, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(command));
        all.addAll(TestGraph.serverOptions(index));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeadwaterCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
