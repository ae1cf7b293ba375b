package io.headwater.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.eval.InputShape;
import io.headwater.eval.SizeBenchmark;
import io.headwater.graph.GraphSettings;
import io.headwater.ingest.Deadline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench-size}: ingest time per MB, input shape by shape, up to the size cap, in a throwaway graph. */
@Command(name = "bench-size", mixinStandardHelpOptions = true,
        description = "Generates articles of growing size in several shapes (news prose, no spaces, one endless"
                + " sentence, unclosed quotes, long words, deep HTML) and ingests each into a throwaway embedded graph,"
                + " with the article budget. Prints a Markdown table: time, time per MB and time per stage, peak heap,"
                + " outcome.")
public final class BenchSizeCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", paramLabel = "BYTES,BYTES",
            defaultValue = "102400,262144,524288,1048576,2097152,5242880,10485760",
            description = "Document sizes in bytes (default: 100 KB to the 10 MB cap).")
    List<Integer> sizes;

    @Option(names = "--shapes", split = ",", paramLabel = "SHAPE,SHAPE",
            description = "Shapes to run (default: all): ${COMPLETION-CANDIDATES}.")
    List<String> shapes;

    @Option(names = "--article-budget", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time budget of each article; a shape stops growing past a size that exceeds it (default: ${DEFAULT-VALUE}).")
    double budgetSeconds;

    @Mixin
    SyntheticRunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputShape> chosen = shapes == null ? List.of(InputShape.values()) : shapes.stream().map(InputShape::of).toList();
        Duration budget = Deadline.seconds(budgetSeconds, "--article-budget");
        Path db = Files.createTempDirectory(run.work, "headwater-bench-size");
        List<SizeBenchmark.Run> runs = new ArrayList<>();
        try (Headwater hw = Headwater.open(new GraphSettings(null, null, null, "neo4j", db, 0, -1), null, budget)) {
            new SizeBenchmark(hw, budget, run.seed).run(chosen, sizes, r -> {
                runs.add(r);
                err.printf(Locale.ROOT, "bench-size: %s %,d bytes: %.2f s %s%n", r.shape().label(), r.bytes(), r.seconds(),
                        r.error() == null ? "" : "(" + r.error() + ")");
                err.flush();
            });
        } finally {
            WorkDirectories.delete(db);
        }
        out.print(SizeBenchmark.table(runs));
        out.printf(Locale.ROOT, "%nmachine cores %d, max heap %.0f MiB, article budget %s s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576.0, budgetSeconds);
        out.flush();
        return 0;
    }
}
