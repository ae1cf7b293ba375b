package io.headwater.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a web page the way browsers settle its encoding: a byte-order mark first, then
 * the HTTP content type, then a {@code <meta charset>} or {@code http-equiv} declaration near the top,
 * else UTF-8 with a Windows-1252 fallback. A declaration that the bytes contradict (a page declared
 * Latin-1 that is valid UTF-8, or declared UTF-8 that is not) loses to what the bytes say. Binary files
 * and oversized pages are refused before any decoding.
 * <p>
 * Why not jsoup's own detection ({@code DataUtil}, behind {@code Jsoup.parse(InputStream, null, baseUri)}): in
 * jsoup 1.24 it is not public API apart from that call, which parses the whole page and hands back only the charset
 * it settled on, not whether it was declared or defaulted; and what it settles on differs from what the figures of
 * docs/evaluation.md rest on, in four ways (each checked against jsoup 1.24.1):
 * <ul>
 *   <li>a page declared ISO-8859-1 is read as real Latin-1, its curly quotes (bytes 0x93, 0x94) turned into C1
 *       control characters; browsers (the WHATWG Encoding standard) read that label as windows-1252;</li>
 *   <li>a declaration the bytes contradict wins: a page declared Latin-1 whose bytes are UTF-8 comes out as
 *       mojibake ("cafÃ©");</li>
 *   <li>a page that declares nothing and is not UTF-8 is read as UTF-8 anyway, every accented letter a
 *       replacement character;</li>
 *   <li>it looks for the {@code <meta>} declaration in the first 5 KB only, this class in the first 8 KB.</li>
 * </ul>
 * Taking jsoup's answer and correcting it would parse such pages twice, so the detection stays here, and jsoup
 * parses with the charset this class gives ({@link #charsetOf}).
 */
public final class HtmlCharsetDecoder {

    /** Default size limit for one page. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Browsers look for the meta declaration in the first 1024 bytes; pages with long heads put it later. */
    private static final int META_SCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)");
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([a-z0-9_:.+-]+)");

    private final long maxBytes;

    /** A decoder that refuses pages larger than {@code maxBytes}. */
    public HtmlCharsetDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A decoder with the {@link #DEFAULT_MAX_BYTES default} size limit. */
    public HtmlCharsetDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    /** The size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Decodes the page in {@code document}.
     *
     * @throws InvalidArticleException when the page is empty, too large, binary or not text
     */
    public String decode(RawDocument document) {
        byte[] bytes = document.bytes();
        Charset charset = charsetOf(document);
        int bom = bomLength(bytes);
        return new String(bytes, bom, bytes.length - bom, charset);
    }

    /**
     * The charset to read {@code document} with, after refusing what is not a page; reading the bytes
     * is left to the caller (Jsoup decodes while it parses, which saves a copy of the page).
     *
     * @throws InvalidArticleException when the page is empty, too large, binary or not text
     */
    public Charset charsetOf(RawDocument document) {
        byte[] bytes = document.bytes();
        String name = document.origin() == null ? "the page" : document.origin();
        if (bytes.length > maxBytes) {
            throw new InvalidArticleException(String.format(Locale.ROOT,
                    "%s is %.1f MB, over the %.1f MB limit for one page: raise the limit (--max-bytes) if it really is one article",
                    name, bytes.length / 1048576.0, maxBytes / 1048576.0));
        }
        Optional<BinarySignature> binary = BinarySignature.of(bytes);
        if (binary.isPresent()) {
            throw new InvalidArticleException(name + " is " + binary.get().description()
                    + ", not an HTML page: give the page itself, or extract the text first");
        }
        Charset byBom = charsetByBom(bytes);
        if (byBom == null && hasNulBytes(bytes)) {
            throw new InvalidArticleException(name + " holds binary data (NUL bytes), not an HTML page");
        }
        if (isBlank(bytes, byBom == null ? 0 : bomLength(bytes))) {
            throw new InvalidArticleException(name + " is empty: there is no page to read");
        }
        return byBom != null ? byBom : settle(bytes, declaredCharset(document.contentType(), bytes));
    }

    /** The charset the content type or the page's own head names; absent when none is named or known. */
    static @Nullable Charset declaredCharset(String contentType, byte[] bytes) {
        if (contentType != null) {
            Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
            if (m.find()) {
                Charset c = lookup(m.group(1));
                if (c != null) {
                    return c;
                }
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset c = lookup(m.group(1));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Charset lookup(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        // WHATWG maps these labels to windows-1252: pages that say Latin-1 use its C1 punctuation.
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")
                || l.equals("iso8859-1") || l.equals("l1")) {
            return WINDOWS_1252;
        }
        // A page cannot really be UTF-16 if its declaration was readable as ASCII.
        if (l.startsWith("utf-16") || l.startsWith("utf16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset settle(byte[] bytes, Charset declared) {
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return utf8OrFallback(bytes);
        }
        // Valid UTF-8 with multi-byte sequences is almost never Latin-1 by accident: the declaration is wrong.
        if (declared.equals(WINDOWS_1252) && hasMultiByteSequences(bytes) && isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        return declared;
    }

    /**
     * UTF-8 when the bytes are well formed, or when bad sequences are rare among good multi-byte
     * characters (a stray byte in a UTF-8 page, read as a replacement character); else Windows-1252.
     */
    private static Charset utf8OrFallback(byte[] bytes) {
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        int replaced = 0;
        int multiByte = 0;
        for (int i = 0; i < lenient.length(); i++) {
            char c = lenient.charAt(i);
            if (c == '\uFFFD') {
                replaced++;
            } else if (c >= 0x80) {
                multiByte++;
            }
        }
        return multiByte > replaced * 10 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Checks well-formed UTF-8 without decoding: most pages are ASCII, which this passes over fast. */
    static boolean isValidUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            while (i < n && b[i] >= 0) {
                i++;
            }
            if (i == n) {
                return true;
            }
            int c = b[i] & 0xFF;
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= n) {
                return false;
            }
            int cp = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    private static boolean hasMultiByteSequences(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xC0) == 0xC0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNulBytes(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset charsetByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static int bomLength(byte[] b) {
        Charset c = charsetByBom(b);
        return c == null ? 0 : c.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static boolean isBlank(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0) {
                return false;
            }
        }
        return true;
    }
}
