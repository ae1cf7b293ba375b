package io.headwater;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.ingest.ArticleBudgetExceededException;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.RawDocument;
import io.headwater.resolve.ResolvedArticle;

/** Several analysed articles written in one transaction: they see each other, and a bad one fails alone. */
class ArticleBatchIT {

    private final Headwater hw = TestGraph.headwater();

    @BeforeEach
    void clear() {
        TestGraph.clear();
    }

    private static final String LIBRARY = """
            City library to open on Sundays from March

            The central library will open on Sundays from the first of March, the city council said on Tuesday. \
            The council said that the longer hours would be paid for by closing two reading rooms in the old wing \
            and that the children's section would keep its Saturday story mornings.

            "People asked us for one day a week when they are not at work," said Ana Brek, who chairs the council's \
            culture committee, adding that the trial would run for a year before the hours are reviewed.
            """;

    private static final String LIBRARY_COPY = "Library opening on Sundays\n\n" + LIBRARY.substring(LIBRARY.indexOf("The central"))
            + "\nThe Valley Courier contributed to this report.\n";

    private static RawDocument text(String origin, String text) {
        return new RawDocument(origin, text.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private ArticleWriteStep.Pending pending(RawDocument doc, Deadline deadline) {
        ResolvedArticle analysed = hw.analyse(doc, ArticleMetadata.NONE, deadline);
        return new ArticleWriteStep.Pending(analysed, deadline);
    }

    private ArticleWriteStep.Pending pending(RawDocument doc) {
        return pending(doc, Deadline.after(Duration.ofSeconds(120)));
    }

    private static long count(String cypher) {
        return TestGraph.query(cypher).get(0).get(0).asLong();
    }

    @Test
    void anArticleIsComparedWithTheEarlierArticlesOfItsOwnBatch() {
        List<ArticleWriteStep.Written> written = hw.ingestAnalysed(List.of(pending(text("library.txt", LIBRARY)),
                pending(text("library-copy.txt", LIBRARY_COPY)), pending(TestArticles.fixture("ferry-strike.txt"))));

        assertThat(written).allSatisfy(w -> assertThat(w.result()).isNotNull());
        assertThat(written).extracting(w -> w.result().created()).containsExactly(true, true, true);
        // The copy was written in the same transaction as the original, and found it all the same.
        assertThat(written.get(1).result().reusePairs()).isPositive();
        assertThat(count("MATCH (:Article)-[r]->(:Article) RETURN count(r)")).isPositive();
        assertThat(written).allSatisfy(w -> assertThat(hw.reuse().contains(w.result().id())).isTrue());
    }

    @Test
    void theSameTextTwiceInOneBatchIsOnePublication() {
        List<ArticleWriteStep.Written> written = hw.ingestAnalysed(List.of(pending(text("library.txt", LIBRARY)),
                pending(TestArticles.fixture("ferry-strike.txt")), pending(text("library-again.txt", LIBRARY))));

        assertThat(written).extracting(w -> w.result().created()).containsExactly(true, true, false);
        assertThat(written.get(2).result().id()).isEqualTo(written.get(0).result().id());
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
    }

    @Test
    void aBadArticleInABatchFailsAloneWithItsErrorAndLeavesNoPartOfItInTheGraph() {
        RawDocument library = text("library.txt", LIBRARY);
        RawDocument ferry = TestArticles.fixture("ferry-strike.txt");
        RawDocument copy = text("library-copy.txt", LIBRARY_COPY);
        // The ferry article's clock stands still until its statements have run in the batch's transaction, then jumps an
        // hour and stays ahead: its budget runs out inside the write, after the library article was written in the same
        // transaction.
        AtomicReference<Deadline> ferryDeadline = new AtomicReference<>();
        AtomicInteger readingsInWrite = new AtomicInteger();
        ferryDeadline.set(Deadline.after(Duration.ofSeconds(60), () -> {
            Deadline d = ferryDeadline.get();
            boolean writing = d != null && d.stage().equals("write");
            boolean jumped = (writing ? readingsInWrite.incrementAndGet() : readingsInWrite.get()) >= 2;
            return jumped ? Duration.ofHours(1).toNanos() : 0L;
        }));
        ArticleWriteStep.Pending bad = pending(ferry, ferryDeadline.get());
        String ferryId = bad.analysed().article().id();

        List<ArticleWriteStep.Written> written = hw.ingestAnalysed(List.of(pending(library), bad, pending(copy)));

        assertThat(written).hasSize(3);
        assertThat(written.get(0).result().created()).isTrue();
        assertThat(written.get(1).refused()).isInstanceOf(ArticleBudgetExceededException.class)
                .hasMessageContaining("the time budget for one article");
        assertThat(written.get(2).result().created()).isTrue();
        // The copy, written again after the batch failed, still found the original.
        assertThat(written.get(2).result().reusePairs()).isPositive();
        assertThat(TestGraph.query("MATCH (a:Article {id: $id}) RETURN count(a)", "id", ferryId).get(0).get(0).asLong()).isZero();
        assertThat(hw.reuse().contains(ferryId)).isFalse();
        // Nothing of the ferry article is left: the graph is what the two others make alone.
        long[][] counts = TestGraph.countsNowAndRebuilt(() -> {
            hw.ingest(library, ArticleMetadata.NONE);
            hw.ingest(copy, ArticleMetadata.NONE);
        });
        assertThat(counts[0]).containsExactly(counts[1]);
    }
}
