package io.headwater.eval.reuse;

import io.headwater.reuse.ReuseClass;
import io.headwater.reuse.ReuseDetector;
import io.headwater.reuse.ReusePair;
import io.headwater.eval.WorkDirectories;
import io.headwater.reuse.ReuseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Measures reuse detection on a {@link SyntheticCorpus} of a given size, index only (no graph): each
 * article is detected against all earlier ones, then added, as ingest does. Reports pair precision and
 * recall against the generator's truth, class accuracy, candidate pairs aligned, articles per second
 * and peak heap.
 */
public final class ReuseBenchmark {

    /**
     * One run's figures.
     *
     * @param articles      articles processed
     * @param truePairs     pairs the generator made share text
     * @param foundPairs    pairs detected
     * @param correctPairs  detected pairs that are true pairs
     * @param correctClass  correct pairs with the right class
     * @param candidates    candidate pairs aligned
     * @param seconds       wall time of detection and indexing (generation excluded)
     * @param cpuSeconds    CPU time of detection and indexing on all threads (index merges, garbage collection and
     *                      compilation included, generation excluded): the cost, less sensitive than wall time to other
     *                      processes on the machine
     * @param peakHeapBytes peak heap used during the run
     * @param indexBytes    index size on disk at the end
     * @param unrelated     detected pairs between articles of different stories (the rest of the false pairs share
     *                      less than the truth's bar within one story)
     * @param byClass       per class: {true, found, correct}
     */
    public record Result(int articles, long truePairs, long foundPairs, long correctPairs, long correctClass, long candidates,
                         double seconds, double cpuSeconds, long peakHeapBytes, long indexBytes, long unrelated, Map<ReuseClass, long[]> byClass) {

        /** Share of detected pairs that are true. */
        public double precision() {
            return foundPairs == 0 ? 1 : (double) correctPairs / foundPairs;
        }

        /** Share of true pairs detected. */
        public double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        /** Articles per second. */
        public double rate() {
            return articles / seconds;
        }
    }

    /** How often {@link #run(int, long, Path, ReuseSettings, IntConsumer)} reports progress, in articles. */
    public static final int PROGRESS_EVERY = 50_000;

    private ReuseBenchmark() {
    }

    /** Runs one size with the given seed, the index in a fresh directory under {@code work} (deleted after). */
    public static Result run(int size, long seed, Path work, ReuseSettings settings) {
        return run(size, seed, work, settings, done -> { });
    }

    /**
     * Runs one size with the given seed, the index in a fresh directory under {@code work} (deleted after), telling
     * {@code progress} the number of articles done every {@value #PROGRESS_EVERY} articles.
     */
    public static Result run(int size, long seed, Path work, ReuseSettings settings, IntConsumer progress) {
        Path dir;
        try {
            Files.createDirectories(work);
            dir = Files.createTempDirectory(work, "bench-" + size + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] counts = new long[6];
        Map<ReuseClass, long[]> byClass = new EnumMap<>(ReuseClass.class);
        for (ReuseClass c : ReuseClass.values()) {
            byClass.put(c, new long[3]);
        }
        long[] nanos = new long[2];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long processCpuStart = processCpuNanos();
        long threadCpuStart = threads.getCurrentThreadCpuTime();
        int[] done = {0};
        long indexBytes;
        try (ReuseDetector detector = ReuseDetector.open(dir, settings, 5000)) {
            Map<Integer, SyntheticCorpus.Truth> cluster = new HashMap<>();
            int[] current = {-1};
            new SyntheticCorpus(seed).generate(size, g -> {
                SyntheticCorpus.Truth t = g.truth();
                if (t.cluster() != current[0]) {
                    cluster.clear();
                    current[0] = t.cluster();
                }
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                ReuseDetector.Detection d = detector.detect(g.article());
                detector.add(g.article());
                nanos[0] += System.nanoTime() - start;
                nanos[1] += threads.getCurrentThreadCpuTime() - cpuStart;
                if (++done[0] % PROGRESS_EVERY == 0) {
                    progress.accept(done[0]);
                }
                counts[4] += d.candidates();
                Map<Integer, ReuseClass> truePartners = new HashMap<>();
                for (SyntheticCorpus.Truth earlier : cluster.values()) {
                    ReuseClass c = SyntheticCorpus.truth(t, earlier);
                    if (c != null) {
                        truePartners.put(earlier.ordinal(), c);
                        byClass.get(c)[0]++;
                    }
                }
                counts[0] += truePartners.size();
                for (ReusePair p : d.pairs()) {
                    String other = p.from().equals(g.article().id()) ? p.to() : p.from();
                    int o = Integer.parseInt(other.substring(1));
                    counts[1]++;
                    byClass.get(p.reuseClass())[1]++;
                    ReuseClass truth = truePartners.get(o);
                    if (truth == null && !cluster.containsKey(o)) {
                        counts[5]++;
                    }
                    if (truth != null) {
                        counts[2]++;
                        if (truth == p.reuseClass()) {
                            counts[3]++;
                            byClass.get(truth)[2]++;
                        }
                    }
                }
                cluster.put(t.ordinal(), t);
            });
            long commitStart = System.nanoTime();
            detector.commit();
            nanos[0] += System.nanoTime() - commitStart;
            indexBytes = detector.index().diskBytes();
        }
        // Everything the process spent, less what this thread spent outside detection and indexing (generation).
        long generationCpu = threads.getCurrentThreadCpuTime() - threadCpuStart - nanos[1];
        double cpuSeconds = (processCpuNanos() - processCpuStart - generationCpu) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        WorkDirectories.delete(dir);
        return new Result(size, counts[0], counts[1], counts[2], counts[3], counts[4], nanos[0] / 1e9, cpuSeconds, peak, indexBytes, counts[5], byClass);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The Markdown table of {@code results}, with the cost ratio of each size to the one before. */
    public static String table(List<Result> results) {
        StringBuilder t = new StringBuilder("| Articles | Pair precision | Pair recall | Class accuracy | Candidates aligned "
                + "| Candidates/article | Articles/s | Time (s) | Time ratio | CPU (s) | CPU ratio | Peak heap | Index on disk "
                + "| False pairs across stories |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Result prev = null;
        for (Result r : results) {
            String ratio = prev == null ? "—" : String.format("%.1f× for %.0f× articles", r.seconds() / prev.seconds(),
                    (double) r.articles() / prev.articles());
            String cpuRatio = prev == null ? "—" : String.format("%.1f×", r.cpuSeconds() / prev.cpuSeconds());
            t.append(String.format("| %,d | %.3f | %.3f | %.3f | %,d | %.2f | %,.0f | %,.1f | %s | %,.1f | %s | %,d MiB | %,d MiB | %,d |%n",
                    r.articles(), r.precision(), r.recall(), r.correctPairs() == 0 ? 0 : (double) r.correctClass() / r.correctPairs(),
                    r.candidates(), (double) r.candidates() / r.articles(), r.rate(), r.seconds(), ratio, r.cpuSeconds(), cpuRatio,
                    r.peakHeapBytes() >> 20, r.indexBytes() >> 20, r.unrelated()));
            prev = r;
        }
        return t.toString();
    }

    /** Per-class figures of one result: true pairs, found, correct. */
    public static String classTable(Result r) {
        StringBuilder t = new StringBuilder("| Class | True pairs | Detected as | Correct | Precision | Recall |\n|---|---:|---:|---:|---:|---:|\n");
        List<ReuseClass> order = new ArrayList<>(r.byClass().keySet());
        for (ReuseClass c : order) {
            long[] v = r.byClass().get(c);
            t.append(String.format("| %s | %,d | %,d | %,d | %.3f | %.3f |%n", c, v[0], v[1], v[2], v[1] == 0 ? 0 : (double) v[2] / v[1],
                    v[0] == 0 ? 0 : (double) v[2] / v[0]));
        }
        return t.toString();
    }
}
