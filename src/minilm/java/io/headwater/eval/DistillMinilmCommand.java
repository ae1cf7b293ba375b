package io.headwater.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.extract.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code distill-minilm --out FILE DIR...}: word classes from the MiniLM encoder's contextless word vectors. */
@Command(name = "distill-minilm", mixinStandardHelpOptions = true,
        description = {"Runs every word of a vocabulary (the MiniLM encoder's whole words and the words of the .txt files",
                "under DIR) through the encoder alone, reduces the vectors by PCA and clusters them at several levels;",
                "writes gzipped lines word, classes (finest first), for train-attributions --classes. Deterministic.",
                "Needs the jar built with -Pminilm."})
public final class DistillMinilmCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the classes (gzipped TSV).")
    Path out;

    @Option(names = "--dimensions", defaultValue = "64", description = "PCA dimensions (default: ${DEFAULT-VALUE}).")
    int dimensions;

    @Option(names = "--first", defaultValue = "64", description = "Clusters of the coarsest level (default: ${DEFAULT-VALUE}).")
    int first;

    @Option(names = "--split", defaultValue = "4", description = "Each cluster split into this many at the next level (default: ${DEFAULT-VALUE}).")
    int split;

    @Option(names = "--levels", defaultValue = "3", description = "Levels, 1 to 3 (default: ${DEFAULT-VALUE}: 64, 256, 1024 clusters).")
    int levels;

    @Option(names = "--iterations", defaultValue = "20", description = "k-means iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", defaultValue = "20160908", description = "PCA start and k-means seeding (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders of .txt files whose words join the vocabulary, e.g. ../shared/corpus/polnear/train/text.")
    List<Path> folders = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (levels < 1 || levels > 3 || first < 1 || split < 1 || dimensions < 1 || dimensions > MiniLmEncoder.DIMENSIONS) {
            throw new IllegalArgumentException("--levels must lie between 1 and 3, --dimensions between 1 and "
                    + MiniLmEncoder.DIMENSIONS + ", --first and --split above 0");
        }
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new IllegalArgumentException(f + " is not a folder of .txt files");
            }
        }
        PrintWriter log = spec.commandLine().getErr();
        List<String[]> sentences = new WordClusterDistiller(new TextAnalyzer()).sentences(WordClusterDistiller.texts(folders));
        WordClusterDistiller.Classes classes;
        try (MiniLmEncoder encoder = new MiniLmEncoder()) {
            List<String> vocabulary = StaticWordVectors.vocabulary(encoder, sentences);
            log.printf("%d words to distil%n", vocabulary.size());
            classes = StaticWordVectors.distil(encoder, vocabulary,
                    new VectorClusters.Settings(dimensions, first, split, levels, iterations, seed), log);
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            WordClusterDistiller.write(classes, o);
        }
        log.printf("%d words with classes written to %s%n", classes.ofWord().size(), out);
        return 0;
    }
}
