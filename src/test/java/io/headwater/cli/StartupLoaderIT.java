package io.headwater.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestArticles;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;

/** What {@code serve} loads at start: the demo into an empty graph only, and named articles instead of the demo. */
class StartupLoaderIT {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private Headwater hw;

    @BeforeEach
    void emptyGraph() {
        TestGraph.clear();
        hw = TestGraph.headwater();
    }

    private void serve(List<String> paths) {
        StartupLoader.load(hw, paths, null, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void namedArticlesReplaceTheDemoAndLeaveTheUsersOwnArticlesAlone() {
        List<String> demo = DemoCorpus.load(hw).stream().map(Headwater.IngestResult::id).toList();
        String own = hw.ingest(TestArticles.fixture("no-attribution.txt"), ArticleMetadata.NONE).id();

        serve(List.of("src/test/resources/articles/pacific-post-tuna.txt"));

        assertThat(demo).allSatisfy(id -> assertThat(hw.tracer().article(id)).as(id).isEmpty());
        assertThat(hw.tracer().article(own)).isPresent();
        assertThat(hw.lookups().articleCount()).isEqualTo(2);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("removed the 4 demo articles");
    }

    @Test
    void theDemoGoesIntoAnEmptyGraphOnlyAndOnlyOnce() {
        serve(List.of());
        assertThat(hw.lookups().articlesFromOrigin(DemoCorpus.ORIGIN_PREFIX)).hasSize(4);
        serve(List.of());
        assertThat(hw.lookups().articleCount()).isEqualTo(4);

        TestGraph.clear();
        hw.ingest(TestArticles.fixture("no-attribution.txt"), ArticleMetadata.NONE);
        serve(List.of());
        assertThat(hw.lookups().articleCount()).isEqualTo(1);
    }
}
