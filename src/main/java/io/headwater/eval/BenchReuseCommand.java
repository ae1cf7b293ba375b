package io.headwater.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.eval.reuse.ReuseBenchmark;
import io.headwater.reuse.ReuseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench-reuse}: reuse detection on synthetic corpora of growing size, index only. */
@Command(name = "bench-reuse", mixinStandardHelpOptions = true,
        description = {"Measures reuse detection on synthetic corpora of known copying.",
                "The corpora hold agency stories taken by outlets, revisions, shared quotes and outlet footers. For each size, "
                        + "prints pair precision and recall, candidates aligned, articles/s and peak heap as a Markdown table.",
                "Uses the reuse index alone (no Neo4j)."})
public final class BenchReuseCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", paramLabel = "N,N",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Mixin
    SyntheticRunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ReuseBenchmark.Result> results = new ArrayList<>();
        for (int size : sizes) {
            err.printf("bench-reuse: %,d articles ...%n", size);
            err.flush();
            long start = System.nanoTime();
            ReuseBenchmark.Result r = ReuseBenchmark.run(size, run.seed, run.work, ReuseSettings.standard(), done -> {
                double s = (System.nanoTime() - start) / 1e9;
                err.printf("bench-reuse:   %,d of %,d articles, %.0f s (generation included)%n", done, size, s);
                err.flush();
            });
            results.add(r);
            err.printf("bench-reuse: %,d articles in %.1f s (%,.0f/s), %.1f CPU s, P %.3f R %.3f%n", size, r.seconds(), r.rate(),
                    r.cpuSeconds(), r.precision(), r.recall());
            err.flush();
            out.println(ReuseBenchmark.table(results));
            out.println(ReuseBenchmark.classTable(r));
            out.flush();
        }
        return 0;
    }
}
