package io.headwater.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Vectors reduced by PCA and clustered at several granularities: a spherical k-means over all vectors, then each
 * cluster split again by k-means into {@code split} parts, level after level (64, 256, 1024 clusters with a split of
 * four), so that a word's coarse class is always the parent of its fine one. Deterministic for a seed.
 *
 * @param mean       the vectors' mean, subtracted before projecting
 * @param projection the principal axes, one row of the input's width each
 * @param centroids  per level, the unit-length centroids in the reduced space; level l's cluster c has the children
 *                   {@code c * split .. c * split + split - 1} on level l + 1 (some may be empty)
 * @param split      children per cluster below the first level
 */
public record VectorClusters(float[] mean, float[][] projection, List<float[][]> centroids, int split) {

    /** Settings of {@link #fit}. */
    public record Settings(int dimensions, int first, int split, int levels, int iterations, long seed) {
    }

    /** The clusters of {@code v} (a raw vector), one id per level. */
    public int[] assign(float[] v) {
        float[] x = reduce(v);
        int[] out = new int[centroids.size()];
        int c = nearest(x, centroids.get(0), 0, centroids.get(0).length);
        out[0] = c;
        for (int l = 1; l < centroids.size(); l++) {
            c = nearest(x, centroids.get(l), c * split, c * split + split);
            out[l] = c;
        }
        return out;
    }

    /** {@code v} projected on the principal axes and scaled to unit length. */
    public float[] reduce(float[] v) {
        float[] x = new float[projection.length];
        for (int k = 0; k < projection.length; k++) {
            float[] axis = projection[k];
            double s = 0;
            for (int d = 0; d < v.length; d++) {
                s += (v[d] - mean[d]) * axis[d];
            }
            x[k] = (float) s;
        }
        return unit(x);
    }

    private static int nearest(float[] x, float[][] centres, int from, int to) {
        int best = -1;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = from; c < to; c++) {
            if (centres[c] == null) {
                continue;
            }
            double dot = dot(x, centres[c]);
            if (dot > bestDot) {
                bestDot = dot;
                best = c;
            }
        }
        return best;
    }

    /** Fits the reduction and the clusters on {@code vectors} (rows of equal width). */
    public static VectorClusters fit(List<float[]> vectors, Settings settings) {
        int width = vectors.get(0).length;
        float[] mean = new float[width];
        for (float[] v : vectors) {
            for (int d = 0; d < width; d++) {
                mean[d] += v[d] / vectors.size();
            }
        }
        float[][] projection = principalAxes(vectors, mean, settings.dimensions(), settings.seed());
        VectorClusters reducer = new VectorClusters(mean, projection, List.of(), settings.split());
        List<float[]> reduced = new ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            reduced.add(reducer.reduce(v));
        }
        Random random = new Random(settings.seed());
        List<float[][]> levels = new ArrayList<>();
        int[] members = new int[reduced.size()];
        float[][] top = kMeans(reduced, allIndices(reduced.size()), settings.first(), settings.iterations(), random, members);
        levels.add(top);
        int[] parent = members.clone();
        for (int l = 1; l < settings.levels(); l++) {
            float[][] above = levels.get(l - 1);
            float[][] here = new float[above.length * settings.split()][];
            int[] child = new int[reduced.size()];
            for (int c = 0; c < above.length; c++) {
                List<Integer> inside = new ArrayList<>();
                for (int i = 0; i < parent.length; i++) {
                    if (parent[i] == c) {
                        inside.add(i);
                    }
                }
                if (inside.isEmpty()) {
                    continue;
                }
                int[] local = new int[reduced.size()];
                float[][] parts = kMeans(reduced, inside.stream().mapToInt(Integer::intValue).toArray(),
                        Math.min(settings.split(), inside.size()), settings.iterations(), random, local);
                for (int p = 0; p < parts.length; p++) {
                    here[c * settings.split() + p] = parts[p];
                }
                for (int i : inside) {
                    child[i] = c * settings.split() + local[i];
                }
            }
            levels.add(here);
            parent = child;
        }
        return new VectorClusters(mean, projection, levels, settings.split());
    }

    private static int[] allIndices(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /**
     * Spherical k-means (k-means++ seeding) over the points {@code which} of {@code x}; writes each point's cluster
     * into {@code assignment} and returns the unit centroids.
     */
    static float[][] kMeans(List<float[]> x, int[] which, int k, int iterations, Random random, int[] assignment) {
        int dims = x.get(0).length;
        float[][] centres = new float[k][];
        centres[0] = x.get(which[random.nextInt(which.length)]).clone();
        double[] closest = new double[which.length];
        Arrays.fill(closest, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < which.length; i++) {
                double d = 1 - dot(x.get(which[i]), centres[c - 1]);
                closest[i] = Math.min(closest[i], Math.max(d, 0));
                total += closest[i];
            }
            double r = random.nextDouble() * total;
            int pick = which.length - 1;
            for (int i = 0; i < which.length; i++) {
                r -= closest[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            centres[c] = x.get(which[pick]).clone();
        }
        for (int it = 0; it < iterations; it++) {
            double[][] sums = new double[k][dims];
            for (int i : which) {
                int best = nearest(x.get(i), centres, 0, k);
                assignment[i] = best;
                float[] v = x.get(i);
                for (int d = 0; d < dims; d++) {
                    sums[best][d] += v[d];
                }
            }
            for (int c = 0; c < k; c++) {
                float[] centre = new float[dims];
                for (int d = 0; d < dims; d++) {
                    centre[d] = (float) sums[c][d];
                }
                if (norm(centre) > 0) {
                    centres[c] = unit(centre);
                }
            }
        }
        for (int i : which) {
            assignment[i] = nearest(x.get(i), centres, 0, k);
        }
        return centres;
    }

    /** The top {@code k} eigenvectors of the vectors' covariance, by orthogonal (subspace) iteration. */
    static float[][] principalAxes(List<float[]> vectors, float[] mean, int k, long seed) {
        int width = mean.length;
        double[][] cov = new double[width][width];
        double[] centred = new double[width];
        for (float[] v : vectors) {
            for (int d = 0; d < width; d++) {
                centred[d] = v[d] - mean[d];
            }
            for (int a = 0; a < width; a++) {
                double ca = centred[a];
                double[] row = cov[a];
                for (int b = a; b < width; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < width; a++) {
            for (int b = a; b < width; b++) {
                cov[a][b] /= vectors.size();
                cov[b][a] = cov[a][b];
            }
        }
        Random random = new Random(seed);
        double[][] q = new double[k][width];
        for (double[] row : q) {
            for (int d = 0; d < width; d++) {
                row[d] = random.nextGaussian();
            }
        }
        orthonormalise(q);
        for (int it = 0; it < 60; it++) {
            double[][] z = new double[k][width];
            for (int j = 0; j < k; j++) {
                for (int a = 0; a < width; a++) {
                    double s = 0;
                    double[] row = cov[a];
                    for (int b = 0; b < width; b++) {
                        s += row[b] * q[j][b];
                    }
                    z[j][a] = s;
                }
            }
            orthonormalise(z);
            q = z;
        }
        float[][] axes = new float[k][width];
        for (int j = 0; j < k; j++) {
            for (int d = 0; d < width; d++) {
                axes[j][d] = (float) q[j][d];
            }
        }
        return axes;
    }

    private static void orthonormalise(double[][] rows) {
        for (int j = 0; j < rows.length; j++) {
            for (int i = 0; i < j; i++) {
                double s = 0;
                for (int d = 0; d < rows[j].length; d++) {
                    s += rows[j][d] * rows[i][d];
                }
                for (int d = 0; d < rows[j].length; d++) {
                    rows[j][d] -= s * rows[i][d];
                }
            }
            double n = 0;
            for (double v : rows[j]) {
                n += v * v;
            }
            n = Math.sqrt(n);
            for (int d = 0; d < rows[j].length; d++) {
                rows[j][d] /= n;
            }
        }
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }

    private static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static float[] unit(float[] a) {
        double n = norm(a);
        if (n > 0) {
            for (int d = 0; d < a.length; d++) {
                a[d] /= (float) n;
            }
        }
        return a;
    }
}
