package io.headwater.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decides what the lines above a plain-text story are: its headline, page furniture printed above it, or
 * already the story. Pasted bodies and archived pages often start with the first paragraph ("BUFFALO, N.Y.
 * (AP) — At least eight people …"); taking that paragraph for the headline would lose its dateline credit and
 * its attributions. A headline is a short line that does not end like a sentence and does not open with a
 * dateline; web archives also put a date stamp before the first line ("date 2023-03-01 VIENNA — …").
 */
final class OpeningLines {

    /** "date 2023-03-01 " that a web archive puts before the page's first line. */
    private static final Pattern DATE_STAMP = Pattern.compile("^(?i:date)\\s+(?<date>\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");
    /** An agency dateline near the start: "VIENNA (AP) —", "(Reuters) -", "[India], Mar. 26 (ANI):", "Tokyo (Jiji Press)--". */
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^.{0,80}?\\([^()]{2,40}\\)\\s*(?:[—–-]{1,2}|:|\\?)");
    /** A place in capitals and a dash: "VIENNA —", "UNITED NATIONS -". */
    private static final Pattern PLACE_DASH = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,[^—–]{1,40})?\\s+(?:[—–]|--?)\\s");
    /** Widgets and navigation printed above the headline. */
    private static final Pattern ABOVE_HEADLINE = Pattern.compile(
            "(?i)^(?:accessibility links|breaking news|search(?: news)?|close this search box\\.?|menu|navigation|"
                    + "skip to (?:main )?content|toggle navigation|sign in|log in|subscribe|latest news)$");
    /** "Home / World / Story", "Home > News > Story": a breadcrumb trail. */
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)^home\\s*[/>»|]\\s*.+");
    /** A line that is only a site's domain ("UrduPoint.com") or a copyright notice. */
    private static final Pattern SITE_OR_COPYRIGHT = Pattern.compile(
            "(?i)^(?:[\\p{L}\\p{N}-]+\\.(?:com|net|org|co|in|pk|tv|info|news)(?:\\.[a-z]{2})?|(?:©|\\(c\\)|copyright\\b).*)$");
    /** A share-price ticker strip: "AGL 40.60 Increased By ▲ 0.57 (1.42%)". */
    private static final Pattern TICKER = Pattern.compile("[▲▼]|(?i:\\b(?:increased|decreased) by\\b)\\s*[▲▼]?\\s*[\\d.,]+");

    private OpeningLines() {
    }

    /** A first line split into the archive's date stamp (ISO date) and what follows it (possibly empty). */
    record Stamped(String date, String rest) {
    }

    /** The date stamp at the start of {@code line} and the rest of the line; absent when there is none. */
    static @Nullable Stamped dateStamp(String line) {
        Matcher m = DATE_STAMP.matcher(line);
        if (!m.find()) {
            return null;
        }
        return new Stamped(m.group("date"), line.substring(m.end()).strip());
    }

    /** True for furniture printed above a story: navigation, breadcrumbs, a bare domain, a copyright line, a ticker. */
    static boolean isFurnitureAbove(String line) {
        return ABOVE_HEADLINE.matcher(line).matches() || BREADCRUMB.matcher(line).matches()
                || SITE_OR_COPYRIGHT.matcher(line).matches() || TICKER.matcher(line).find();
    }

    /** The headline in a breadcrumb trail ("Home / Latest Updates / UN says …" gives "UN says …"). */
    static @Nullable String breadcrumbHeadline(String line) {
        if (!BREADCRUMB.matcher(line).matches()) {
            return null;
        }
        String last = line.replaceFirst("^.*[/>»|]\\s*", "").strip();
        return last.split("\\s+").length >= 4 ? last : null;
    }

    /**
     * True when {@code line}, the first line of text, reads as a headline: not longer than a headline runs,
     * not ending like a sentence, not opening with a dateline, not a bullet item.
     */
    static boolean isHeadline(String line) {
        if (line.length() > 250 || line.split("\\s+").length > 30) {
            return false;
        }
        if (line.startsWith("•") || line.startsWith("·") || line.startsWith("–") || line.startsWith("—")) {
            return false;
        }
        if (line.matches("(?s).*[.;:,…]$") || line.matches("(?s).*[.!?][\"”’)]$")) {
            return false;
        }
        return !AGENCY_DATELINE.matcher(line).lookingAt() && !PLACE_DASH.matcher(line).lookingAt();
    }
}
