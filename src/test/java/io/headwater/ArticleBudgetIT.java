package io.headwater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.eval.NewsLikeText;
import io.headwater.ingest.ArticleBudgetExceededException;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.RawDocument;

/** An article gets a time budget; one over it fails with one clear error and leaves the graph and the reuse index as they were. */
class ArticleBudgetIT {

    private final Headwater hw = TestGraph.headwater();

    @BeforeEach
    void clear() {
        TestGraph.clear();
    }

    private static RawDocument prose(int chars) {
        String text = new NewsLikeText(new Random(7)).text(chars);
        return new RawDocument("long.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private static long nodes() {
        return TestGraph.query("MATCH (n) RETURN count(n) AS n").get(0).get("n").asLong();
    }

    @Test
    void aLongArticleOverItsBudgetStopsSoonAfterWithOneClearError() {
        RawDocument doc = prose(2_000_000);
        long start = System.nanoTime();

        assertThatThrownBy(() -> hw.ingest(doc, ArticleMetadata.NONE, Deadline.after(Duration.ofSeconds(1))))
                .isInstanceOf(ArticleBudgetExceededException.class)
                .hasMessageContaining("analysis stopped after 1 s, the time budget for one article");
        // Stages check the clock at least once a sentence: the work stops soon after the budget, not minutes later.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(nodes()).isZero();
    }

    @Test
    void aDeadlinePassingInsideTheWriteRollsTheWholeArticleBack() {
        RawDocument doc = prose(3_000);
        String id = hw.analyse(doc, ArticleMetadata.NONE).article().id();
        AtomicReference<Deadline> deadline = new AtomicReference<>();
        AtomicInteger readingsInWrite = new AtomicInteger();
        // The clock stands still until the write's transaction has run its statements, then jumps an hour.
        deadline.set(Deadline.after(Duration.ofSeconds(60), () -> {
            Deadline d = deadline.get();
            boolean writing = d != null && d.stage().equals("write");
            return writing && readingsInWrite.incrementAndGet() >= 3 ? Duration.ofHours(1).toNanos() : 0L;
        }));

        assertThatThrownBy(() -> hw.ingest(doc, ArticleMetadata.NONE, deadline.get()))
                .isInstanceOfSatisfying(ArticleBudgetExceededException.class, e -> assertThat(e.stage()).isEqualTo("write"));
        assertThat(nodes()).isZero();
        assertThat(hw.reuse().contains(id)).isFalse();

        assertThat(hw.ingest(doc, ArticleMetadata.NONE).created()).isTrue();
    }
}
