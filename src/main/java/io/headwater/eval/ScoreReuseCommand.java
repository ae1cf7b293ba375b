package io.headwater.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.headwater.eval.reuse.PairEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score-reuse}: runs reuse detection over a corpus with metadata and scores it against labelled pairs. */
@Command(name = "score-reuse", mixinStandardHelpOptions = true,
        description = {"Scores reuse detection on PolNeAR-style texts against hand-labelled pairs.",
                "Runs detection over {train,dev}/text/*.txt (with metadata.tsv), oldest first, and scores the pairs against "
                        + "a labelled list (file<TAB>file<TAB>label<TAB>reason).",
                "With --list, prints every detected pair instead (for labelling)."})
public final class ScoreReuseCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus/polnear",
            description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--pairs", paramLabel = "TSV", defaultValue = "src/test/resources/reuse/polnear-pairs.tsv",
            description = "Labelled pairs (default: ${DEFAULT-VALUE}).")
    Path pairs;

    @Option(names = "--list", description = "Print detected pairs (file, file, class, direction, shares, first passage) and exit.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PairEvaluation eval = PairEvaluation.run(corpus);
        if (list) {
            eval.listing().forEach(out::println);
            return 0;
        }
        out.println(eval.score(PairEvaluation.readLabels(pairs)).table());
        return 0;
    }
}
