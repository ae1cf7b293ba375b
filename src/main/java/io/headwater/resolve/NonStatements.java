package io.headwater.resolve;

import java.util.Set;
import java.util.regex.Pattern;

import io.headwater.extract.Attribution;

/**
 * Attributions the extractor finds that report nothing anyone said, so that they name no source: a publisher
 * that saw a document ("a report seen by The Associated Press"), the subject of a passive ("The date of the trip
 * was announced"), an action rather than words ("Iran is seeking to have sanctions lifted", "America agreed to
 * begin withdrawing troops"), a figure that rose ("Imports added 1.2 percent"), and a name that belongs to a
 * phrase before it ("a trader at CIBC Private Wealth Group", "in a report to the Security Council").
 */
final class NonStatements {

    private static final Pattern SEEING = Pattern.compile("(?i)(?:^|\\s)(?:seen|saw|obtained|reviewed|viewed|received)$");
    private static final Pattern PASSIVE = Pattern.compile(
            "(?i)^(?:is|are|was|were|be|been|being|has been|have been|had been|will be)\\s+\\p{L}+(?:ed|en|wn|id|ld|lt|nt)\\b(?!.*\\bas saying\\b).*");
    /** Participles whose passive still reports words, with the speaker after "by" ("was first reported by the Journal"). */
    private static final Pattern REPORTING_PARTICIPLE = Pattern.compile(
            "(?i)\\b(?:said|reported|told|quoted|cited|stated|announced|claimed|confirmed|denied|described|noted|warned|written|"
                    + "shown|found|suggested|estimated|asked|informed|briefed|disclosed|revealed|published|broadcast)\\b");
    private static final Pattern INFINITIVE = Pattern.compile("(?i)^(?:that\\s+)?to\\s+\\p{L}+");
    /** Verbs that do take "to …" as something said: promises, threats, appeals. */
    private static final Set<String> SPEECH_WITH_INFINITIVE = Set.of("promised", "promises", "promise", "pledged", "pledges",
            "pledge", "vowed", "vows", "vow", "threatened", "threatens", "threaten", "urged", "urges", "urge", "called", "calls",
            "asked", "asks", "told", "tells", "warned", "warns", "advised", "encouraged", "invited", "appealed", "demanded",
            "offered", "proposed", "agreed to consider", "said", "says");
    private static final Pattern DECLINED_TO_SPEAK = Pattern.compile(
            "(?i)^(?:declined|refused|declines|refuses)$");
    private static final Pattern SPEAKING_INFINITIVE = Pattern.compile(
            "(?i)^to\\s+(?:comment|say|confirm|discuss|elaborate|answer|respond|speak|give|identify|name|disclose)\\b.*");
    private static final Pattern GAIN = Pattern.compile("(?i)(?:^|\\s)(?:added|adds|gained|rose|jumped|climbed|fell)$");
    private static final Pattern FIGURE = Pattern.compile("^[$€£¥]?\\d.*");
    /** "… to the U.N. ", "… a trader at CIBC ": the mention finishes a phrase begun before it. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:to|at|of|from|with|for|into|than)[ \\t]+(?:the[ \\t]+)?(?:(?:\\p{Lu}\\.)+[ \\t]*|[\\p{L}'’-]+[ \\t]+)?$");

    private NonStatements() {
    }

    /** True when {@code a} says its source had a document ("News agencies saw the report", "seen by Reuters"). */
    static boolean isSeeing(Attribution a, String text) {
        return a.cue() != null && SEEING.matcher(a.cueText(text).strip()).find();
    }

    /** True when {@code a} reports nothing said by its source. */
    static boolean reportsNothing(Attribution a, String text) {
        return reportsNothing(a, text, true);
    }

    /**
     * True when {@code a} reports nothing said by its source; {@code spanFromExtractor} false when the source was
     * read from the clause rather than given by the extractor (it may then rightly stand after "of the").
     */
    static boolean reportsNothing(Attribution a, String text, boolean spanFromExtractor) {
        if (a.cue() == null || a.source() == null) {
            return false;
        }
        String cue = a.cueText(text).strip();
        String content = a.contentText(text).strip().replaceFirst("^[\"“]", "");
        boolean sourceFirst = a.source().end() <= a.cue().start();
        if (SEEING.matcher(cue).find()) {
            return true;
        }
        if (PASSIVE.matcher(cue).matches() && (sourceFirst || !REPORTING_PARTICIPLE.matcher(cue).find())) {
            // "X was announced": X is what was said; "is supported by the UAE": no words at all
            return true;
        }
        String lastCueWord = cue.replaceFirst("^.*\\s", "").toLowerCase(java.util.Locale.ROOT);
        if (INFINITIVE.matcher(content).lookingAt() && !SPEECH_WITH_INFINITIVE.contains(lastCueWord)
                && !(DECLINED_TO_SPEAK.matcher(lastCueWord).matches() && SPEAKING_INFINITIVE.matcher(content).matches())) {
            return true;
        }
        if (GAIN.matcher(cue).find() && FIGURE.matcher(content).matches()) {
            return true;
        }
        return spanFromExtractor && finishesAPhraseBefore(a, text);
    }

    private static boolean finishesAPhraseBefore(Attribution a, String text) {
        int start = a.source().start();
        if (a.cue().end() <= start && a.cue().end() >= start - 2) {
            // "according to officials": the cue itself is the phrase before
            return false;
        }
        String before = text.substring(Math.max(0, start - 24), start);
        before = before.substring(before.lastIndexOf('\n') + 1);
        return PREPOSITION_BEFORE.matcher(before).find();
    }
}
