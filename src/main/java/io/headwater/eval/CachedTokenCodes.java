package io.headwater.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.headwater.extract.Token;
import io.headwater.extract.TokenCodes;

/**
 * Token codes computed once per sentence of a corpus (by {@code encode-sentences}, which runs the encoder) and read
 * back from a file, so that training and scoring the accurate mode do not rerun the encoder. A sentence is found by
 * its token texts; one not in the file gets no codes.
 */
public final class CachedTokenCodes implements TokenCodes {

    private final Map<String, long[][]> bySentence;

    private CachedTokenCodes(Map<String, long[][]> bySentence) {
        this.bySentence = bySentence;
    }

    /** The key a sentence is filed under: its token texts. */
    public static String key(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.text()).append('\u0001');
        }
        return b.toString();
    }

    @Override
    public long[][] of(List<Token> tokens) {
        return bySentence.get(key(tokens));
    }

    /** Number of sentences held. */
    public int size() {
        return bySentence.size();
    }

    /** Writes one sentence's codes (a stream opened by {@link #writer}). */
    public static void write(DataOutputStream out, String key, long[][] codes) throws IOException {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        out.writeInt(k.length);
        out.write(k);
        out.writeInt(codes.length);
        for (long[] token : codes) {
            out.writeByte(token.length);
            for (long c : token) {
                out.writeInt((int) c);
            }
        }
    }

    /** A gzipped stream for {@link #write}. */
    public static DataOutputStream writer(OutputStream out) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)));
    }

    /** Reads a file of sentences written by {@link #write}. */
    public static CachedTokenCodes read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        Map<String, long[][]> out = new HashMap<>();
        while (true) {
            int length;
            try {
                length = data.readInt();
            } catch (EOFException end) {
                break;
            }
            byte[] k = data.readNBytes(length);
            long[][] codes = new long[data.readInt()][];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = new long[data.readUnsignedByte()];
                for (int j = 0; j < codes[i].length; j++) {
                    codes[i][j] = data.readInt();
                }
            }
            out.put(new String(k, StandardCharsets.UTF_8), codes);
        }
        return new CachedTokenCodes(out);
    }
}
