package io.headwater.eval;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.core.Span;
import io.headwater.extract.LineParagraphs;
import io.headwater.extract.Quotation;
import io.headwater.extract.Sentence;
import io.headwater.extract.TextAnalyzer;
import io.headwater.extract.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code encode-sentences --out FILE DIR...}: the accurate mode's token codes for every sentence of a corpus, once. */
@Command(name = "encode-sentences", mixinStandardHelpOptions = true,
        description = {"Runs the MiniLM encoder over every sentence of the .txt files under DIR (as extract splits them),",
                "fits PCA, clusters and bins on the first --sample sentences, and writes each sentence's token codes",
                "for train-attributions --contextual. Needs the jar built with -Pminilm."})
public final class EncodeSentencesCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the codes (gzipped).")
    Path out;

    @Option(names = "--sample", defaultValue = "1500", description = "Sentences the reduction and clusters are fitted on (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--binned", defaultValue = "16", description = "Leading PCA dimensions binned into quarters (default: ${DEFAULT-VALUE}).")
    int binned;

    @Option(names = "--seed", defaultValue = "20160908", description = "PCA start and k-means seeding (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of .txt files, e.g. ../shared/corpus/polnear/train/text.")
    List<Path> folders;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        TextAnalyzer analyzer = new TextAnalyzer();
        List<List<Token>> sentences = new ArrayList<>();
        for (String text : WordClusterDistiller.texts(folders)) {
            List<Span> paragraphs = LineParagraphs.of(text);
            for (Sentence s : analyzer.sentences(text, paragraphs, Quotation.find(text, paragraphs))) {
                if (!s.tokens().isEmpty() && s.tokens().size() <= 400) {
                    sentences.add(s.tokens());
                }
            }
        }
        log.printf("%d sentences%n", sentences.size());
        long started = System.nanoTime();
        try (MiniLmEncoder encoder = new MiniLmEncoder()) {
            List<float[][]> first = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            for (int i = 0; i < Math.min(sample, sentences.size()); i++) {
                float[][] v = encoder.encode(List.of(words(sentences.get(i)))).get(0);
                first.add(v);
                for (float[] t : v) {
                    if (t != null) {
                        vectors.add(t);
                    }
                }
            }
            ContextualCodes codes = ContextualCodes.fit(vectors, new VectorClusters.Settings(64, 64, 4, 3, 20, seed), binned);
            log.printf("fitted on %d tokens of %d sentences (%.0f s)%n", vectors.size(), first.size(), (System.nanoTime() - started) / 1e9);
            log.flush();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream o = Files.newOutputStream(out); DataOutputStream data = CachedTokenCodes.writer(o)) {
                for (int i = 0; i < sentences.size(); i++) {
                    float[][] v = i < first.size() ? first.get(i) : encoder.encode(List.of(words(sentences.get(i)))).get(0);
                    long[][] c = new long[v.length][];
                    for (int t = 0; t < v.length; t++) {
                        c[t] = codes.codes(v[t]);
                    }
                    CachedTokenCodes.write(data, CachedTokenCodes.key(sentences.get(i)), c);
                    if (i % 2000 == 0) {
                        log.printf("%d of %d sentences (%.0f s)%n", i, sentences.size(), (System.nanoTime() - started) / 1e9);
                        log.flush();
                    }
                }
            }
        }
        log.printf("wrote %s in %.0f s%n", out, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }
}
