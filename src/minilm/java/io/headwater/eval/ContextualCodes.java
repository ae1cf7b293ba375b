package io.headwater.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The accurate mode's token codes: each token's contextual MiniLM vector (the encoder run over its sentence),
 * reduced by PCA and given its clusters at every level and, for the first principal dimensions, which quarter of
 * the values it falls in. Fitted on a sample of sentences; deterministic for a seed.
 *
 * @param clusters  the reduction and clusters
 * @param binned    how many leading dimensions are binned
 * @param quartiles per binned dimension, the three cut points
 */
public record ContextualCodes(VectorClusters clusters, int binned, float[][] quartiles) {

    /** Fits the codes on token vectors of sample sentences. */
    public static ContextualCodes fit(List<float[]> tokenVectors, VectorClusters.Settings settings, int binned) {
        VectorClusters clusters = VectorClusters.fit(tokenVectors, settings);
        int dims = Math.min(binned, settings.dimensions());
        float[][] cuts = new float[dims][3];
        List<float[]> reduced = new ArrayList<>(tokenVectors.size());
        for (float[] v : tokenVectors) {
            reduced.add(clusters.reduce(v));
        }
        for (int d = 0; d < dims; d++) {
            float[] values = new float[reduced.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = reduced.get(i)[d];
            }
            Arrays.sort(values);
            for (int q = 0; q < 3; q++) {
                cuts[d][q] = values[(q + 1) * values.length / 4];
            }
        }
        return new ContextualCodes(clusters, dims, cuts);
    }

    /** The codes of one token vector (null gives no codes): one per cluster level, one per binned dimension. */
    public long[] codes(float[] vector) {
        if (vector == null) {
            return new long[0];
        }
        int[] ids = clusters.assign(vector);
        float[] x = clusters.reduce(vector);
        long[] out = new long[ids.length + binned];
        for (int l = 0; l < ids.length; l++) {
            out[l] = (l + 1) * 100_000L + ids[l];
        }
        for (int d = 0; d < binned; d++) {
            int bin = 0;
            while (bin < 3 && x[d] > quartiles[d][bin]) {
                bin++;
            }
            out[ids.length + d] = 1_000_000L + d * 10L + bin;
        }
        return out;
    }
}
