package io.headwater.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Hashes article text so that the same story read twice (other line endings, other white space,
 * composed or decomposed accents) gets the same identity, and any change of wording gets another.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** SHA-256 (hex) of the text after Unicode NFC and white-space folding. */
    public static String of(String text) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        String normal = foldAsciiWhiteSpace(composed.strip());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The same as {@code replaceAll("\\s+", " ")} (ASCII white space only), without the regex cost on long texts. */
    private static String foldAsciiWhiteSpace(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (space && (c != ' ' || (i + 1 < n && isAsciiSpace(s.charAt(i + 1))))) {
                if (out == null) {
                    out = new StringBuilder(n);
                    out.append(s, 0, i);
                }
                out.append(' ');
                while (i + 1 < n && isAsciiSpace(s.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The article identifier for a content hash: short enough to type, long enough not to collide. */
    public static String articleId(String contentHash) {
        return "a-" + contentHash.substring(0, 16);
    }
}
