package io.headwater.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.headwater.extract.Attribution;

/**
 * What the words right after an attribution's cue say about it: who the source spoke to ("he told the
 * Telegraph", "Gul told the private ATV channel": that publisher carried the words) and whether the source
 * spoke through a document ("the monitors said in a report to the Security Council": the report is the source).
 */
final class CueContext {

    /** "told the Telegraph", "told Kerala news channel Manorama TV", "said in an interview with CNN". */
    private static final Pattern TOLD = Pattern.compile(
            "\\b(?:(?:told|telling)|(?:said|says|speaking)\\s+(?:in an interview with|to))\\s+(?<to>(?:the\\s+)?[\\p{L}\\p{N}&'’. -]{2,60}?)"
                    + "(?=\\s*(?:[,.;:!?\"”’)]|\\s+(?:on|in|that|at|during|last|this|after|before|when|while|as|and|but)\\b|$))");
    /** Words that make a description a medium: "the private ATV channel", "Kerala news channel Manorama TV". */
    private static final Pattern MEDIUM = Pattern.compile(
            "(?i)\\b(?:channel|tv|television|newspaper|daily|radio|broadcaster|network|magazine|website|news agency|news service)\\b");
    /** "said in a report", "said in one of two quarterly reports", "wrote in their latest report". */
    private static final Pattern IN_REPORT = Pattern.compile(
            "^\\s*(?:in|through)\\s+(?:(?:a|an|the|its|their|his|her|one of(?:\\s+(?:the|its|their))?(?:\\s+\\w+)?)\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,3}"
                    + "reports?\\b[^,;.]{0,60}");

    private CueContext() {
    }

    /** The medium the source spoke to, as printed ("the Telegraph", "Manorama TV"), or null. */
    static String addressee(Attribution a, String text) {
        if (a.cue() == null) {
            return null;
        }
        String cue = a.cueText(text);
        String window = cue + text.substring(a.cue().end(), Math.min(text.length(), a.cue().end() + 80));
        Matcher m = TOLD.matcher(window);
        // The telling word must belong to this attribution's cue, not to a later clause.
        return m.find() && m.start() <= cue.length() ? m.group("to").strip() : null;
    }

    /** The name of a medium in a description of it ("Kerala news channel Manorama TV" gives "Manorama TV"), or null. */
    static String mediumName(String description) {
        String d = description.replaceFirst("^(?i)the\\s+", "");
        if (!MEDIUM.matcher(d).find()) {
            return null;
        }
        // The proper name is the run of capitalised words that is not the medium word itself.
        Matcher names = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*)*").matcher(d);
        String best = null;
        while (names.find()) {
            best = names.group();
        }
        return best;
    }

    /** The report the source spoke through ("a report" in "said in a report to the Security Council"), or null. */
    static String inReport(Attribution a, String text) {
        if (a.cue() == null) {
            return null;
        }
        String cue = a.cueText(text);
        int in = cue.indexOf(" in ");
        String after = in >= 0 ? cue.substring(in) : text.substring(a.cue().end(), Math.min(text.length(), a.cue().end() + 70));
        Matcher m = IN_REPORT.matcher(after);
        return m.find() ? m.group().strip().replaceFirst("^(?:in|through)\\s+", "") : null;
    }
}
