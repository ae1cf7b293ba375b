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
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”«»]");
    /** An auxiliary or a past tense: what makes a content a clause rather than a noun phrase. */
    private static final Pattern CLAUSE_VERB = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|\\p{L}{2,}ed)\\b");
    /** A cue ending on the preposition of a topic: "spoke about", "touched upon", "exchanged views on". */
    private static final Pattern TOPIC_CUE = Pattern.compile("(?i)\\s(?:about|upon|on|over|regarding|concerning)$");
    /** Verbs of saying, writing, thinking, finding and taking a stand, by their stems ("said", "denied", "estimates"). */
    private static final Pattern SAYING_OR_THINKING = Pattern.compile(
            "(?:say|said|tell|told|stat|announc|confirm|den[iy]|reject|dismiss|critici[sz]|condemn|prais|welcom|deplor|describ|call|"
                    + "accus|blam|defend|demand|request|propos|recommend|urg|warn|express|voic|acknowledg|admit|conced|predict|"
                    + "forecast|estimat|report|cit|quot|reveal|disclos|stress|emphas|not|highlight|question|disput|challeng|hail|"
                    + "slam|claim|argu|insist|believ|think|thought|expect|hop|fear|assess|conclud|find|found|show|suggest|indicat|"
                    + "explain|add|repl|respond|answer|ask|writ|wrote|post|tweet|publish|comment|mention|point|remark|declar|"
                    + "assert|maintain|contend|alleg|complain|promis|pledg|vow|threat|agree|disagree|recall|recount|reiterat|"
                    + "repeat|advis|inform|brief|signal|rul|attribut|credit|project|calculat|offer|appeal|plead|rebut|refut|"
                    + "counter|contest|oppos|support|back|endors|favou?r|want|wish|seek|sought|plan|intend|consider|regard|view|"
                    + "feel|felt|worr|concern|doubt|accept|recogni[sz]|understand|know|knew|learn|hear|heard|speak|spoke|talk|"
                    + "discuss|address|shar|unveil|releas|issu|identif|list|put|mark|approv|order|decid|rul|vot|sign|hint|imply|"
                    + "impli|caution|prais|thank|apologi[sz]|congratulat|pray|announc|declin|refus|lament|regret|celebrat)\\p{L}{0,5}");
    private static final Pattern FIGURE = Pattern.compile("^[$€£¥]?\\d.*");
    /** "claimed": a verb that also means winning something. */
    private static final Pattern CLAIMED = Pattern.compile("(?i)^(?:claim|claims|claimed|claiming)$");
    /**
     * What one wins or takes rather than asserts: "claimed the title", "claimed bragging rights", "claimed the lives of
     * …". Claims of responsibility, credit or victory are statements and are not here.
     */
    private static final Pattern PRIZE = Pattern.compile(
            "(?i)^(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:title|titles|crown|rights|gold|silver|bronze|medals?|trophy|trophies|cup|prize|"
                    + "seats?|lives|spot|place|pole|championship|berth|wickets|honou?rs|scalp|stage win)\\b.*");
    /** "… to the U.N. ", "… a trader at CIBC ": the mention finishes a phrase begun before it. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:to|at|of|from|with|for|into|than)[ \\t]+(?!(?:which|whom|whose)\\b)(?:the[ \\t]+)?(?:(?:\\p{Lu}\\.)+[ \\t]*|[\\p{L}'’-]+[ \\t]+)?$");

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
        if (CLAIMED.matcher(lastCueWord).matches() && PRIZE.matcher(content).matches() && !CLAUSE_VERB.matcher(content).find()) {
            // "Ito claimed the title by beating Sato": he won it, he said nothing
            return true;
        }
        if (isThingDone(a, cue, content)) {
            return true;
        }
        return spanFromExtractor && finishesAPhraseBefore(a, text);
    }

    /**
     * "Haftar launched a war to grab Tripoli", "The two ministers exchanged views about matters of common concual interest":
     * the content is a noun phrase, not a clause nor a quotation, and the verb is none of saying, thinking or
     * taking a stand, so it names a thing done, not words; after a cue that ends on a topic's preposition ("spoke
     * about", "touched upon") it names what was talked about, not what was said. Verbs of saying keep noun phrases
     * ("denied the report", "announced a ban", "claimed responsibility").
     */
    private static boolean isThingDone(Attribution a, String cue, String content) {
        if (a.kind() != Attribution.Kind.INDIRECT || content.isEmpty() || QUOTE_MARK.matcher(content).find()
                || CLAUSE_VERB.matcher(content).find() || content.regionMatches(true, 0, "that ", 0, 5)) {
            return false;
        }
        if (TOPIC_CUE.matcher(cue).find()) {
            // "exchanged views about matters of common concern", "touched upon the visit": a topic, not what was said
            return true;
        }
        for (String word : cue.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (SAYING_OR_THINKING.matcher(word).matches() || word.equals("according")) {
                return false;
            }
        }
        return true;
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
