package io.headwater.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.eval.WireEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval-wire --metadata FILE DIR...}: scores article-level wire attribution against a metadata table. */
@Command(name = "eval-wire", mixinStandardHelpOptions = true,
        description = {"Scores the wire agency named for each article against PolNeAR's metadata.",
                "Names each article's wire agency from its text alone (datelines, contributed or inputs lines, credits) and "
                        + "scores it against the 'wire' column of metadata.tsv: accuracy and per-agency P/R/F1."})
public final class EvalWireCommand implements Callable<Integer> {

    @Option(names = "--metadata", required = true, paramLabel = "FILE", description = "PolNeAR's metadata.tsv.")
    Path metadata;

    @Option(names = "--errors", description = "Also list the articles whose wire was missed.")
    boolean errors;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Compartments whose text/ to read (e.g. polnear/train polnear/dev).")
    List<Path> compartments;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WireEvaluation result = WireEvaluation.run(metadata, compartments);
        spec.commandLine().getOut().print(result.table(errors));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
