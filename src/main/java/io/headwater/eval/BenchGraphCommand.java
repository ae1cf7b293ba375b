package io.headwater.eval;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench-graph}: lookup latency on a synthetic provenance graph as it grows. */
@Command(name = "bench-graph", mixinStandardHelpOptions = true,
        description = {"Measures the read lookups (provenance, derived-from, entity search, claim search) as the graph grows.",
                "Builds one synthetic provenance graph in a fresh embedded database under --work, up to the largest of --sizes "
                        + "articles, and at each size times each lookup (p50, p99) beside the same statements run raw through "
                        + "the driver and over REST. Prints a Markdown table; deletes the graph at the end. Use --bulk from "
                        + "100,000 articles on."})
public final class BenchGraphCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
            description = "Graph sizes in articles (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--samples", defaultValue = "100", description = "Different inputs per lookup (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds over the inputs, after one untimed (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--bulk", description = {"Build each size as a graph of its own with Neo4j's bulk import (CSV files of the same "
            + "rows, imported into a fresh store, then the schema as at start-up): minutes for a million articles, where the "
            + "write statements take hours. Without it, one graph grows through the write statements."})
    boolean bulk;

    @Option(names = "--keep", description = "With --bulk: keep each graph built (its directory is printed) instead of deleting it, "
            + "to measure it again later with --store.")
    boolean keep;

    @Option(names = "--store", paramLabel = "DIR", description = {"Measure the graph an earlier --bulk --keep run left in DIR "
            + "instead of building one (--sizes and --bulk are then ignored); DIR is left as it was found."})
    java.nio.file.Path store;

    @Option(names = "--profile", description = "Also print, at each size, Neo4j's PROFILE of each lookup's statements for one input "
            + "(operators, rows, db hits): which expansion each makes.")
    boolean profile;

    @Mixin
    SyntheticRunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (samples < 1 || rounds < 1 || sizes.stream().anyMatch(s -> s < 10)) {
            throw new IllegalArgumentException("--samples and --rounds must be at least 1, every size at least 10");
        }
        GraphBenchmark benchmark = new GraphBenchmark(samples, rounds, run.seed);
        if (profile) {
            benchmark.profiled(plans -> {
                out.println(plans);
                out.flush();
            });
        }
        if (keep) {
            benchmark.keeping();
        }
        java.util.function.Consumer<String> progress = line -> {
            err.println(line);
            err.flush();
        };
        List<GraphBenchmark.Latency> rows = store != null ? benchmark.runStored(store, progress)
                : benchmark.run(run.work, new LinkedHashSet<>(sizes), bulk, progress);
        out.println(GraphBenchmark.table(rows));
        out.flush();
        return 0;
    }
}
