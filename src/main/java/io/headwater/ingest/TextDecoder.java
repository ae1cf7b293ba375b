package io.headwater.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string, refusing what is not text. Byte-order marks decide
 * first; then strict UTF-8; then Windows-1252, the usual encoding of older Western pages. Binary data
 * (NUL bytes, many control characters) is refused rather than decoded into noise.
 */
public final class TextDecoder {

    /** Default size limit for one article file. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    public TextDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public TextDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * Decodes {@code bytes}; {@code name} only labels error messages.
     *
     * @throws InvalidArticleException when the input is empty, too large or not text
     */
    public String decode(byte[] bytes, String name) {
        if (bytes.length > maxBytes) {
            throw new InvalidArticleException(String.format(
                    "%s is %.1f MB, over the %.1f MB limit for one article: split it, or raise the limit (--max-bytes)",
                    name, bytes.length / 1048576.0, maxBytes / 1048576.0));
        }
        String text = decodeByBom(bytes);
        if (text == null) {
            if (looksBinary(bytes)) {
                throw new InvalidArticleException(name + " is not a text file (it holds binary data); give a plain-text or HTML article");
            }
            text = strict(bytes, StandardCharsets.UTF_8);
            if (text == null) {
                text = new String(bytes, Charset.forName("windows-1252"));
            }
        }
        if (text.isBlank()) {
            throw new InvalidArticleException(name + " is empty: there is no article text to read");
        }
        if (controlShare(text) > 0.05) {
            throw new InvalidArticleException(name + " is not readable text in a known encoding (too many control characters)");
        }
        return text;
    }

    private static String decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && !Character.isWhitespace(c)) || c == '\uFFFD') {
                control++;
            }
        }
        return n == 0 ? 0 : (double) control / n;
    }
}
