package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BatchProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final BatchProgress progress = new BatchProgress("ingest", new PrintStream(buffer, true, StandardCharsets.UTF_8),
            Duration.ofSeconds(5), now::get);

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void failuresArePrintedWithTheirReason() {
        progress.failed("x.html", "is a PDF document");

        assertThat(printed()).isEqualTo("ingest: failed x.html: is a PDF document" + System.lineSeparator());
    }

    @Test
    void progressIsPrintedOnlyAfterTheInterval() {
        progress.succeeded();
        assertThat(printed()).isEmpty();

        now.set(Duration.ofSeconds(6).toNanos());
        progress.succeeded();

        assertThat(printed()).contains("ingest: 2 read, 0 failed, 0 skipped in 6.0 s");
    }

    @Test
    void summaryGivesCountsAndRate() {
        for (int i = 0; i < 8; i++) {
            progress.succeeded();
        }
        progress.failed("a", "bad");
        progress.skipped("b", "not html");
        now.set(Duration.ofSeconds(3).toNanos());

        progress.finish();

        assertThat(printed()).endsWith("ingest: done: 8 read, 1 failed, 1 skipped in 3.0 s (3.0/s)" + System.lineSeparator());
    }
}
