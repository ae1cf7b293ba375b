package io.headwater.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a story's first paragraph ("SEOUL, Feb. 6 (Yonhap) --",
 * "WASHINGTON (AP) —") and returns its place in title case.
 */
final class DatelineFinder {

    private static final Pattern BODY_DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu} .'’-]{2,40}?)(?:,\\s*[\\p{L}\\p{N} .]{2,30}?)?\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s");

    /** "Hamburg (dpa/lno) –", "WASHINGTON (AP) —": the agency or desk credited in the dateline's parenthesis. */
    private static final Pattern CREDIT = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'’-]{1,40}?(?:,\\s*[\\p{L}\\p{N} .]{2,30}?)?\\s*\\((?<credit>\\p{L}[\\p{L}/]{1,19})\\)\\s*[—–-]{1,2}\\s");

    private DatelineFinder() {
    }

    /** The place named by the dateline at the start of {@code text}, if there is one. */
    static Optional<String> find(String text) {
        Matcher m = BODY_DATELINE.matcher(text);
        if (m.find()) {
            return Optional.of(titleCase(m.group("place").strip()));
        }
        return Optional.empty();
    }

    /** The agency or desk the dateline at the start of {@code text} credits ("dpa/lno", "AP"), if there is one. */
    static Optional<String> credit(String text) {
        Matcher m = CREDIT.matcher(text);
        return m.find() ? Optional.of(m.group("credit")) : Optional.empty();
    }

    static String titleCase(String upper) {
        if (!upper.equals(upper.toUpperCase(Locale.ROOT))) {
            return upper;
        }
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
