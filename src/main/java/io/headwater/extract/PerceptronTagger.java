package io.headwater.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A first-order sequence tagger: an averaged structured perceptron (Collins 2002) decoded with Viterbi
 * under hard transition constraints (no I- tag without its B-). Features are 64-bit hashes
 * ({@link FeatureHash}); each has one weight per label. Written here rather than taken from a library
 * because the attribution model needs per-position label masks (cue tokens can never be source or
 * content), string-free features for speed, and compact, deterministic training and storage. The training lives with the evaluation tools
 * ({@code io.headwater.eval.PerceptronTrainer}); this class only tags, reads and writes.
 */
public final class PerceptronTagger {

    private final String[] labels;
    private final boolean[][] allowed;
    private final LongIndex index;
    /** Row-major: the weights of feature row r for label y are at {@code r * labels + y}. */
    private final float[] weights;
    /** transitions[from + 1][to]; row 0 is the start of the sequence. */
    private final float[][] transitions;

    private PerceptronTagger(String[] labels, LongIndex index, float[] weights, float[][] transitions) {
        this.labels = labels;
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
        this.allowed = allowedTransitions(labels);
    }

    /** The labels, in index order. */
    public List<String> labels() {
        return List.of(labels);
    }

    /**
     * The best label sequence for {@code features} (one feature array per position). {@code mask}, when
     * not null, says per position which labels may be chosen.
     */
    public int[] tag(List<long[]> features, boolean[][] mask) {
        return tag(features, mask, null);
    }

    /**
     * As {@link #tag(List, boolean[][])}, with {@code bias[y]} (when not null) added to label y's score at every
     * position: a positive bias for a label trades precision for recall of that label.
     */
    public int[] tag(List<long[]> features, boolean[][] mask, float[] bias) {
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
                Arrays.fill(emission, 0);
            } else {
                for (int y = 0; y < k; y++) {
                    emission[y] = bias[y];
                }
            }
            for (long f : features.get(i)) {
                int row = index.get(fold(f));
                if (row >= 0) {
                    int base = row * k;
                    for (int y = 0; y < k; y++) {
                        emission[y] += weights[base + y];
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
     * A tagger over {@code weights} (row-major: feature row r, label y at {@code r * labels + y}, rows as {@code index}
     * numbers them) and {@code transitions} ({@code [from + 1][to]}, row 0 the start). The arrays are used, not copied:
     * a trainer tags with the weights it is updating.
     */
    public static PerceptronTagger of(List<String> labels, LongIndex index, float[] weights, float[][] transitions) {
        return new PerceptronTagger(labels.toArray(String[]::new), index, weights, transitions);
    }

    /**
     * A feature hash folded to 32 bits: the stored keys then take three bytes each instead of eight (sorted and
     * delta-coded), and with some 10^5 features a chance collision stays rare enough to ignore.
     */
    public static long fold(long feature) {
        return (feature ^ (feature >>> 32)) & 0xFFFFFFFFL;
    }

    /** Writes the model; {@link #read} reads it back. */
    public void write(DataOutputStream out) throws IOException {
        int k = labels.length;
        out.writeInt(k);
        for (String l : labels) {
            out.writeUTF(l);
        }
        for (float[] row : transitions) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
        long[] keys = allKeys();
        Arrays.sort(keys);
        out.writeInt(keys.length);
        long previous = 0;
        for (long key : keys) {
            // Sorted keys as gaps, seven bits a byte; then which labels have a weight, and those weights in 16 bits.
            CompactWeights.writeVarLong(out, key - previous);
            previous = key;
            int base = index.get(key) * k;
            int present = 0;
            for (int y = 0; y < k; y++) {
                present |= weights[base + y] != 0 ? 1 << y : 0;
            }
            out.writeByte(present);
            for (int y = 0; y < k; y++) {
                if (weights[base + y] != 0) {
                    out.writeShort(CompactWeights.bfloat16(weights[base + y]));
                }
            }
        }
    }

    private long[] allKeys() {
        return index.keys();
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
        int rows = in.readInt();
        LongIndex index = new LongIndex(rows);
        float[] weights = new float[rows * k];
        long key = 0;
        for (int r = 0; r < rows; r++) {
            key += CompactWeights.readVarLong(in);
            index.put(key, r);
            int present = in.readUnsignedByte();
            for (int y = 0; y < k; y++) {
                if ((present & 1 << y) != 0) {
                    weights[r * k + y] = CompactWeights.fromBfloat16(in.readUnsignedShort());
                }
            }
        }
        return new PerceptronTagger(labels, index, weights, transitions);
    }

    /** Number of features with a weight. */
    public int features() {
        return index.size();
    }
}
