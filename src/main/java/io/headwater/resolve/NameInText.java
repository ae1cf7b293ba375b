package io.headwater.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an article introduces a single name it uses as a source: with given names before it ("Marc Benioff"),
 * with a personal title ("Mr. Benioff", "Sen. Warren"), or not at all.
 *
 * @param fullName the full name printed somewhere in the text, or null
 */
record NameInText(String fullName, boolean titled) {

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
        if (text == null || name.isBlank()) {
            return NONE;
        }
        Pattern before = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*\\.?[ \\u00a0]+){1,3})" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
        boolean titled = false;
        Matcher m = before.matcher(text);
        while (m.find()) {
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
}
