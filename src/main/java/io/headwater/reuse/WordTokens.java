package io.headwater.reuse;

import java.text.Normalizer;
import java.util.Arrays;

import io.headwater.extract.Murmur3;

/**
 * An article's words as the passage index and the aligner see them: folded to lower case without
 * accents or punctuation, each with its character range in the text, whether it stands inside quotation
 * marks, and which paragraph it belongs to. Chinese, Japanese and Thai characters, written without
 * spaces, are one token each, so reuse in those scripts is found too.
 */
public final class WordTokens {

    private final String text;
    private final long[] hashes;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] quoted;
    private final int[] paragraph;
    private final int paragraphs;

    private WordTokens(String text, long[] hashes, int[] starts, int[] ends, boolean[] quoted, int[] paragraph, int paragraphs) {
        this.text = text;
        this.hashes = hashes;
        this.starts = starts;
        this.ends = ends;
        this.quoted = quoted;
        this.paragraph = paragraph;
        this.paragraphs = paragraphs;
    }

    /** The tokens of {@code text}. */
    public static WordTokens of(String text) {
        int cap = Math.max(16, text.length() / 5);
        long[] hashes = new long[cap];
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        boolean[] quoted = new boolean[cap];
        int[] para = new int[cap];
        int n = 0;
        int paragraphNo = 0;
        boolean inQuote = false;
        int newlines = 0;
        boolean seenWord = false;
        int i = 0;
        int len = text.length();
        while (i < len) {
            int c = text.codePointAt(i);
            int w = Character.charCount(c);
            if (c == '\n') {
                newlines++;
                i += w;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i += w;
                continue;
            }
            if (newlines >= 2 && seenWord) {
                // A blank line ends a paragraph; a quotation left open there does not run on.
                paragraphNo++;
                inQuote = false;
            }
            newlines = 0;
            if (!Character.isLetterOrDigit(c)) {
                inQuote = quoteState(c, inQuote);
                i += w;
                continue;
            }
            int start = i;
            int end;
            if (isUnspaced(c)) {
                end = i + w;
            } else {
                end = i + w;
                while (end < len) {
                    int d = text.codePointAt(end);
                    if (Character.isLetterOrDigit(d) && !isUnspaced(d)) {
                        end += Character.charCount(d);
                    } else if ((d == '\'' || d == '’' || d == '.' || d == ',') && end + 1 < len
                            && Character.isLetterOrDigit(text.codePointAt(end + 1)) && !isUnspaced(text.codePointAt(end + 1))
                            && (d != '.' && d != ',' || Character.isDigit(text.codePointAt(end - 1)))) {
                        // Keep "don't", "3.5" and "1,000" whole; both copies fold them the same way.
                        end += Character.charCount(d);
                    } else {
                        break;
                    }
                }
            }
            if (n == hashes.length) {
                int m = n * 2;
                hashes = Arrays.copyOf(hashes, m);
                starts = Arrays.copyOf(starts, m);
                ends = Arrays.copyOf(ends, m);
                quoted = Arrays.copyOf(quoted, m);
                para = Arrays.copyOf(para, m);
            }
            hashes[n] = hashWord(text, start, end);
            starts[n] = start;
            ends[n] = end;
            quoted[n] = inQuote;
            para[n] = paragraphNo;
            n++;
            seenWord = true;
            i = end;
        }
        return new WordTokens(text, Arrays.copyOf(hashes, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n),
                Arrays.copyOf(quoted, n), Arrays.copyOf(para, n), n == 0 ? 0 : paragraphNo + 1);
    }

    private static boolean quoteState(int c, boolean inQuote) {
        return switch (c) {
            case '"' -> !inQuote;
            case '“', '«', '„' -> true;
            case '”', '»' -> false;
            default -> inQuote;
        };
    }

    /** Scripts written without spaces between words: each character is a token. */
    private static boolean isUnspaced(int c) {
        if (c < 0x0E00) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }

    /** The hash of the folded word in [start, end): ASCII folded in place, other text through Unicode decomposition. */
    private static long hashWord(String text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            if (ch > 127) {
                return hash(fold(text, start, end));
            }
            if (ch == ',' || ch == '\'') {
                continue;
            }
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + 32);
            }
            h ^= ch;
            h *= 0x100000001b3L;
        }
        return Murmur3.mix(h);
    }

    private static String fold(String text, int start, int end) {
        String w = text.substring(start, end);
        boolean ascii = true;
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            w = Normalizer.normalize(w, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('’', '\'');
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            if (ch != ',' && ch != '\'') {
                b.append(Character.toLowerCase(ch));
            }
        }
        return b.toString();
    }

    /** A 64-bit hash of a folded word (FNV-1a, then mixed). */
    static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return Murmur3.mix(h);
    }

    /** The text the tokens were read from. */
    public String text() {
        return text;
    }

    /** Number of tokens. */
    public int size() {
        return hashes.length;
    }

    /** Hash of the folded word at {@code i}: equal words have equal hashes. */
    public long hash(int i) {
        return hashes[i];
    }

    /** First character of token {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** End (exclusive) of token {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** True when token {@code i} stands inside quotation marks. */
    public boolean quoted(int i) {
        return quoted[i];
    }

    /** The paragraph (0-based) of token {@code i}. */
    public int paragraph(int i) {
        return paragraph[i];
    }

    /** Number of paragraphs that hold tokens. */
    public int paragraphs() {
        return paragraphs;
    }

    /** Number of tokens in paragraph {@code p}. */
    public int paragraphSize(int p) {
        int n = 0;
        for (int q : paragraph) {
            if (q == p) {
                n++;
            }
        }
        return n;
    }
}
