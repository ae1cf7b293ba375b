package io.headwater.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.eval.WordClusterDistiller;
import io.headwater.extract.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code distill-classes --out FILE DIR...}: word classes from raw text, for {@code train-attributions --classes}. */
@Command(name = "distill-classes", mixinStandardHelpOptions = true,
        description = {"Learns word classes from the .txt files under the given folders.",
                "Words between the same neighbours share a class. Writes them as gzipped lines: word, fine class, coarse "
                        + "class. Deterministic."})
public final class DistillClassesCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the classes (gzipped TSV).")
    Path out;

    @Option(names = "--min-count", defaultValue = "5", description = "Words seen fewer times get no class (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--context-words", defaultValue = "1000", description = "Most frequent words used as contexts (default: ${DEFAULT-VALUE}).")
    int contextWords;

    @Option(names = "--dimensions", defaultValue = "256", description = "Dimensions of the random projection (default: ${DEFAULT-VALUE}).")
    int dimensions;

    @Option(names = "--fine", defaultValue = "256", description = "Fine classes, at most 256 (default: ${DEFAULT-VALUE}).")
    int fine;

    @Option(names = "--coarse", defaultValue = "32", description = "Coarse classes (default: ${DEFAULT-VALUE}).")
    int coarse;

    @Option(names = "--iterations", defaultValue = "20", description = "k-means iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", defaultValue = "20160908", description = "Projection and seeding (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of .txt files, e.g. ../shared/corpus/polnear/train/text.")
    List<Path> folders;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (fine > 256 || coarse > 256 || fine < 1 || coarse < 1) {
            throw new IllegalArgumentException("--fine and --coarse must lie between 1 and 256");
        }
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new IllegalArgumentException(f + " is not a folder of .txt files");
            }
        }
        PrintWriter log = spec.commandLine().getErr();
        List<String> texts = WordClusterDistiller.texts(folders);
        List<String[]> sentences = new WordClusterDistiller(new TextAnalyzer()).sentences(texts);
        WordClusterDistiller.Classes classes = WordClusterDistiller.distil(sentences,
                new WordClusterDistiller.Settings(minCount, contextWords, dimensions, fine, coarse, iterations, seed), log);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            WordClusterDistiller.write(classes, o);
        }
        log.printf("%d texts: %d words with classes written to %s%n", texts.size(), classes.ofWord().size(), out);
        return 0;
    }
}
