package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final AtomicLong now = new AtomicLong();

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void checksPassWithinTheBudgetAndFailAfterItNamingTheStage() {
        Deadline deadline = Deadline.after(Duration.ofSeconds(10), now::get);
        deadline.enter("extract");
        advance(Duration.ofSeconds(9));
        deadline.check();
        advance(Duration.ofSeconds(2));

        assertThatThrownBy(deadline::check)
                .isInstanceOf(ArticleBudgetExceededException.class)
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("after 10 s")
                .hasMessageContaining("'extract'")
                .hasMessageContaining("--article-budget");
    }

    @Test
    void enteringAStageAfterTheBudgetFailsToo() {
        Deadline deadline = Deadline.after(Duration.ofMillis(1500), now::get);
        advance(Duration.ofSeconds(2));

        assertThatThrownBy(() -> deadline.enter("write"))
                .isInstanceOfSatisfying(ArticleBudgetExceededException.class, e -> {
                    assertThat(e.stage()).isEqualTo("write");
                    assertThat(e.budget()).isEqualTo(Duration.ofMillis(1500));
                })
                .hasMessageContaining("after 1.5 s");
    }

    @Test
    void theStageClockSaysWhereTheTimeWent() {
        Deadline deadline = Deadline.after(Duration.ofMinutes(1), now::get);
        deadline.enter("read");
        advance(Duration.ofSeconds(1));
        deadline.enter("extract");
        advance(Duration.ofSeconds(3));
        deadline.enter("read");
        advance(Duration.ofSeconds(2));

        assertThat(deadline.stageTimes()).containsEntry("read", Duration.ofSeconds(3)).containsEntry("extract", Duration.ofSeconds(3));
        assertThat(deadline.remaining()).isEqualTo(Duration.ofSeconds(54));
    }

    @Test
    void anUnlimitedDeadlineNeverFails() {
        Deadline deadline = Deadline.unlimited();
        deadline.enter("resolve");
        deadline.check();

        assertThat(deadline.remaining()).isNull();
        assertThat(deadline.budget()).isNull();
    }
}
