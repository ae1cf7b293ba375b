package io.headwater.extract;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Word classes the attribution model reads as features: a fine and a coarse class per known word (lower case),
 * learnt from raw text by {@code distill-classes} (words between the same neighbours share a class), so that a word
 * seen rarely in training borrows what the model learnt of its class. Stored inside the model file as hashes of
 * the words, not the words.
 */
public final class WordClasses {

    /** No classes: every word unknown. */
    public static final WordClasses NONE = new WordClasses(new LongIndex(16), new short[0]);

    private final LongIndex index;
    /** Each row's classes as {@code fine << 8 | coarse}. */
    private final short[] classes;

    private WordClasses(LongIndex index, short[] classes) {
        this.index = index;
        this.classes = classes;
    }

    /** The fine class of a lower-case word, or -1 when unknown. */
    public int fine(String lower) {
        int row = index.get(key(lower));
        return row < 0 ? -1 : (classes[row] >>> 8) & 0xFF;
    }

    /** The coarse class of a lower-case word, or -1 when unknown. */
    public int coarse(String lower) {
        int row = index.get(key(lower));
        return row < 0 ? -1 : classes[row] & 0xFF;
    }

    /** Number of words with a class. */
    public int size() {
        return index.size();
    }

    private static long key(String word) {
        return PerceptronTagger.fold(FeatureHash.of(300, FeatureHash.part(word)));
    }

    /**
     * Reads the gzipped lines {@code word TAB fine TAB coarse} that {@code distill-classes} writes (classes below 256).
     */
    public static WordClasses readTable(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        LongIndex index = new LongIndex(1 << 14);
        short[] classes = new short[1 << 14];
        int rows = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IOException("a word-class line needs word, fine and coarse class: " + line);
            }
            int fine = Integer.parseInt(cells[1]);
            int coarse = Integer.parseInt(cells[2]);
            if (fine > 255 || coarse > 255) {
                throw new IOException("word classes go up to 255, not " + Math.max(fine, coarse));
            }
            long key = key(cells[0]);
            if (index.get(key) >= 0) {
                continue;
            }
            if (rows == classes.length) {
                classes = Arrays.copyOf(classes, rows * 2);
            }
            index.put(key, rows);
            classes[rows++] = (short) (fine << 8 | coarse);
        }
        return new WordClasses(index, Arrays.copyOf(classes, rows));
    }

    void write(DataOutputStream out) throws IOException {
        long[] keys = index.keys();
        Arrays.sort(keys);
        out.writeInt(keys.length);
        long previous = 0;
        for (long k : keys) {
            CompactWeights.writeVarLong(out, k - previous);
            previous = k;
            out.writeShort(classes[index.get(k)]);
        }
    }

    static WordClasses read(DataInputStream in) throws IOException {
        int rows = in.readInt();
        LongIndex index = new LongIndex(Math.max(rows, 16));
        short[] classes = new short[rows];
        long key = 0;
        for (int r = 0; r < rows; r++) {
            key += CompactWeights.readVarLong(in);
            index.put(key, r);
            classes[r] = in.readShort();
        }
        return new WordClasses(index, classes);
    }
}
