package io.headwater.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Keeps count of a long batch (items read, failed, skipped) and prints a progress line with the rate
 * every few seconds, each failure with its reason as it happens, and a summary at the end.
 */
public final class BatchProgress implements SourceEvents {

    private final Consumer<String> out;
    private final boolean printFailures;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final String label;
    private final long started;
    private long lastPrinted;
    private long done;
    private long failed;
    private long skipped;

    /** Progress for a batch called {@code label}, printed to {@code out} at most every {@code interval}. */
    public BatchProgress(String label, PrintStream out, Duration interval, LongSupplier nanoClock) {
        this(label, out::println, interval, nanoClock, true);
    }

    /**
     * Progress for a batch called {@code label}, each line handed to {@code out}; failures get a line of
     * their own only when {@code printFailures} (a caller that reports them itself turns it off).
     */
    public BatchProgress(String label, Consumer<String> out, Duration interval, LongSupplier nanoClock,
                         boolean printFailures) {
        this.label = label;
        this.out = out;
        this.printFailures = printFailures;
        this.intervalNanos = interval.toNanos();
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastPrinted = started;
    }

    /** Progress printed to standard error every five seconds. */
    public BatchProgress(String label) {
        this(label, System.err, Duration.ofSeconds(5), System::nanoTime);
    }

    /** Counts one item read successfully. */
    public synchronized void succeeded() {
        done++;
        maybePrint();
    }

    @Override
    public synchronized void failed(String origin, String reason) {
        failed++;
        if (printFailures) {
            out.accept(label + ": failed " + origin + ": " + reason);
        }
        maybePrint();
    }

    @Override
    public synchronized void skipped(String origin, String reason) {
        skipped++;
        maybePrint();
    }

    /** Items read successfully so far. */
    public synchronized long succeededCount() {
        return done;
    }

    /** Items that failed so far. */
    public synchronized long failedCount() {
        return failed;
    }

    /** Items skipped so far. */
    public synchronized long skippedCount() {
        return skipped;
    }

    /** The current counts and rate as one line. */
    public synchronized String line() {
        double seconds = Math.max(1e-9, (clock.getAsLong() - started) / 1e9);
        return String.format(Locale.ROOT, "%s: %,d read, %,d failed, %,d skipped in %.1f s (%.1f/s)",
                label, done, failed, skipped, seconds, (done + failed) / seconds);
    }

    /** Prints the summary line; call once when the batch is over. */
    public synchronized void finish() {
        out.accept(line().replaceFirst(": ", ": done: "));
    }

    private void maybePrint() {
        long now = clock.getAsLong();
        if (now - lastPrinted >= intervalNanos) {
            lastPrinted = now;
            out.accept(line());
        }
    }
}
