package io.headwater.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A first-order sequence tagger: an averaged structured perceptron (Collins 2002) decoded with Viterbi
 * under hard transition constraints (no I- tag without its B-). Features are strings; each has one
 * weight per label. Written here rather than taken from a library because the attribution model needs
 * per-position label masks (cue tokens can never be source or content) and compact, deterministic
 * training and storage; it is about two hundred lines.
 */
public final class PerceptronTagger {

    private final String[] labels;
    private final boolean[][] allowed;
    private final Map<String, float[]> weights;
    /** transitions[from + 1][to]; row 0 is the start of the sequence. */
    private final float[][] transitions;
    /** While training: feature rows read in place from the array being trained. */
    private Map<String, Integer> liveIndex;
    private float[] liveWeights;

    private PerceptronTagger(String[] labels, Map<String, float[]> weights, float[][] transitions) {
        this.labels = labels;
        this.weights = weights;
        this.transitions = transitions;
        this.allowed = allowedTransitions(labels);
    }

    /** One training sequence: the features of each position and the gold label index of each. */
    public record Example(List<String[]> features, int[] gold, boolean[][] mask) {
    }

    /** The labels, in index order. */
    public List<String> labels() {
        return List.of(labels);
    }

    /**
     * The best label sequence for {@code features} (one feature array per position). {@code mask}, when
     * not null, says per position which labels may be chosen.
     */
    public int[] tag(List<String[]> features, boolean[][] mask) {
        return tag(features, mask, null);
    }

    /** As {@link #tag(List, boolean[][])}, with {@code bias[y]} added to label y's score at every position. */
    public int[] tag(List<String[]> features, boolean[][] mask, double[] bias) {
        int n = features.size();
        int k = labels.length;
        if (n == 0) {
            return new int[0];
        }
        double[][] score = new double[n][k];
        int[][] back = new int[n][k];
        double[] emission = new double[k];
        for (int i = 0; i < n; i++) {
            if (bias == null) {
                java.util.Arrays.fill(emission, 0);
            } else {
                System.arraycopy(bias, 0, emission, 0, k);
            }
            for (String f : features.get(i)) {
                if (liveIndex != null) {
                    Integer fi = liveIndex.get(f);
                    if (fi != null) {
                        for (int y = 0; y < k; y++) {
                            emission[y] += liveWeights[fi * k + y];
                        }
                    }
                    continue;
                }
                float[] w = weights.get(f);
                if (w != null) {
                    for (int y = 0; y < k; y++) {
                        emission[y] += w[y];
                    }
                }
            }
            for (int y = 0; y < k; y++) {
                if (mask != null && !mask[i][y]) {
                    score[i][y] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    best = allowed[0][y] ? transitions[0][y] : Double.NEGATIVE_INFINITY;
                } else {
                    for (int p = 0; p < k; p++) {
                        if (!allowed[p + 1][y] || score[i - 1][p] == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        double s = score[i - 1][p] + transitions[p + 1][y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[i][y] = best + emission[y];
                back[i][y] = arg;
            }
        }
        int[] path = new int[n];
        double best = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < k; y++) {
            if (score[n - 1][y] > best) {
                best = score[n - 1][y];
                path[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    /** An I-x label may only follow B-x or I-x; labels are "O", "B-x" or "I-x". */
    private static boolean[][] allowedTransitions(String[] labels) {
        boolean[][] a = new boolean[labels.length + 1][labels.length];
        for (int from = -1; from < labels.length; from++) {
            for (int to = 0; to < labels.length; to++) {
                String t = labels[to];
                boolean ok = true;
                if (t.startsWith("I-")) {
                    String type = t.substring(2);
                    ok = from >= 0 && labels[from].length() > 2 && labels[from].substring(2).equals(type);
                }
                a[from + 1][to] = ok;
            }
        }
        return a;
    }

    /**
     * Trains a tagger over {@code examples} for {@code epochs} passes in an order shuffled by {@code seed};
     * features seen fewer than {@code minCount} times are ignored. The same input gives the same model.
     */
    public static PerceptronTagger train(List<String> labelNames, List<Example> examples, int epochs, long seed,
                                         int minCount) {
        String[] labels = labelNames.toArray(String[]::new);
        int k = labels.length;
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String[] fs : e.features()) {
                for (String f : fs) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted()
                .forEach(f -> {
                    index.put(f, names.size());
                    names.add(f);
                });
        int t = k + 1;
        float[] w = new float[names.size() * k + t * k];
        double[] u = new double[w.length];
        int transitionBase = names.size() * k;
        Trainee model = new Trainee(labels, index, w, transitionBase);
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
                int[] predicted = model.tagger().tag(e.features(), e.mask());
                if (!java.util.Arrays.equals(predicted, e.gold())) {
                    for (int i = 0; i < predicted.length; i++) {
                        int g = e.gold()[i];
                        int p = predicted[i];
                        if (g != p) {
                            for (String f : e.features().get(i)) {
                                Integer fi = index.get(f);
                                if (fi != null) {
                                    update(w, u, fi * k + g, 1, c);
                                    update(w, u, fi * k + p, -1, c);
                                }
                            }
                        }
                        int gPrev = i == 0 ? 0 : e.gold()[i - 1] + 1;
                        int pPrev = i == 0 ? 0 : predicted[i - 1] + 1;
                        if (gPrev != pPrev || g != p) {
                            update(w, u, transitionBase + gPrev * k + g, 1, c);
                            update(w, u, transitionBase + pPrev * k + p, -1, c);
                        }
                    }
                    model.refresh();
                }
                c++;
            }
        }
        float[] averaged = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            averaged[i] = (float) (w[i] - u[i] / c);
        }
        Map<String, float[]> finalWeights = new HashMap<>();
        for (int fi = 0; fi < names.size(); fi++) {
            float[] row = java.util.Arrays.copyOfRange(averaged, fi * k, fi * k + k);
            boolean nonZero = false;
            for (int y = 0; y < k; y++) {
                row[y] = Math.abs(row[y]) > 1e-3 ? row[y] : 0;
                nonZero |= row[y] != 0;
            }
            if (nonZero) {
                finalWeights.put(names.get(fi), row);
            }
        }
        float[][] transitions = new float[t][k];
        for (int from = 0; from < t; from++) {
            for (int to = 0; to < k; to++) {
                transitions[from][to] = averaged[transitionBase + from * k + to];
            }
        }
        return new PerceptronTagger(labels, finalWeights, transitions);
    }

    private static void update(float[] w, double[] u, int i, int delta, long c) {
        w[i] += delta;
        u[i] += (double) c * delta;
    }

    /** The weights being trained, seen through a tagger that reads them in place. */
    private static final class Trainee {
        private final PerceptronTagger view;
        private final float[] w;
        private final int transitionBase;

        Trainee(String[] labels, Map<String, Integer> index, float[] w, int transitionBase) {
            this.w = w;
            this.transitionBase = transitionBase;
            this.view = new PerceptronTagger(labels, Map.of(), new float[labels.length + 1][labels.length]);
            view.liveIndex = index;
            view.liveWeights = w;
            refresh();
        }

        PerceptronTagger tagger() {
            return view;
        }

        void refresh() {
            int k = view.labels.length;
            for (int from = 0; from <= k; from++) {
                for (int to = 0; to < k; to++) {
                    view.transitions[from][to] = w[transitionBase + from * k + to];
                }
            }
        }
    }

    /** Writes the model; {@link #read} reads it back. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.length);
        for (String l : labels) {
            out.writeUTF(l);
        }
        for (float[] row : transitions) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
        List<String> names = new ArrayList<>(weights.keySet());
        Collections.sort(names);
        out.writeInt(names.size());
        for (String f : names) {
            // Sparse: most features only ever moved a few labels' weights.
            float[] row = weights.get(f);
            int nonZero = 0;
            for (float v : row) {
                nonZero += v != 0 ? 1 : 0;
            }
            out.writeUTF(f);
            out.writeByte(nonZero);
            for (int y = 0; y < row.length; y++) {
                if (row[y] != 0) {
                    out.writeByte(y);
                    out.writeFloat(row[y]);
                }
            }
        }
    }

    /** Reads a model written by {@link #write}. */
    public static PerceptronTagger read(DataInputStream in) throws IOException {
        int k = in.readInt();
        String[] labels = new String[k];
        for (int i = 0; i < k; i++) {
            labels[i] = in.readUTF();
        }
        float[][] transitions = new float[k + 1][k];
        for (int from = 0; from <= k; from++) {
            for (int to = 0; to < k; to++) {
                transitions[from][to] = in.readFloat();
            }
        }
        int n = in.readInt();
        Map<String, float[]> weights = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String f = in.readUTF();
            float[] row = new float[k];
            int nonZero = in.readUnsignedByte();
            for (int j = 0; j < nonZero; j++) {
                int y = in.readUnsignedByte();
                row[y] = in.readFloat();
            }
            weights.put(f, row);
        }
        return new PerceptronTagger(labels, weights, transitions);
    }

    /** Number of features with a weight. */
    public int features() {
        return weights.size();
    }
}
