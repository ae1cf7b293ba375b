package io.headwater.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import io.headwater.extract.LongIndex;
import io.headwater.extract.PerceptronTagger;

/**
 * Trains a {@link PerceptronTagger}: an averaged structured perceptron (Collins 2002), decoded during training by
 * the tagger it is updating. Kept with the evaluation tools: the runtime only reads and runs a trained model.
 */
public final class PerceptronTrainer {

    /** One training sequence: the features of each position, the gold label index of each, and the allowed labels, if any. */
    public record Example(List<long[]> features, int[] gold, boolean[] @Nullable [] mask) {
    }

    private PerceptronTrainer() {
    }

    /**
     * Trains a tagger over {@code examples} for {@code epochs} passes in an order shuffled by {@code seed};
     * features seen fewer than {@code minCount} times are ignored. The same input gives the same model.
     */
    public static PerceptronTagger train(List<String> labelNames, List<Example> examples, int epochs, long seed,
                                         int minCount) {
        String[] labels = labelNames.toArray(String[]::new);
        int k = labels.length;
        if (k > 8) {
            throw new IllegalArgumentException("at most 8 labels fit the model file's layout, not " + k);
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (long[] fs : e.features()) {
                for (long f : fs) {
                    counts.merge(PerceptronTagger.fold(f), 1, Integer::sum);
                }
            }
        }
        long[] kept = counts.entrySet().stream().filter(e -> e.getValue() >= minCount).mapToLong(Map.Entry::getKey)
                .sorted().toArray();
        LongIndex index = new LongIndex(kept.length);
        for (int r = 0; r < kept.length; r++) {
            index.put(kept[r], r);
        }
        float[] w = new float[kept.length * k];
        double[] u = new double[w.length];
        float[][] t = new float[k + 1][k];
        double[][] tu = new double[k + 1][k];
        PerceptronTagger live = PerceptronTagger.of(labelNames, index, w, t);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int idx : order) {
                Example e = examples.get(idx);
                int[] predicted = live.tag(e.features(), e.mask());
                if (!Arrays.equals(predicted, e.gold())) {
                    for (int i = 0; i < predicted.length; i++) {
                        int g = e.gold()[i];
                        int p = predicted[i];
                        if (g != p) {
                            for (long f : e.features().get(i)) {
                                int row = index.get(PerceptronTagger.fold(f));
                                if (row >= 0) {
                                    update(w, u, row * k + g, 1, c);
                                    update(w, u, row * k + p, -1, c);
                                }
                            }
                        }
                        int gPrev = i == 0 ? 0 : e.gold()[i - 1] + 1;
                        int pPrev = i == 0 ? 0 : predicted[i - 1] + 1;
                        if (gPrev != pPrev || g != p) {
                            t[gPrev][g] += 1;
                            tu[gPrev][g] += c;
                            t[pPrev][p] -= 1;
                            tu[pPrev][p] -= c;
                        }
                    }
                }
                c++;
            }
        }
        // Averaging: the mean of the weights over all steps is w - u / c.
        int rows = 0;
        LongIndex finalIndex = new LongIndex(kept.length);
        float[] finalWeights = new float[w.length];
        for (int r = 0; r < kept.length; r++) {
            boolean nonZero = false;
            for (int y = 0; y < k; y++) {
                float v = (float) (w[r * k + y] - u[r * k + y] / c);
                finalWeights[rows * k + y] = Math.abs(v) > 1e-3 ? v : 0;
                nonZero |= finalWeights[rows * k + y] != 0;
            }
            if (nonZero) {
                finalIndex.put(kept[r], rows++);
            }
        }
        float[][] transitions = new float[k + 1][k];
        for (int from = 0; from <= k; from++) {
            for (int to = 0; to < k; to++) {
                transitions[from][to] = (float) (t[from][to] - tu[from][to] / c);
            }
        }
        return PerceptronTagger.of(labelNames, finalIndex, Arrays.copyOf(finalWeights, rows * k), transitions);
    }


    private static void update(float[] w, double[] u, int i, int delta, long c) {
        w[i] += delta;
        u[i] += (double) c * delta;
    }
}
