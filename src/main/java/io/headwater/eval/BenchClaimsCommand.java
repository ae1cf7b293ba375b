package io.headwater.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench-claims}: claim search latency on the demo corpus and on a synthetic graph. */
@Command(name = "bench-claims", mixinStandardHelpOptions = true,
        description = {"Measures claim search (GET /api/claims) end to end.",
                "Runs it on the demo corpus (ingested through the whole pipeline) and on a synthetic provenance graph of "
                        + "--articles articles (agency stories, outlets' copies, credits, speeches), each in a fresh embedded "
                        + "database under --work. Prints a Markdown table."})
public final class BenchClaimsCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Articles in the synthetic graph (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--claims", defaultValue = "200", description = "Claims searched on the synthetic graph (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed searches of each claim, after one to warm up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Mixin
    SyntheticRunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1 || claims < 1 || rounds < 1) {
            throw new IllegalArgumentException("--articles, --claims and --rounds must be at least 1");
        }
        List<ClaimBenchmark.Result> results = new ArrayList<>();
        err.println("bench-claims: the demo corpus ...");
        err.flush();
        results.addAll(ClaimBenchmark.demo(run.work, rounds));
        err.printf("bench-claims: a synthetic graph of %,d articles ...%n", articles);
        err.flush();
        results.addAll(ClaimBenchmark.synthetic(run.work, articles, claims, rounds, run.seed, done -> {
            err.printf("bench-claims:   %,d of %,d articles written%n", done, articles);
            err.flush();
        }));
        out.println(ClaimBenchmark.table(results));
        out.flush();
        return 0;
    }
}
