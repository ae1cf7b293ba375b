package io.headwater.eval;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * BERT's uncased WordPiece tokenizer (lower case, accents stripped, punctuation split off, greedy longest
 * match with "##" continuations), read from the Hugging Face {@code tokenizer.json} that ships inside the
 * MiniLM jar. Written here because the only library for it loads a native library of its own.
 */
final class WordPieces {

    static final int CLS = 101;
    static final int SEP = 102;
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;

    WordPieces(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
        this.unknown = vocabulary.getOrDefault("[UNK]", 100);
    }

    /** Reads the vocabulary of a Hugging Face WordPiece {@code tokenizer.json}. */
    static WordPieces read(InputStream json) throws IOException {
        JsonNode vocab = new ObjectMapper().readTree(json).path("model").path("vocab");
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new IOException("the tokenizer file has no WordPiece vocabulary (model.vocab)");
        }
        Map<String, Integer> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asInt());
        }
        return new WordPieces(out);
    }

    /** The vocabulary: piece to id. */
    Map<String, Integer> vocabulary() {
        return vocabulary;
    }

    /** The piece ids of one word (a token of our own tokenizer, which may still hold punctuation). */
    List<Integer> pieces(String word) {
        List<Integer> out = new ArrayList<>(4);
        for (String basic : basicTokens(word)) {
            wordPieces(basic, out);
        }
        return out;
    }

    /** BERT's basic tokenizer on one word: lower case, no accents, control characters dropped, punctuation apart. */
    private static List<String> basicTokens(String word) {
        String s = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> out = new ArrayList<>(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || cp == 0 || cp == 0xFFFD || Character.isISOControl(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp)) {
                flush(b, out);
            } else if (isPunctuation(cp, type) || isCjk(cp)) {
                flush(b, out);
                out.add(new String(Character.toChars(cp)));
            } else {
                b.appendCodePoint(cp);
            }
        }
        flush(b, out);
        return out;
    }

    private static void flush(StringBuilder b, List<String> out) {
        if (!b.isEmpty()) {
            out.add(b.toString());
            b.setLength(0);
        }
    }

    private static boolean isPunctuation(int cp, int type) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    /** Greedy longest-match-first pieces of one basic token; a word that cannot be covered is one unknown piece. */
    private void wordPieces(String token, List<Integer> out) {
        if (token.length() > MAX_WORD_CHARS) {
            out.add(unknown);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < token.length()) {
            int end = token.length();
            Integer id = null;
            while (start < end) {
                String piece = start > 0 ? "##" + token.substring(start, end) : token.substring(start, end);
                id = vocabulary.get(piece);
                if (id != null) {
                    break;
                }
                end--;
            }
            if (id == null) {
                out.subList(mark, out.size()).clear();
                out.add(unknown);
                return;
            }
            out.add(id);
            start = end;
        }
    }
}
