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
 * Word classes the attribution model reads as features: one to three classes per known word (lower case), from
 * the finest to the coarsest, so that a word seen rarely in training borrows what the model learnt of its class.
 * Made by {@code distill-classes} (words between the same neighbours share a class) or {@code distill-minilm}
 * (words whose MiniLM vectors lie close share a class). Stored as hashes of the words, not the words.
 */
public final class WordClasses {

    /** No classes: every word unknown. */
    public static final WordClasses NONE = new WordClasses(new LongIndex(16), new char[0], 0);
    /** At most this many classes per word. */
    public static final int MAX_LEVELS = 3;

    private final LongIndex index;
    /** Row r's class at level l (0 the finest) is {@code classes[r * levels + l]}. */
    private final char[] classes;
    private final int levels;

    private WordClasses(LongIndex index, char[] classes, int levels) {
        this.index = index;
        this.classes = classes;
        this.levels = levels;
    }

    /** The finest class of a lower-case word, or -1 when unknown. */
    public int fine(String lower) {
        return level(0, lower);
    }

    /** The coarsest class of a lower-case word, or -1 when unknown. */
    public int coarse(String lower) {
        return level(levels - 1, lower);
    }

    /** The class of a lower-case word at {@code level} (0 the finest), or -1 when unknown. */
    public int level(int level, String lower) {
        if (levels == 0) {
            return -1;
        }
        int row = index.get(key(lower));
        return row < 0 ? -1 : classes[row * levels + level];
    }

    /** How many classes each word has (0 when there are none). */
    public int levels() {
        return levels;
    }

    /** Number of words with classes. */
    public int size() {
        return index.size();
    }

    /** An order-independent fingerprint of the words and their classes, to check a model against its table. */
    public long fingerprint() {
        long f = levels;
        for (long k : index.keys()) {
            long h = k;
            int row = index.get(k);
            for (int l = 0; l < levels; l++) {
                h = h * 31 + classes[row * levels + l];
            }
            f += FeatureHash.of(301, h);
        }
        return f;
    }

    private static long key(String word) {
        return PerceptronTagger.fold(FeatureHash.of(300, FeatureHash.part(word)));
    }

    /**
     * Reads gzipped lines {@code word TAB class [TAB class ...]}, finest class first (classes below 65,536), as
     * {@code distill-classes} and {@code distill-minilm} write them.
     */
    public static WordClasses readTable(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        LongIndex index = new LongIndex(1 << 14);
        char[] classes = new char[1 << 14];
        int rows = 0;
        int levels = -1;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] cells = line.split("\t");
            if (levels < 0) {
                levels = cells.length - 1;
                if (levels < 1 || levels > MAX_LEVELS) {
                    throw new IOException("a word-class line needs a word and one to " + MAX_LEVELS + " classes: " + line);
                }
            }
            if (cells.length != levels + 1) {
                throw new IOException("every word-class line needs " + levels + " classes, as the first: " + line);
            }
            long key = key(cells[0]);
            if (index.get(key) >= 0) {
                continue;
            }
            if ((rows + 1) * levels > classes.length) {
                classes = Arrays.copyOf(classes, classes.length * 2);
            }
            for (int l = 0; l < levels; l++) {
                int c = Integer.parseInt(cells[l + 1]);
                if (c < 0 || c > Character.MAX_VALUE) {
                    throw new IOException("word classes go from 0 to 65535, not " + c);
                }
                classes[rows * levels + l] = (char) c;
            }
            index.put(key, rows++);
        }
        return levels <= 0 ? NONE : new WordClasses(index, Arrays.copyOf(classes, rows * levels), levels);
    }

    /** Writes the table (hashed words), for {@link #read}. */
    public void write(DataOutputStream out) throws IOException {
        long[] keys = index.keys();
        Arrays.sort(keys);
        out.writeInt(keys.length);
        if (keys.length == 0) {
            return;
        }
        out.writeByte(levels);
        long previous = 0;
        for (long k : keys) {
            CompactWeights.writeVarLong(out, k - previous);
            previous = k;
            int row = index.get(k);
            for (int l = 0; l < levels; l++) {
                out.writeChar(classes[row * levels + l]);
            }
        }
    }

    /** Reads a table written by {@link #write}. */
    public static WordClasses read(DataInputStream in) throws IOException {
        int rows = in.readInt();
        if (rows == 0) {
            return NONE;
        }
        int levels = in.readUnsignedByte();
        if (levels > MAX_LEVELS) {
            throw new IOException("a word-class table has at most " + MAX_LEVELS + " levels, not " + levels);
        }
        LongIndex index = new LongIndex(Math.max(rows, 16));
        char[] classes = new char[rows * levels];
        long key = 0;
        for (int r = 0; r < rows; r++) {
            key += CompactWeights.readVarLong(in);
            index.put(key, r);
            for (int l = 0; l < levels; l++) {
                classes[r * levels + l] = in.readChar();
            }
        }
        return new WordClasses(index, classes, levels);
    }
}
