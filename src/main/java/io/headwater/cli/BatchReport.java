package io.headwater.cli;

import java.io.PrintWriter;

/** Progress of a batch on standard error (at most every two seconds) and a closing summary. */
final class BatchReport {

    private final PrintWriter err;
    private final int total;
    private final long started = System.nanoTime();
    private long lastPrint = started;
    private int created;
    private int existing;
    private int failed;

    BatchReport(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void ok(boolean isNew) {
        if (isNew) {
            created++;
        } else {
            existing++;
        }
        tick();
    }

    void failed() {
        failed++;
        tick();
    }

    int succeeded() {
        return created + existing;
    }

    private void tick() {
        long now = System.nanoTime();
        if (now - lastPrint > 2_000_000_000L) {
            lastPrint = now;
            int done = created + existing + failed;
            err.printf("… %d/%d articles, %.1f/s, %d errors%n", done, total, done / seconds(now), failed);
            err.flush();
        }
    }

    void finish() {
        double s = seconds(System.nanoTime());
        err.printf("ingested %d new, %d already in the graph, %d failed, in %.1f s%n", created, existing, failed, s);
        err.flush();
    }

    private double seconds(long now) {
        return Math.max(1e-9, (now - started) / 1e9);
    }
}
