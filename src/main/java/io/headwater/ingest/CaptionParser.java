package io.headwater.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a caption line as pages print it into caption text and credit: "Representative image.
 * Photograph:(Reuters)", "... provided by KCNA in Pyongyang. Reuters", "Singapore universities cyber
 * attack (Representational picture) Pixabay".
 */
final class CaptionParser {

    /** An explicit credit label: "Photograph:(Reuters)", "Photo: AP", "Image credit - Getty Images". */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^(?<text>.*?)[\\s(\\[]*\\b(?:photo(?:graph)?s?|image|picture|pic|video|credit|photo credit|image credit|courtesy)"
                    + "\\s*[:\\-–—]\\s*\\(?(?<credit>[^()\\[\\]]{2,80}?)\\)?[\\])]*\\s*$");
    /** "(Photo by X)", "Photo by X / Agency". */
    private static final Pattern PHOTO_BY = Pattern.compile(
            "(?i)^(?<text>.*?)[\\s(\\[]*\\b(?:photo|photograph|picture|image)s?\\s+(?:by|from|courtesy of)\\s+(?<credit>[^()\\[\\]]{2,80}?)[\\])]*\\s*$");
    /** A short run of capitalised words at the end, after the caption's last sentence or bracket. */
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "^(?<text>.*[.!?)\\]\"”])\\s+(?<credit>\\p{Lu}[\\p{L}\\p{N}&'’./-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'’./-]*|via|/|of|and|for)){0,5})\\s*$");
    private static final Pattern CREDIT_ONLY = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{N}&'’./-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'’./-]*|via|/|of|and|for)){0,5}$");

    private CaptionParser() {
    }

    /** True when the line carries an explicit credit label ("Photograph:", "Photo by"). */
    static boolean hasCreditLabel(String line) {
        return LABELLED.matcher(line).matches() || PHOTO_BY.matcher(line).matches();
    }

    /**
     * Parses the caption line that follows {@code title} (null when the caption has no title line).
     * A caption that repeats its title is common: the repetition is dropped and what follows it is
     * read as "[description] credit".
     */
    static Caption parse(String title, String line) {
        String rest = line.strip();
        if (title != null && rest.startsWith(title) && rest.length() > title.length()) {
            String tail = rest.substring(title.length()).strip();
            Optional<Caption> labelled = labelled(tail, title);
            if (labelled.isPresent()) {
                return labelled.get();
            }
            Matcher m = TRAILING_NAME.matcher(tail);
            if (m.matches()) {
                return new Caption(title, emptyToNull(m.group("text")), m.group("credit"));
            }
            if (CREDIT_ONLY.matcher(tail).matches()) {
                return new Caption(title, null, tail);
            }
            return new Caption(title, tail, null);
        }
        Optional<Caption> labelled = labelled(rest, title);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        Matcher m = TRAILING_NAME.matcher(rest);
        if (m.matches()) {
            return new Caption(title, m.group("text").strip(), m.group("credit"));
        }
        return new Caption(title, rest, null);
    }

    private static Optional<Caption> labelled(String text, String title) {
        for (Pattern p : new Pattern[] {LABELLED, PHOTO_BY}) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                return Optional.of(new Caption(title, emptyToNull(m.group("text")), m.group("credit").strip()));
            }
        }
        return Optional.empty();
    }

    private static String emptyToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
