package io.headwater.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Runs a command in a process of its own and times it: wall time, the silence before its first output, and its CPU
 * time (on a machine shared with other work, CPU time moves far less than wall time). The CPU time is sampled from
 * {@code /proc/<pid>/stat} while the process runs, so it misses at most the last sampling interval.
 */
public final class ProcessTimer {

    private static final Duration SAMPLE = Duration.ofMillis(50);
    /** Clock ticks per second of /proc's CPU counters: 100 on every Linux Headwater runs on. */
    private static final double TICKS = 100.0;

    private final Duration timeout;

    public ProcessTimer(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs {@code command} in {@code directory} to its end. */
    public ProcessTiming run(List<String> command, Path directory) {
        return run(command, directory, line -> false);
    }

    /**
     * Runs {@code command} in {@code directory} until it exits or a line of its output satisfies {@code done} (a server
     * that printed its banner), when it is stopped; the timing then ends at that line.
     */
    public ProcessTiming run(List<String> command, Path directory, Predicate<String> done) {
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        AtomicLong firstOutput = new AtomicLong(-1);
        AtomicLong doneAt = new AtomicLong(-1);
        Thread reader = new Thread(() -> read(process.getInputStream(), start, firstOutput, doneAt, done), "process-output");
        reader.setDaemon(true);
        reader.start();
        long cpuTicks = -1;
        try {
            long deadline = start + timeout.toNanos();
            while (process.isAlive() && doneAt.get() < 0) {
                if (System.nanoTime() > deadline) {
                    stop(process);
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
                }
                cpuTicks = Math.max(cpuTicks, cpuTicks(process.pid()));
                process.waitFor(SAMPLE.toMillis(), TimeUnit.MILLISECONDS);
            }
            long end = doneAt.get() > 0 ? doneAt.get() : System.nanoTime();
            if (doneAt.get() > 0) {
                cpuTicks = Math.max(cpuTicks, cpuTicks(process.pid()));
                stop(process);
            }
            int code = process.waitFor();
            reader.join(TimeUnit.SECONDS.toMillis(5));
            return new ProcessTiming((end - start) / 1e9, firstOutput.get() < 0 ? -1 : (firstOutput.get() - start) / 1e9,
                    cpuTicks < 0 ? -1 : cpuTicks / TICKS, doneAt.get() > 0 ? 0 : code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new IllegalStateException("interrupted while timing " + command, e);
        }
    }

    private static void read(InputStream in, long start, AtomicLong firstOutput, AtomicLong doneAt, Predicate<String> done) {
        StringBuilder line = new StringBuilder();
        try (InputStream buffered = new java.io.BufferedInputStream(in)) {
            int c;
            while ((c = buffered.read()) >= 0) {
                if (firstOutput.get() < 0) {
                    firstOutput.set(System.nanoTime());
                }
                if (c == '\n') {
                    if (doneAt.get() < 0 && done.test(line.toString())) {
                        doneAt.set(System.nanoTime());
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            // the process was stopped: its output ends here
        }
    }

    /** User plus system CPU ticks of {@code pid} so far (fields 14 and 15 of /proc/pid/stat), or -1. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.US_ASCII);
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
