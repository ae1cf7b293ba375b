package io.headwater.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import io.headwater.core.Span;
import io.headwater.extract.LineParagraphs;
import io.headwater.extract.Quotation;
import io.headwater.extract.Sentence;
import io.headwater.extract.TextAnalyzer;
import io.headwater.extract.Token;

/**
 * Word classes learnt from raw text, for the attribution model's features: words that occur between the same
 * neighbours fall into one class ("slammed", "praised" and "mocked"; "Clinton", "Sanders" and "Cruz"), so that a
 * rare word borrows what the model learnt of its class. Each word seen at least {@code minCount} times gets a vector
 * of positive pointwise mutual information with the most frequent words one and two places to its left and right,
 * projected at random to a few dozen dimensions (seeded), and is clustered by k-means (cosine, seeded k-means++)
 * into fine classes, whose centres are clustered again into coarse ones. Deterministic: the same texts and
 * settings give the same file.
 */
public final class WordClusterDistiller {

    /** The settings of one distillation. */
    public record Settings(int minCount, int contextWords, int dimensions, int fineClasses, int coarseClasses,
                           int iterations, long seed) {
    }

    /** The classes of each word: fine and coarse, both 0-based. */
    public record Classes(Map<String, int[]> ofWord) {
    }

    private final TextAnalyzer analyzer;

    public WordClusterDistiller(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The lower-cased tokens of each sentence of {@code texts}, read as {@code extract} reads them. */
    public List<String[]> sentences(List<String> texts) {
        List<String[]> out = new ArrayList<>();
        for (String text : texts) {
            List<Span> paragraphs = LineParagraphs.of(text);
            for (Sentence s : analyzer.sentences(text, paragraphs, Quotation.find(text, paragraphs))) {
                out.add(s.tokens().stream().map(Token::lower).toArray(String[]::new));
            }
        }
        return out;
    }

    /** Word classes of the words in {@code sentences}. */
    public static Classes distil(List<String[]> sentences, Settings settings, PrintWriter log) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> vocabulary = counts.entrySet().stream().filter(e -> e.getValue() >= settings.minCount())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            row.put(vocabulary.get(i), i);
        }
        int contexts = Math.min(settings.contextWords(), vocabulary.size());
        // Four context slots (two left, two right), each over the most frequent words plus the sentence edge.
        int slot = contexts + 1;
        List<Map<Integer, Integer>> cooccur = new ArrayList<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            cooccur.add(new HashMap<>());
        }
        int[] offsets = {-2, -1, 1, 2};
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer r = row.get(s[i]);
                if (r == null) {
                    continue;
                }
                for (int k = 0; k < offsets.length; k++) {
                    int j = i + offsets[k];
                    int context;
                    if (j < 0 || j >= s.length) {
                        context = contexts;
                    } else {
                        Integer c = row.get(s[j]);
                        if (c == null || c >= contexts) {
                            continue;
                        }
                        context = c;
                    }
                    cooccur.get(r).merge(k * slot + context, 1, Integer::sum);
                }
            }
        }
        // Context counts smoothed to the power 0.75 (Levy, Goldberg and Dagan 2015): rare contexts then no longer
        // give rare words their highest associations.
        double[] contextTotal = new double[offsets.length * slot];
        for (Map<Integer, Integer> m : cooccur) {
            for (Map.Entry<Integer, Integer> e : m.entrySet()) {
                contextTotal[e.getKey()] += e.getValue();
            }
        }
        double smoothedTotal = 0;
        for (int i = 0; i < contextTotal.length; i++) {
            contextTotal[i] = Math.pow(contextTotal[i], 0.75);
            smoothedTotal += contextTotal[i];
        }
        // A seeded random projection of the PPMI rows keeps their angles roughly, in few dimensions.
        int d = settings.dimensions();
        Random random = new Random(settings.seed());
        float[][] projection = new float[offsets.length * slot][d];
        for (float[] p : projection) {
            for (int j = 0; j < d; j++) {
                p[j] = (float) random.nextGaussian();
            }
        }
        float[][] vectors = new float[vocabulary.size()][d];
        for (int r = 0; r < vocabulary.size(); r++) {
            double wordTotal = cooccur.get(r).values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<Integer, Integer> e : cooccur.get(r).entrySet()) {
                double pmi = Math.log(e.getValue() / wordTotal / (contextTotal[e.getKey()] / smoothedTotal));
                if (pmi > 0) {
                    float[] p = projection[e.getKey()];
                    for (int j = 0; j < d; j++) {
                        vectors[r][j] += (float) (pmi * p[j]);
                    }
                }
            }
            normalise(vectors[r]);
        }
        log.printf("%d sentences, %d words seen at least %d times, %d context words%n", sentences.size(), vocabulary.size(),
                settings.minCount(), contexts);
        log.flush();
        int[] fine = kMeans(vectors, settings.fineClasses(), settings.iterations(), new Random(settings.seed() + 1));
        float[][] centres = centres(vectors, fine, settings.fineClasses());
        int[] coarse = kMeans(centres, settings.coarseClasses(), settings.iterations(), new Random(settings.seed() + 2));
        Map<String, int[]> out = new HashMap<>();
        for (int r = 0; r < vocabulary.size(); r++) {
            out.put(vocabulary.get(r), new int[] {fine[r], coarse[fine[r]]});
        }
        return new Classes(out);
    }

    /** Writes the classes as gzipped lines {@code word TAB class TAB class ...} (each of the word's classes), sorted by word. */
    public static void write(Classes classes, OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(classes.ofWord().entrySet());
        rows.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, int[]> e : rows) {
            if (e.getKey().indexOf('\t') >= 0 || e.getKey().indexOf('\n') >= 0) {
                continue;
            }
            StringBuilder line = new StringBuilder(e.getKey());
            for (int c : e.getValue()) {
                line.append('\t').append(c);
            }
            w.write(line.append('\n').toString());
        }
        w.flush();
        zip.finish();
    }

    /** The texts of the .txt files under {@code paths}. */
    public static List<String> texts(List<Path> paths) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : paths) {
            List<Path> files;
            try (var walk = Files.walk(p)) {
                files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inverse = (float) (1 / Math.sqrt(norm));
            for (int j = 0; j < v.length; j++) {
                v[j] *= inverse;
            }
        }
    }

    /** Spherical k-means with k-means++ seeding: the class of each vector. */
    static int[] kMeans(float[][] vectors, int k, int iterations, Random random) {
        int n = vectors.length;
        k = Math.min(k, n);
        float[][] centres = new float[k][];
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.MAX_VALUE);
        centres[0] = vectors[random.nextInt(n)].clone();
        for (int c = 1; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], 1 - dot(vectors[i], centres[c - 1]));
                sum += Math.max(nearest[i], 0);
            }
            double pick = random.nextDouble() * sum;
            int chosen = n - 1;
            for (int i = 0; i < n; i++) {
                pick -= Math.max(nearest[i], 0);
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            centres[c] = vectors[chosen].clone();
        }
        int[] assignment = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestDot = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = dot(vectors[i], centres[c]);
                    if (s > bestDot) {
                        bestDot = s;
                        best = c;
                    }
                }
                assignment[i] = best;
            }
            float[][] next = centres(vectors, assignment, k);
            for (int c = 0; c < k; c++) {
                if (isZero(next[c])) {
                    next[c] = centres[c];
                }
            }
            centres = next;
        }
        return assignment;
    }

    private static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static float[][] centres(float[][] vectors, int[] assignment, int k) {
        int d = vectors[0].length;
        float[][] centres = new float[k][d];
        for (int i = 0; i < vectors.length; i++) {
            for (int j = 0; j < d; j++) {
                centres[assignment[i]][j] += vectors[i][j];
            }
        }
        for (float[] c : centres) {
            normalise(c);
        }
        return centres;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
