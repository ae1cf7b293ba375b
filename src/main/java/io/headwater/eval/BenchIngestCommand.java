package io.headwater.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.IngestPipeline;
import io.headwater.ingest.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench-ingest}: end-to-end ingest speed beside the extraction-only ceiling, on the same documents. */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {"Measures ingest end to end, stage by stage, beside extraction alone on the same documents.",
                "Reads PATH... (files, directories, WARCs) into memory, or generates --synthetic N plain-text articles, then "
                        + "runs each --modes in turn: extract (read, extract, credits, resolve; no graph), serial (the whole "
                        + "ingest on one thread) and pipeline (analysis on --threads threads, reuse and write in order), "
                        + "each ingest into a fresh embedded graph under --work. Prints a Markdown table."})
public final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--synthetic", paramLabel = "N", description = "Generate N synthetic articles instead of reading PATH.")
    Integer synthetic;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core).")
    Integer threads;

    @Option(names = "--modes", split = ",", defaultValue = "extract,serial,pipeline",
            description = "Modes to run, in order (default: ${DEFAULT-VALUE}).")
    List<String> modes;

    @Option(names = "--query-plans", description = "Also tell, per ingest mode, how often Neo4j compiled each statement.")
    boolean queryPlans;

    @Option(names = "--heap-every", paramLabel = "K",
            description = "Sample the live heap (after a full GC) every K articles instead of at each quarter of the run.")
    Integer heapEvery;

    @Mixin
    SyntheticRunOptions run;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, directories or WARC files to ingest.")
    List<String> inputs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((synthetic == null) == inputs.isEmpty()) {
            throw new IllegalArgumentException("give either PATH... or --synthetic N");
        }
        int n = threads == null ? IngestPipeline.defaultThreads() : threads;
        if (n < 1 || (synthetic != null && synthetic < 1) || (heapEvery != null && heapEvery < 1)) {
            throw new IllegalArgumentException("--threads, --synthetic and --heap-every must be at least 1");
        }
        List<IngestBenchmark.Mode> chosen = new ArrayList<>();
        for (String m : modes) {
            try {
                chosen.add(IngestBenchmark.Mode.valueOf(m.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--modes: unknown mode '" + m + "'; use extract, serial or pipeline");
            }
        }
        List<RawDocument> docs = synthetic != null ? IngestBenchmark.synthetic(synthetic, run.seed) : IngestBenchmark.documents(inputs);
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no readable documents in " + inputs);
        }
        err.printf("bench-ingest: %,d documents, %d analysis threads, %d cores%n", docs.size(), n,
                Runtime.getRuntime().availableProcessors());
        err.flush();
        List<IngestBenchmark.Result> results = new IngestBenchmark(run.work, n, Headwater.DEFAULT_ARTICLE_BUDGET, queryPlans)
                .heapEvery(heapEvery == null ? 0 : heapEvery)
                .run(docs, chosen, line -> {
                    err.println(line);
                    err.flush();
                });
        out.println(IngestBenchmark.table(results));
        out.flush();
        return 0;
    }
}
