package io.headwater.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.eval.VariantGrowth;
import io.headwater.graph.GraphSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench-variants}: how quote-wording edges grow with articles that quote one source alike. */
@Command(name = "bench-variants", mixinStandardHelpOptions = true,
        description = {"Measures how quote wording edges grow as templated articles pile up.",
                "Ingests templated articles (one source quoted in nearly the same words, figures changed) into a fresh "
                        + "embedded graph through the whole pipeline and prints, after every batch, the quotes, VARIANT_OF "
                        + "edges and reuse pairs as a Markdown table."})
public final class BenchVariantsCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "400", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--every", defaultValue = "100", description = "Count after every N articles (default: ${DEFAULT-VALUE}).")
    int every;

    @Mixin
    SyntheticRunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = Files.createTempDirectory(run.work, "headwater-bench-variants");
        try {
            List<VariantGrowth.Row> rows;
            try (Headwater hw = Headwater.open(new GraphSettings(null, null, null, "neo4j", dir, 0, -1), null)) {
                rows = VariantGrowth.run(hw, articles, every, run.seed, done -> {
                    err.printf("bench-variants: %,d of %,d articles%n", done, articles);
                    err.flush();
                });
            }
            out.print(VariantGrowth.table(rows));
            out.flush();
            return 0;
        } finally {
            WorkDirectories.delete(dir);
        }
    }
}
