package io.headwater;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;

/** Ingest on several threads: articles still see each other, outcomes keep their order, a failing one leaves no trace. */
class IngestPipelineIT {

    private final Headwater hw = TestGraph.headwater();

    @BeforeEach
    void clear() {
        TestGraph.clear();
    }

    /** Outcomes as they were told: "ok ORIGIN" or "failed ORIGIN", with the results of the ingested ones. */
    private static final class Told implements IngestPipeline.Outcomes {
        final List<String> order = new ArrayList<>();
        final List<Headwater.IngestResult> results = new ArrayList<>();

        @Override
        public void ingested(RawDocument document, Headwater.IngestResult result, Deadline deadline) {
            order.add("ok " + document.origin());
            results.add(result);
        }

        @Override
        public void failed(RawDocument document, InvalidArticleException error, Deadline deadline) {
            order.add("failed " + document.origin());
        }
    }

    private static RawDocument text(String origin, String text) {
        return new RawDocument(origin, text.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private static long count(String cypher) {
        return TestGraph.query(cypher).get(0).get(0).asLong();
    }

    private static final String ORIGINAL = """
            Harbour cranes fall silent as dockers walk out

            Dockers at the northern container terminal stopped work on Monday over a dispute about night shifts, \
            the port authority said in a statement. The authority said that eleven ships were waiting at anchor and \
            that perishable cargo would be moved to the southern quays by the end of the week.

            "We will not work through another winter of twelve-hour nights," said Marta Ilves, who speaks for the \
            dockers' union, adding that talks with the terminal operator had broken down on Friday.
            """;

    @Test
    void articlesAnalysedTogetherStillSeeEachOtherAndAreToldInInputOrder() {
        String copy = "Dockers strike at the northern terminal\n\n" + ORIGINAL.substring(ORIGINAL.indexOf("Dockers at"))
                + "\nThe Evening Ledger contributed to this report.\n";
        List<RawDocument> docs = List.of(text("original.txt", ORIGINAL), text("empty.txt", ""), text("copy.txt", copy),
                TestArticles.fixture("ferry-strike.txt"), TestArticles.fixture("pacific-post-tuna.txt"));
        Told told = new Told();

        try (IngestPipeline pipeline = new IngestPipeline(hw, 3, Duration.ofSeconds(120), told)) {
            docs.forEach(d -> pipeline.submit(d, ArticleMetadata.NONE));
            pipeline.finish();
        }

        assertThat(told.order).containsExactly("ok original.txt", "failed empty.txt", "ok copy.txt",
                "ok " + docs.get(3).origin(), "ok " + docs.get(4).origin());
        // The copy was analysed while the original was, yet compared with it: the original was written first.
        assertThat(told.results.get(1).reusePairs()).isPositive();
        assertThat(count("MATCH (:Article)-[r]->(:Article) RETURN count(r)")).isPositive();
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(4);
    }

    @Test
    void anArticleFailingInItsWriteLeavesTheGraphAndIndexAsIfItHadNeverComeAndTheOthersGoOn() {
        RawDocument tuna = TestArticles.fixture("pacific-post-tuna.txt");
        RawDocument ferry = TestArticles.fixture("ferry-strike.txt");
        RawDocument docks = text("docks.txt", ORIGINAL);
        String ferryId = hw.analyse(ferry, ArticleMetadata.NONE).article().id();
        // The ferry article's clock stands still until its write has run a few statements, then jumps an hour (and stays
        // an hour ahead, as a clock would: the write's transaction may hold other articles too, which it then waits for).
        AtomicReference<Deadline> ferryDeadline = new AtomicReference<>();
        AtomicInteger readingsInWrite = new AtomicInteger();
        Told told = new Told();

        try (IngestPipeline pipeline = new IngestPipeline(hw, 2, document -> {
            if (document != ferry) {
                return Deadline.after(Duration.ofSeconds(120));
            }
            ferryDeadline.set(Deadline.after(Duration.ofSeconds(60), () -> {
                Deadline d = ferryDeadline.get();
                boolean writing = d != null && d.stage().equals("write");
                boolean jumped = (writing ? readingsInWrite.incrementAndGet() : readingsInWrite.get()) >= 3;
                return jumped ? Duration.ofHours(1).toNanos() : 0L;
            }));
            return ferryDeadline.get();
        }, told)) {
            List.of(tuna, ferry, docks).forEach(d -> pipeline.submit(d, ArticleMetadata.NONE));
            pipeline.finish();
        }

        assertThat(told.order).containsExactly("ok " + tuna.origin(), "failed " + ferry.origin(), "ok docks.txt");
        assertThat(hw.reuse().contains(ferryId)).isFalse();
        long[][] counts = TestGraph.countsNowAndRebuilt(() -> {
            hw.ingest(tuna, ArticleMetadata.NONE);
            hw.ingest(docks, ArticleMetadata.NONE);
        });
        assertThat(counts[0]).containsExactly(counts[1]);
    }
}
