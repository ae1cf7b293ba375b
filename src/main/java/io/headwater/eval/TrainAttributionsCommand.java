package io.headwater.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.eval.ContentErrors;
import io.headwater.extract.AttributionExtractor;
import io.headwater.extract.AttributionModel;
import io.headwater.extract.CueLexicon;
import io.headwater.extract.TextAnalyzer;
import io.headwater.extract.WordClasses;
import io.headwater.eval.brat.AnnotatedCorpus;
import io.headwater.eval.brat.AttributionEvaluation;
import io.headwater.eval.brat.AttributionScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train-attributions --train DIR --out FILE}: trains the attribution model on an annotated corpus. */
@Command(name = "train-attributions", mixinStandardHelpOptions = true,
        description = {"Trains the attribution model (cue and role taggers) on a PolNeAR-style corpus.",
                "The corpus has text/ and attributions/ folders, as PolNeAR's compartments do.",
                "Deterministic: the same corpus, epochs and seed give the same model file.",
                "With --holdout N, every Nth article is kept out of training and scored instead."})
public final class TrainAttributionsCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "DIR", description = "The training compartment, e.g. ../shared/corpus/polnear/train.")
    Path train;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (gzipped); omit to only score a --holdout.")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "Training passes (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "20160908", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-count", defaultValue = "3", paramLabel = "N",
            description = "Drop features seen fewer than N times in training (default: ${DEFAULT-VALUE}; the shipped model stays under 2 MiB).")
    int minCount;

    @Option(names = "--holdout", defaultValue = "0", paramLabel = "N",
            description = "Keep every Nth article out of training and print its scores (0: train on all).")
    int holdout;

    @Option(names = "--classes", paramLabel = "FILE",
            description = "Word classes made by distill-classes, read as features and stored in the model (default: none).")
    Path classes;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "With --holdout: print the table of held-out content errors by kind, and write it with examples of each kind to FILE.")
    Path errors;

    @Option(names = "--cue-bias", split = ",", paramLabel = "B[,B...]",
            description = "Bias added to a cue's first token (default: 0). With --holdout and several values, each is scored and the "
                    + "one with the best content F1 is written.")
    List<Float> cueBias = List.of(0f);

    @Option(names = "--model", paramLabel = "FILE",
            description = "With --holdout: score this model (written by --out with the same --holdout) instead of training one.")
    Path model;

    @Option(names = "--contextual", paramLabel = "FILE",
            description = "Token codes made by encode-sentences (the accurate mode's contextual features), for training and scoring.")
    Path contextual;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        List<AnnotatedCorpus.Article> articles = AnnotatedCorpus.read(train);
        List<AnnotatedCorpus.Article> fit = new ArrayList<>();
        List<AnnotatedCorpus.Article> kept = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            (holdout > 0 && i % holdout == 0 ? kept : fit).add(articles.get(i));
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        CueLexicon lexicon = CueLexicon.standard();
        long started = System.nanoTime();
        WordClasses wordClasses = WordClasses.NONE;
        if (classes != null) {
            try (java.io.InputStream in = Files.newInputStream(classes)) {
                wordClasses = WordClasses.readTable(in);
            }
            log.printf("%d word classes from %s%n", wordClasses.size(), classes);
        }
        io.headwater.extract.TokenCodes codes = io.headwater.extract.TokenCodes.NONE;
        if (contextual != null) {
            try (java.io.InputStream in = Files.newInputStream(contextual)) {
                io.headwater.eval.CachedTokenCodes cached = io.headwater.eval.CachedTokenCodes.read(in);
                log.printf("token codes of %d sentences from %s%n", cached.size(), contextual);
                codes = cached;
            }
        }
        AttributionModel trained;
        if (model != null) {
            try (java.io.InputStream in = Files.newInputStream(model)) {
                trained = AttributionModel.read(in).withTokenCodes(codes);
            }
        } else {
            trained = AttributionModelTrainer.train(fit, analyzer, lexicon, wordClasses, codes, epochs, seed, minCount, log);
            log.printf("trained on %d articles in %.1f s%n", fit.size(), (System.nanoTime() - started) / 1e9);
        }
        AttributionModel chosen = trained.withCueBias(cueBias.get(0));
        if (!kept.isEmpty() && cueBias.size() > 1) {
            double best = Double.NEGATIVE_INFINITY;
            for (float bias : cueBias) {
                AttributionModel biased = trained.withCueBias(bias);
                AttributionScorer score = AttributionEvaluation.score(
                        AttributionEvaluation.asConfigured(new AttributionExtractor(analyzer, lexicon, biased)), kept);
                spec.commandLine().getOut().printf("cue bias %s: held-out %d articles%n%s%n", bias, kept.size(), score.table());
                spec.commandLine().getOut().flush();
                double f1 = score.tally("Content").score(true).f1();
                if (f1 > best) {
                    best = f1;
                    chosen = biased;
                }
            }
            log.printf("best held-out content F1 at cue bias %s%n", chosen.cueBias());
        }
        if (out != null) {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                chosen.write(o);
            }
            log.printf("wrote %s (%d bytes)%n", out, Files.size(out));
        }
        if (!kept.isEmpty()) {
            AttributionExtractor extractor = AttributionEvaluation.asConfigured(new AttributionExtractor(analyzer, lexicon, chosen));
            AttributionScorer score = AttributionEvaluation.score(extractor, kept);
            spec.commandLine().getOut().printf("held-out %d articles of %s%n%s", kept.size(), train, score.table());
            if (errors != null) {
                ContentErrors found = ContentErrors.measure(extractor, kept);
                spec.commandLine().getOut().printf("%nheld-out content errors%n%s", found.table());
                Files.writeString(errors, found.table() + "\n" + found.listing(40));
            }
        }
        return 0;
    }
}
