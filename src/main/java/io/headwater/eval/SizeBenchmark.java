package io.headwater.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import io.headwater.Headwater;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;

/**
 * How ingest time grows with an article's size, shape by shape: each input shape at each size goes through
 * the whole of {@link Headwater#ingest(RawDocument, ArticleMetadata, Deadline)} (read, extract, credits,
 * resolve, reuse, write), and the deadline's stage clock says where the time went. Each article is deleted
 * again after it was measured, so that every one meets an empty graph. A shape stops growing once one of its
 * sizes fails or takes longer than the budget: the larger ones would only take longer. One untimed ingest goes first.
 */
public final class SizeBenchmark {

    /**
     * One measured ingest.
     *
     * @param shape    the input shape
     * @param bytes    the document's size in bytes
     * @param stages   seconds per stage, in pipeline order
     * @param seconds  the whole ingest's wall time
     * @param cpuSeconds the CPU time the process spent meanwhile, on all threads (the embedded database's included):
     *                 the measure least disturbed by other work on the machine
     * @param peakHeap the heap's peak during the ingest, in bytes (garbage included)
     * @param error    the error the ingest ended with
     */
    public record Run(InputShape shape, int bytes, Map<String, Double> stages, double seconds, double cpuSeconds, long peakHeap,
                      @Nullable String error) {

        /** Seconds per MB (2^20 bytes). */
        public double secondsPerMb() {
            return seconds / (bytes / 1048576.0);
        }
    }

    private final Headwater headwater;
    private final Duration budget;
    private final long seed;

    /** A benchmark writing into {@code headwater}'s graph, giving each article {@code budget}. */
    public SizeBenchmark(Headwater headwater, Duration budget, long seed) {
        this.headwater = headwater;
        this.budget = budget;
        this.seed = seed;
    }

    /** Runs every shape at every size (ascending), reporting each run to {@code progress} as it ends. */
    public List<Run> run(List<InputShape> shapes, List<Integer> sizes, Consumer<Run> progress) {
        // Untimed: the first ingest loads classes, compiles the hot code and plans the write statement.
        once(InputShape.PROSE, 100_000);
        List<Run> runs = new ArrayList<>();
        for (InputShape shape : shapes) {
            for (int bytes : sizes.stream().sorted().toList()) {
                Run r = once(shape, bytes);
                runs.add(r);
                progress.accept(r);
                if (r.error() != null || r.seconds() > budget.toNanos() / 1e9) {
                    break;
                }
            }
        }
        return runs;
    }

    /** One ingest of {@code shape} at {@code bytes}. */
    public Run once(InputShape shape, int bytes) {
        String text = shape.text(bytes, seed * 1_000_003L + shape.ordinal() * 7919L + bytes);
        RawDocument doc = new RawDocument("bench-" + shape.label() + "-" + bytes, text.getBytes(StandardCharsets.UTF_8),
                shape.mediaType(), null);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Deadline deadline = Deadline.after(budget);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        String error = null;
        Headwater.IngestResult ingested = null;
        try {
            ingested = headwater.ingest(doc, ArticleMetadata.NONE, deadline);
        } catch (InvalidArticleException e) {
            error = e.getMessage();
        } catch (RuntimeException | OutOfMemoryError e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        Map<String, Double> stages = new LinkedHashMap<>();
        deadline.stageTimes().forEach((k, v) -> stages.put(k, v.toNanos() / 1e9));
        long peak = peakHeap();
        if (ingested != null) {
            // Each size meets an empty graph and index: the cost of one article, not of its likeness to the last.
            headwater.delete(ingested.id());
        }
        return new Run(shape, doc.bytes().length, stages, seconds, cpuSeconds, peak, error);
    }

    /** CPU time of the whole process so far, all threads, in nanoseconds (0 where the JVM does not say). */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The heap pools' peak use since their last reset, in bytes (garbage included). */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The runs as a Markdown table: shape, size, time, time per MB, CPU time, time per stage, peak heap, outcome. */
    public static String table(List<Run> runs) {
        Set<String> stageNames = new LinkedHashSet<>();
        runs.forEach(r -> stageNames.addAll(r.stages().keySet()));
        stageNames.remove("waiting");
        StringBuilder b = new StringBuilder("| Shape | Size | Time (s) | s/MB | CPU (s) |");
        stageNames.forEach(s -> b.append(' ').append(s).append(" (s) |"));
        b.append(" Peak heap | Outcome |\n|---|---:|---:|---:|---:|");
        stageNames.forEach(s -> b.append("---:|"));
        b.append("---:|---|\n");
        for (Run r : runs) {
            b.append("| ").append(r.shape().label()).append(" | ").append(size(r.bytes())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f | %.1f | %.1f |", r.seconds(), r.secondsPerMb(), r.cpuSeconds()));
            for (String s : stageNames) {
                Double t = r.stages().get(s);
                b.append(' ').append(t == null ? "—" : String.format(Locale.ROOT, "%.2f", t)).append(" |");
            }
            b.append(String.format(Locale.ROOT, " %.0f MiB | ", r.peakHeap() / 1048576.0))
                    .append(r.error() == null ? "ingested" : shortError(r.error())).append(" |\n");
        }
        return b.toString();
    }

    private static String size(int bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.2f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1024.0));
    }

    private static String shortError(String error) {
        String s = error.replace('|', '/').replaceAll("\\s+", " ");
        return s.length() > 90 ? s.substring(0, 87) + "..." : s;
    }
}
