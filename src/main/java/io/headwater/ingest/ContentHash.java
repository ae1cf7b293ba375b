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
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The article identifier for a content hash: short enough to type, long enough not to collide. */
    public static String articleId(String contentHash) {
        return "a-" + contentHash.substring(0, 16);
    }
}
