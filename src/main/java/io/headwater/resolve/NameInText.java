package io.headwater.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How an article introduces a single name it uses as a source: with given names before it ("Marc Benioff"),
 * with a personal title ("Mr. Benioff", "Sen. Warren"), or not at all.
 *
 * @param fullName the full name printed somewhere in the text
 */
record NameInText(@Nullable String fullName, boolean titled) {

    /** The name is never introduced as a person's. */
    static final NameInText NONE = new NameInText(null, false);

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator",
            "rep", "gov", "governor", "president", "gen", "general", "col", "lt", "capt", "judge", "justice", "mayor",
            "minister", "secretary", "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "rev", "sir",
            "dame", "lord", "lady", "coach", "officer", "sgt", "det", "chief", "ceo", "founder", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "director", "chairman", "chairwoman");
    /** Capitalised words that start sentences or clauses rather than names. */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("the", "a", "an", "and", "but", "or", "so", "when", "if", "as",
            "after", "before", "while", "in", "on", "at", "for", "then", "also", "that", "this", "these", "those", "with",
            "by", "from", "to", "of", "what", "why", "how", "where", "who", "said", "says", "told", "according", "since",
            "because", "although", "though", "yet", "still", "now", "today", "yesterday", "last", "next", "here", "there",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "it", "its", "his", "her",
            "their", "our", "my", "we", "they", "he", "she", "i", "you", "new", "former", "u.s", "us", "un");

    /** How {@code text} introduces {@code name}: a full name (the first printed), a title, or {@link #NONE}. */
    static NameInText find(String text, String name) {
        return new Finder(text).find(name);
    }

    /**
     * Finds how one text introduces its names, in time proportional to the text once (an index of the words
     * that follow a capitalised word) plus a bounded amount per name: a regular expression per name over the
     * whole text made resolving quadratic in the text's length (a 1 MB text took minutes).
     */
    static final class Finder {

        /** Given names and titles are no longer than this; a longer word ends the look back. */
        private static final int MAX_WORD = 40;
        /** A name is introduced in its first appearances or not at all: later ones are not read. */
        private static final int MAX_OCCURRENCES = 64;
        private static final Pattern WORDS_BEFORE = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*\\.?[ \\u00a0]+){1,3})$");

        private final String text;
        private final Map<String, NameInText> found = new HashMap<>();
        /** Where each word following a word with a capital starts, by its leading letters and digits; built on first use. */
        private Map<String, List<Integer>> afterCapitalised;

        Finder(String text) {
            this.text = text;
        }

        /** How the text introduces {@code name}: a full name (the first printed), a title, or {@link #NONE}. */
        NameInText find(String name) {
            if (text == null || name.isBlank()) {
                return NONE;
            }
            return found.computeIfAbsent(name, this::search);
        }

        private NameInText search(String name) {
            String key = leadingRun(name, 0);
            if (key.isEmpty()) {
                return NONE;
            }
            boolean titled = false;
            int examined = 0;
            for (int at : index().getOrDefault(key, List.of())) {
                int end = at + name.length();
                if (!text.startsWith(name, at) || end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                    continue;
                }
                if (++examined > MAX_OCCURRENCES) {
                    break;
                }
                Matcher m = WORDS_BEFORE.matcher(text).region(lookBackStart(at), at);
                if (!m.find()) {
                    continue;
                }
                String[] words = m.group(1).strip().split("\\s+");
                int from = 0;
                for (int i = 0; i < words.length; i++) {
                    String w = words[i].replaceAll("[.’']+$", "").toLowerCase(Locale.ROOT);
                    boolean endsSentence = words[i].endsWith(".") && w.length() > 1 && !TITLES.contains(w);
                    if (NOT_GIVEN_NAMES.contains(w) || endsSentence || w.endsWith("'s") || w.endsWith("’s")) {
                        from = i + 1;
                    } else if (TITLES.contains(w)) {
                        titled = true;
                        from = i + 1;
                    }
                }
                if (from < words.length) {
                    StringBuilder full = new StringBuilder();
                    for (int i = from; i < words.length; i++) {
                        full.append(words[i]).append(' ');
                    }
                    return new NameInText(full.append(name).toString(), titled);
                }
            }
            return titled ? new NameInText(null, true) : NONE;
        }

        /** The start of the third word before {@code at} (words apart by spaces alone), or nearer: where the look back stops. */
        private int lookBackStart(int at) {
            int i = at;
            for (int word = 0; word < 3; word++) {
                int gap = i;
                while (gap > 0 && isSpace(text.charAt(gap - 1))) {
                    gap--;
                }
                if (gap == i || gap == 0) {
                    return i;
                }
                int start = gap;
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && !isSpace(text.charAt(start - 1))) {
                    if (gap - start > MAX_WORD) {
                        return i;
                    }
                    start--;
                }
                i = start;
            }
            return i;
        }

        private Map<String, List<Integer>> index() {
            if (afterCapitalised == null) {
                afterCapitalised = new HashMap<>();
                boolean previousCapitalised = false;
                int i = 0;
                int n = text.length();
                while (i < n) {
                    while (i < n && (Character.isWhitespace(text.charAt(i)) || isSpace(text.charAt(i)))) {
                        i++;
                    }
                    int start = i;
                    while (i < n && !Character.isWhitespace(text.charAt(i)) && !isSpace(text.charAt(i))) {
                        i++;
                    }
                    if (start == i) {
                        break;
                    }
                    if (previousCapitalised && isSpace(text.charAt(start - 1))) {
                        String key = leadingRun(text, start);
                        if (!key.isEmpty()) {
                            afterCapitalised.computeIfAbsent(key, k -> new ArrayList<>()).add(start);
                        }
                    }
                    previousCapitalised = i - start <= MAX_WORD + 2 && hasUpperCase(start, i);
                }
            }
            return afterCapitalised;
        }

        private boolean hasUpperCase(int from, int to) {
            for (int k = from; k < to; k++) {
                if (Character.isUpperCase(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        /** The space and no-break space that may stand between the words of a name. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\u00a0';
        }

        /** The letters and digits of {@code s} from {@code from} on, up to the first other character. */
        private static String leadingRun(String s, int from) {
            int end = from;
            while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                end++;
            }
            return s.substring(from, end);
        }
    }
}
