package io.headwater.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Contextless word vectors from the MiniLM encoder, clustered into word classes: each word of a vocabulary (the
 * encoder's own whole-word pieces and the words of the given texts) is run through the encoder alone, as
 * {@code [CLS] word [SEP]}, and its vector reduced and clustered by {@link VectorClusters}. The classes reach words
 * the training corpus has never or rarely seen ("excoriated", "blasted"), which is what a model trained on 800
 * articles lacks. Deterministic for a seed.
 */
public final class StaticWordVectors {

    private static final int BATCH = 128;

    private StaticWordVectors() {
    }

    /**
     * The vocabulary to distil: the encoder's whole-word pieces of letters, and the lower-case words of
     * {@code sentences} that hold a letter (at most 40 characters), sorted.
     */
    public static List<String> vocabulary(MiniLmEncoder encoder, List<String[]> sentences) {
        TreeSet<String> words = new TreeSet<>();
        for (String piece : encoder.vocabulary().keySet()) {
            if (piece.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                words.add(piece);
            }
        }
        for (String[] s : sentences) {
            for (String w : s) {
                if (w.length() <= 40 && w.chars().anyMatch(Character::isLetter) && w.chars().noneMatch(Character::isWhitespace)) {
                    words.add(w);
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** Each word's classes, finest level first (the order {@code WordClasses} reads). */
    public static WordClusterDistiller.Classes distil(MiniLmEncoder encoder, List<String> vocabulary,
                                                      VectorClusters.Settings settings, PrintWriter log) {
        List<float[]> vectors = new ArrayList<>(vocabulary.size());
        List<String> kept = new ArrayList<>(vocabulary.size());
        long started = System.nanoTime();
        for (int from = 0; from < vocabulary.size(); from += BATCH) {
            List<String> batch = vocabulary.subList(from, Math.min(vocabulary.size(), from + BATCH));
            List<float[][]> out = encoder.encode(batch.stream().map(List::of).toList());
            for (int i = 0; i < batch.size(); i++) {
                if (out.get(i)[0] != null) {
                    vectors.add(out.get(i)[0]);
                    kept.add(batch.get(i));
                }
            }
            if ((from / BATCH) % 50 == 0) {
                log.printf("encoded %d of %d words (%.0f s)%n", from + batch.size(), vocabulary.size(),
                        (System.nanoTime() - started) / 1e9);
                log.flush();
            }
        }
        VectorClusters clusters = VectorClusters.fit(vectors, settings);
        log.printf("clustered %d words into %d levels%n", kept.size(), settings.levels());
        Map<String, int[]> out = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            int[] coarseFirst = clusters.assign(vectors.get(i));
            int[] fineFirst = new int[coarseFirst.length];
            for (int l = 0; l < coarseFirst.length; l++) {
                fineFirst[l] = coarseFirst[coarseFirst.length - 1 - l];
            }
            out.put(kept.get(i), fineFirst);
        }
        return new WordClusterDistiller.Classes(out);
    }
}
