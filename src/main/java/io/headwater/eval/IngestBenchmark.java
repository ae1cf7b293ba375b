package io.headwater.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.headwater.Headwater;
import io.headwater.IngestPipeline;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.DocumentSource;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;
import io.headwater.ingest.SourceEvents;
import io.headwater.eval.reuse.SyntheticCorpus;

/**
 * End-to-end ingest speed, and beside it in the same process its ceiling: the same documents, held in memory, go
 * (1) through extraction alone (read, extract, credits, resolve; no graph, no reuse index) on {@code threads} threads,
 * (2) through the whole ingest one article after another on one thread, as before {@link IngestPipeline} existed, and
 * (3) through {@link IngestPipeline} with {@code threads} analysis workers; (2) and (3) each into a fresh embedded
 * graph and reuse index. Each mode reports articles per second, the process's CPU time, the heap's peak, and the time
 * summed over articles in each stage (the analysis stages summed over all workers, so they may exceed the wall time).
 */
public final class IngestBenchmark {

    /** What to run: the ceiling, the single-threaded ingest and the pipeline. */
    public enum Mode {
        EXTRACT("extraction only"), SERIAL("ingest, one thread"), PIPELINE("ingest, pipeline");

        private final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /**
     * One mode's figures.
     *
     * @param stages   seconds per stage summed over the articles, in pipeline order
     * @param liveHeap heap in use after a full collection at each quarter of the run (or every {@code heapEvery}
     *                 articles), MiB: flat when nothing piles up
     */
    public record Result(Mode mode, int threads, int articles, int failed, double seconds, double cpuSeconds, long peakHeap,
                         Map<String, Double> stages, List<Long> liveHeap) {

        /** Articles (ingested or refused) per second of wall time. */
        public double rate() {
            return (articles + failed) / seconds;
        }
    }

    private final Path work;
    private final int threads;
    private final Duration budget;
    private final boolean queryPlanning;
    private int heapEvery;

    /** A benchmark whose graphs go under {@code work}, analysing on {@code threads} threads. */
    public IngestBenchmark(Path work, int threads, Duration budget) {
        this(work, threads, budget, false);
    }

    /**
     * As {@link #IngestBenchmark(Path, int, Duration)}; with {@code queryPlanning}, each ingest mode also tells how often
     * the database compiled each statement ({@link QueryPlanning}), as a table after its result.
     */
    public IngestBenchmark(Path work, int threads, Duration budget, boolean queryPlanning) {
        this.work = work;
        this.threads = threads;
        this.budget = budget;
        this.queryPlanning = queryPlanning;
    }

    /**
     * Samples the live heap (after a full collection, off the clocks) every {@code articles} articles instead of at each
     * quarter of the run: to show whether it stays flat over a long run. Returns this benchmark.
     */
    public IngestBenchmark heapEvery(int articles) {
        this.heapEvery = articles;
        return this;
    }

    /** Every file, directory or WARC of {@code inputs}, read into memory as ingest reads them. */
    public static List<RawDocument> documents(List<String> inputs) {
        List<RawDocument> docs = new ArrayList<>();
        new DocumentSource().read(inputs, docs::add, SourceEvents.IGNORE);
        return docs;
    }

    /** {@code n} articles of {@link SyntheticCorpus}'s news stream as plain-text documents. */
    public static List<RawDocument> synthetic(int n, long seed) {
        List<RawDocument> docs = new ArrayList<>(n);
        new SyntheticCorpus(seed).generate(n, g -> docs.add(new RawDocument("synthetic/" + g.article().id() + ".txt",
                (g.article().outlet() + "\n\n" + g.article().text()).getBytes(StandardCharsets.UTF_8), "text/plain", null)));
        return docs;
    }

    /** Runs {@code modes} in order on {@code docs}, telling each result to {@code progress} as it ends. */
    public List<Result> run(List<RawDocument> docs, List<Mode> modes, Consumer<String> progress) {
        List<Result> results = new ArrayList<>();
        for (Mode mode : modes) {
            Path dir = ClaimBenchmark.fresh(work, "bench-ingest-" + mode.name().toLowerCase(Locale.ROOT));
            try (Headwater hw = Headwater.over(GraphConnection.open(new GraphSettings(null, null, null, "neo4j",
                    dir.resolve("db"), 0, -1)), dir.resolve("reuse-index"), budget)) {
                hw.reconcileReuseIndex();
                // Untimed: loads the NLP models and compiles the hot code, so that no mode pays for it alone; and has the
                // database plan the write statements, as IngestPipeline does in the background while its first
                // documents are analysed (and the models load).
                List<RawDocument> warm = docs.subList(0, Math.min(docs.size(), 50));
                extract(hw, warm, new Tally(warm.size(), 0, line -> { }));
                if (mode != Mode.EXTRACT) {
                    hw.prepareIngest();
                }
                progress.accept("bench-ingest: " + mode.label + " ...");
                QueryPlanning planning = queryPlanning && mode != Mode.EXTRACT
                        ? new QueryPlanning(hw.graph().driver(), hw.graph().database()) : null;
                if (planning != null) {
                    planning.start();
                }
                Result r = measure(hw, docs, mode, progress);
                if (planning != null) {
                    progress.accept("bench-ingest: " + mode.label + ", statements compiled:\n" + QueryPlanning.table(planning.stop()));
                }
                results.add(r);
                progress.accept(String.format(Locale.ROOT, "bench-ingest: %s: %,d articles in %.1f s (%.1f/s)", mode.label,
                        r.articles(), r.seconds(), r.rate()));
            } finally {
                WorkDirectories.delete(dir);
            }
        }
        return results;
    }

    private Result measure(Headwater hw, List<RawDocument> docs, Mode mode, Consumer<String> progress) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        // Each sample is told as it is taken, so a long run that is stopped early still shows its heap so far.
        Tally tally = new Tally(docs.size(), heapEvery, heapEvery > 0 ? progress : line -> { });
        long cpu = SizeBenchmark.processCpuNanos();
        long start = System.nanoTime();
        switch (mode) {
            case EXTRACT -> extract(hw, docs, tally);
            case SERIAL -> {
                for (RawDocument d : docs) {
                    Deadline deadline = Deadline.after(budget);
                    try {
                        hw.ingest(d, ArticleMetadata.NONE, deadline);
                        tally.done(deadline, true);
                    } catch (InvalidArticleException e) {
                        tally.done(deadline, false);
                    }
                }
            }
            case PIPELINE -> {
                try (IngestPipeline pipeline = new IngestPipeline(hw, threads, budget, new IngestPipeline.Outcomes() {
                    @Override
                    public void ingested(RawDocument document, Headwater.IngestResult result, Deadline deadline) {
                        tally.done(deadline, true);
                    }

                    @Override
                    public void failed(RawDocument document, InvalidArticleException error, Deadline deadline) {
                        tally.done(deadline, false);
                    }
                })) {
                    docs.forEach(d -> pipeline.submit(d, ArticleMetadata.NONE));
                    pipeline.finish();
                }
            }
        }
        double seconds = (System.nanoTime() - start - tally.pausedNanos) / 1e9;
        double cpuSeconds = (SizeBenchmark.processCpuNanos() - cpu - tally.pausedCpuNanos) / 1e9;
        return new Result(mode, mode == Mode.SERIAL ? 1 : threads, tally.ok, tally.failed, seconds, cpuSeconds, SizeBenchmark.peakHeap(),
                tally.stages, tally.liveHeap);
    }

    /** Analysis alone on {@code threads} threads: the rate the pipeline's parallel half could reach with no graph. */
    private void extract(Headwater hw, List<RawDocument> docs, Tally tally) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Deadline>> running = new ArrayList<>();
            for (RawDocument d : docs) {
                running.add(pool.submit(() -> {
                    Deadline deadline = Deadline.after(budget);
                    try {
                        hw.analyse(d, ArticleMetadata.NONE, deadline);
                        deadline.enter("done");
                        return deadline;
                    } catch (InvalidArticleException e) {
                        return null;
                    }
                }));
            }
            for (Future<Deadline> f : running) {
                Deadline deadline = f.get();
                tally.done(deadline, deadline != null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Counts, stage sums and the live heap at each quarter (or every {@code every} articles); the full collections it
     * makes are taken off the clocks.
     */
    private static final class Tally {
        private final int total;
        private final int every;
        private final Consumer<String> samples;
        private final long start = System.nanoTime();
        private final Map<String, Double> stages = new LinkedHashMap<>();
        private final List<Long> liveHeap = new ArrayList<>();
        private int ok;
        private int failed;
        private long pausedNanos;
        private long pausedCpuNanos;

        Tally(int total, int every, Consumer<String> samples) {
            this.total = total;
            this.every = every;
            this.samples = samples;
        }

        void done(Deadline deadline, boolean ingested) {
            if (ingested) {
                ok++;
            } else {
                failed++;
            }
            if (deadline != null) {
                deadline.stageTimes().forEach((stage, t) -> {
                    if (!stage.equals("waiting") && !stage.equals("done")) {
                        stages.merge(stage, t.toNanos() / 1e9, Double::sum);
                    }
                });
            }
            int n = ok + failed;
            boolean sample = every > 0 ? n % every == 0 : total >= 4 && n % (total / 4) == 0 && liveHeap.size() < 4;
            if (sample) {
                long t = System.nanoTime();
                long c = SizeBenchmark.processCpuNanos();
                System.gc();
                liveHeap.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576);
                pausedNanos += System.nanoTime() - t;
                pausedCpuNanos += SizeBenchmark.processCpuNanos() - c;
                samples.accept(String.format(Locale.ROOT, "bench-ingest: %,d articles, %.1f s, live heap %,d MiB", n,
                        (System.nanoTime() - start - pausedNanos) / 1e9, liveHeap.get(liveHeap.size() - 1)));
            }
        }
    }

    /** The results as a Markdown table, each mode's rate also as a share of the extraction-only rate. */
    public static String table(List<Result> results) {
        double ceiling = results.stream().filter(r -> r.mode() == Mode.EXTRACT).mapToDouble(Result::rate).findFirst().orElse(0);
        List<String> stageNames = new ArrayList<>();
        results.forEach(r -> r.stages().keySet().forEach(s -> {
            if (!stageNames.contains(s)) {
                stageNames.add(s);
            }
        }));
        boolean quarters = results.stream().allMatch(r -> r.liveHeap().size() <= 4);
        StringBuilder b = new StringBuilder("| Mode | Threads | Articles | Refused | Wall (s) | Articles/s | × extraction-only | CPU (s) | Peak heap (MiB) | "
                + (quarters ? "Live heap at ¼ ½ ¾ 1 (MiB)" : "Live heap at each sample (MiB)") + " |");
        stageNames.forEach(s -> b.append(' ').append(s).append(" (s) |"));
        b.append("\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        stageNames.forEach(s -> b.append("---:|"));
        b.append('\n');
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %.1f | %.2f | %s | %.1f | %,d | %s |", r.mode().label,
                    r.threads(), r.articles(), r.failed(), r.seconds(), r.rate(),
                    ceiling > 0 ? String.format(Locale.ROOT, "%.2f", r.rate() / ceiling) : "—", r.cpuSeconds(),
                    r.peakHeap() / 1048576, r.liveHeap().stream().map(String::valueOf).reduce((x, y) -> x + " " + y).orElse("—")));
            for (String s : stageNames) {
                Double t = r.stages().get(s);
                b.append(' ').append(t == null ? "—" : String.format(Locale.ROOT, "%.1f", t)).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
