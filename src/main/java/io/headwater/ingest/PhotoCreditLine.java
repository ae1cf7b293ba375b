package io.headwater.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A caption that ends with a wire photo credit as agencies print them: "REUTERS/Leonhard Foeger",
 * "Antara Foto/Nurul Ramadhan/ via REUTERS", "… in 2018. | REUTERS", "… 14 December 2001 - EPA". Archived pages
 * leave such captions between the paragraphs; they are pictures' credits, not the story's.
 */
final class PhotoCreditLine {

    /** The credit at the end of a caption line, after the caption's last word. */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?<text>.+?)\\s*(?:(?:\\||(?<=[\\d.])\\s+[-–—])\\s*(?<label>\\p{Lu}{2,}(?:[ /]\\p{Lu}{2,})*)"
                    + "|\\s(?<slashed>(?:\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)?/)+\\s*[\\p{L} .'’-]*?(?:/\\s*via \\p{Lu}{2,}[\\p{L}]*)?"
                    + "|\\p{Lu}{2,}/[\\p{L} .'’-]+))\\s*$");

    private PhotoCreditLine() {
    }

    /** The credit ending {@code line}; absent when it does not end with a wire photo credit. */
    static @Nullable String credit(String line) {
        if (line.length() < 40) {
            return null;
        }
        Matcher m = CREDIT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String credit = m.group("label") != null ? m.group("label") : m.group("slashed");
        // A wire photo credit names an agency in capitals ("REUTERS/…", "| REUTERS", "- EPA", "via REUTERS").
        return credit.matches("(?s).*\\b\\p{Lu}{2,}\\b.*") ? credit.strip() : null;
    }

    /** {@code line} as a caption: its text and its credit. */
    static Caption caption(String line) {
        Matcher m = CREDIT.matcher(line);
        m.matches();
        return new Caption(null, m.group("text").strip(), credit(line));
    }
}
