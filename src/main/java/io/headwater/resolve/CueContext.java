package io.headwater.resolve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;
import io.headwater.extract.Attribution;
import io.headwater.extract.Sentence;
import io.headwater.extract.Token;

/**
 * What the words right after an attribution's cue say about it: who the source spoke to ("he told the
 * Telegraph", "Gul told the private ATV channel": that publisher carried the words) and whether the source
 * spoke through a document ("the monitors said in a report to the Security Council": the report is the source).
 */
final class CueContext {

    /** "told the Gazette", "told regional news channel Coast TV", "said in an interview with a local radio station". */
    private static final Pattern TOLD = Pattern.compile(
            "\\b(?:(?:told|telling)|(?:said|says|speaking)\\s+(?:in an interview with|to))\\s+(?<to>(?:the\\s+)?[\\p{L}\\p{N}&'’. -]{2,60}?)"
                    + "(?=\\s*(?:[,.;:!?\"”’)]|\\s+(?:on|in|that|at|during|last|this|after|before|when|while|as|and|but)\\b|$))");
    /** Words that make a description a medium: "the private Bay channel", "regional news channel Coast TV". */
    private static final Pattern MEDIUM = Pattern.compile(
            "(?i)\\b(?:channel|tv|television|newspaper|daily|radio|broadcaster|network|magazine|website|news agency|news service)\\b");
    /** "said in a report", "said in one of two quarterly reports", "wrote in their latest report". */
    private static final Pattern IN_REPORT = Pattern.compile(
            "^\\s*(?:in|through)\\s+(?:(?:a|an|the|its|their|his|her|one of(?:\\s+(?:the|its|their))?(?:\\s+\\w+)?)\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,3}"
                    + "reports?\\b[^,;.]{0,60}");

    /**
     * Participles that say who had a document after its name ("a report by the panel obtained by Yonhap", "… seen by
     * Reuters"): they end the speaker's description, and what follows is the credit's, not part of what was said.
     */
    private static final String HANDLED_BY = "(?:seen|obtained|reviewed|viewed|released|published|issued|submitted|sent|"
            + "circulated|distributed|prepared|compiled|delivered)\\b";
    /** ", said Ricardo Jalad, executive director …", ", said the source, who …": the speaker named after the cue. */
    private static final Pattern AFTER_CUE = Pattern.compile(
            "^\\s+(?<who>(?:the\\s+|a\\s+|an\\s+)?[^,.;:\"“”()]{2,120}?)(?=\\s*[,.;:]|\\s+(?:who|which|on|in|at|during|after|as)\\b|\\s+" + HANDLED_BY + "|\\s*$)");
    private static final Pattern HANDED_ON = Pattern.compile("^\\s+" + HANDLED_BY);
    private static final Pattern INVERTING_CUE = Pattern.compile("(?i)^(?:said|says|added|adds|wrote|writes|noted|notes|told|"
            + "explained|stated|states|suggests|suggested|warned|warns|concluded|concludes|found|finds|shows|showed|reported|reports|"
            + "claimed|claims|announced|announces|argued|argues|insisted|insists|estimated|estimates)$");
    /** Words that open a relative clause after a name: the tagger reads them as pronouns. */
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("which|who|whom|whose|that");
    /**
     * "Bloomberg reported, citing a person familiar with the plan", "Yonhap said, quoting an official", "according to
     * Kyodo, which cited a government source": the publisher passes on what that one said.
     */
    private static final Pattern CITING = Pattern.compile(
            "(?:,\\s*|\\s+)(?:citing|quoting|(?:which|who)\\s+(?:cited|quoted))\\s+(?<who>[^,.;:()]{3,80})");

    /** Finite verbs and past participles: words a speaker's name or description does not hold. */
    private static final Pattern FINITE = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|\\p{Ll}+ed)\\b");
    private static final Pattern PASSIVE_CUE = Pattern.compile(
            "(?i)^(?:it\\s+)?(?:is|are|was|were|has been|have been|had been)\\s+(?:\\p{L}+ly\\s+)?\\p{L}+(?:ed|en|wn|id)$");
    /** " Roe's" right after a mention: the name goes on and ends as a possessive. */
    private static final Pattern POSSESSIVE_CONTINUES = Pattern.compile("[ \\t]+\\p{Lu}[\\p{L}-]*['’]s?(?![\\p{L}])");
    /** "This is stated", "It was first reported": a passive reporting clause with nothing but a pronoun for its subject. */
    private static final Pattern PASSIVE_OPENING = Pattern.compile(
            "(?i)^\\s*(?:this|it|that)\\s+(?:is|was|has been|had been)\\s+(?:\\p{L}+ly\\s+)?"
                    + "(?:stated|said|written|noted|reported|claimed|shown|revealed|disclosed|mentioned)(?=\\s)");
    private static final Pattern AGENT = Pattern.compile(
            "^\\s+(?:by\\s+(?<by>(?:the\\s+)?\\p{Lu}[^,.;:]{1,60})|in\\s+(?<doc>(?:the|a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}"
                    + "(?:report|reports|statement|document|letter|study|assessment)\\b[^,;:]{0,70}?))(?=\\s*[,.;:]|$)");

    /** "The government " before "has expected": a short noun phrase that is all the clause holds before its verb. */
    private static final Pattern SUBJECT_BEFORE_VERB = Pattern.compile(
            "^\\s*(?<who>(?:The\\s+|the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|of|for|and))*|The\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s*$");
    /** "The Harbour Survey revised its count down from 412, " before "adding": the clause's subject. */
    private static final Pattern SUBJECT_BEFORE_PARTICIPLE = Pattern.compile(
            "^\\s*(?<who>(?:The\\s+|the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|of|for|and))*)\\s+\\p{Ll}[^,;]*,\\s*$");

    /** "a practice for which safety experts", "the virus, which officials": the subject of a relative clause. */
    private static final Pattern AFTER_RELATIVE = Pattern.compile("(?i)^.*?\\s(?:which|whom)\\s+(?<who>\\p{L}[^,;:]*)$");
    /** "…, Reuters and other media " before "previously reported": a source named after the clause it said. */
    private static final Pattern SUBJECT_AFTER_CLAUSE = Pattern.compile(
            ",\\s+(?<who>(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+[\\p{L}.'’-]+){0,7}?)\\s+(?:\\p{Ll}+ly\\s+)?$");

    /** "the Harbour Authority, which closed … " before "saying": the name the relative clause hangs on. */
    private static final Pattern RELATIVE_SUBJECT = Pattern.compile(
            "(?<who>(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}),\\s+(?:which|who)\\s+[^,;]+$");

    private CueContext() {
    }

    /**
     * {@code a} with a clause taken for its source set right, read from the tagger's parts of speech in
     * {@code sentence}: a clause is never a source. When the source's words hold a verb after a noun ("The authors
     * estimate total strength at …" before ", citing analysis from …") and the cue is a participle hanging on that
     * clause after a comma ("…, citing X", "…, saying", "…, adding"), its source is the clause's subject ("The
     * authors"). Under any other cue the clause is left as it is: it is what was said before an inverted cue ("The
     * ships were held in port, said the pilot"), which {@link #uninverted} reads, or a fragment {@link MentionReader}
     * names no source. Otherwise {@code a} itself.
     */
    static Attribution withClauseSubject(Attribution a, String text, Sentence sentence) {
        if (a.source() == null || a.cue() == null || sentence == null) {
            return a;
        }
        List<Token> tokens = sentence.tokens();
        int from = sentence.tokenAt(a.source().start());
        int end = from;
        while (end < tokens.size() && tokens.get(end).span().end() <= a.source().end()) {
            end++;
        }
        int verb = -1;
        for (int k = from + 1; k < end - 1 && verb < 0; k++) {
            String word = tokens.get(k).lower();
            if (tokens.get(k).tag().equals(".") || RELATIVE_PRONOUN.matcher(word).matches()) {
                // "Reuters, which has …", "people who know him": what follows describes the name (MentionReader reads it)
                break;
            }
            if (tokens.get(k - 1).isNominal() && opensClause(tokens, k)) {
                verb = k;
            }
        }
        if (verb < 0) {
            return a;
        }
        int cue = sentence.tokenAt(a.cue().start());
        boolean participle = a.cue().start() > a.source().end() && cue < tokens.size() && tokens.get(cue).isVerb()
                && tokens.get(cue).lower().endsWith("ing") && text.substring(a.source().end(), a.cue().start()).contains(",");
        if (!participle) {
            // "The ships were held in port, said the pilot": an inverted clause, which uninverted() reads
            return a;
        }
        Span subject = new Span(tokens.get(from).span().start(), tokens.get(verb - 1).span().end());
        Span content = a.content();
        if (content != null && content.start() >= a.cue().end() && a.cueText(text).strip().toLowerCase(java.util.Locale.ROOT).startsWith("citing")) {
            // "The authors estimate total strength at …, citing analysis from governments": what "citing" names is
            // where the words came from; what was said is the rest of the clause
            content = new Span(tokens.get(verb).span().start(), tokens.get(end - 1).span().end());
        }
        return new Attribution(subject, a.cue(), content, a.kind(), a.relay(), a.sentence(), a.confidence());
    }

    /**
     * True when the word at {@code k}, after a noun, is the verb of a clause: an auxiliary or modal; a verb with an
     * object or complement after it ("put the loss at", not "officials briefed on the talks" nor "sources close to",
     * where a participle or adjective describes the noun); or a word read as a noun but followed by an adjective
     * ("The authors estimate total strength"), since a noun phrase's adjectives stand before its head, not after it.
     */
    private static boolean opensClause(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String next = tokens.get(k + 1).tag();
        if (t.tag().equals("MD")) {
            return true;
        }
        if (t.tag().equals("VB")) {
            return !next.equals("IN") && !next.equals("TO") && !next.equals("RP") && !next.equals(".");
        }
        return t.tag().equals("NN") && tokens.get(k - 1).tag().equals("NN") && next.equals("JJ");
    }

    /**
     * {@code a} with its source set to the words after a relative pronoun the extractor took in ("a practice for which
     * safety experts" before "say"): the clause's own subject is the source, what comes before it is what it is about.
     * Otherwise {@code a} itself.
     */
    static Attribution withoutRelativeAntecedent(Attribution a, String text) {
        if (a.source() == null || a.cue() == null || a.source().end() > a.cue().start()) {
            return a;
        }
        Matcher m = AFTER_RELATIVE.matcher(a.sourceText(text));
        if (!m.find() || FINITE.matcher(m.group("who")).find()) {
            return a;
        }
        int from = a.source().start() + m.start("who");
        return new Attribution(new Span(from, a.source().end()), a.cue(), a.content(), a.kind(), a.relay(), a.sentence(),
                a.confidence());
    }

    /**
     * {@code a} without its source when the extractor cut the source inside a possessive name ("… Director-General
     * Maria" before "Roe's visit"): the words own something and say nothing, so the clause's subject is read
     * instead. Otherwise {@code a} itself.
     */
    static Attribution withoutCutPossessive(Attribution a, String text) {
        if (a.source() == null || a.source().end() >= text.length()) {
            return a;
        }
        int end = Math.min(text.length(), a.source().end() + 40);
        if (!POSSESSIVE_CONTINUES.matcher(text.substring(a.source().end(), end)).lookingAt()) {
            return a;
        }
        return new Attribution(null, a.cue(), a.content(), a.kind(), a.relay(), a.sentence(), a.confidence());
    }

    /**
     * {@code a} with its roles set right when the extractor read an inverted reporting clause ("… after days of
     * heavy rain, said Ricardo Jalad", "The militants were equally divided, said the report to the Security
     * Council"): the speaker is named after the cue, what was said stands before it. Otherwise {@code a} itself.
     */
    static Attribution uninverted(Attribution a, String text) {
        if (a.cue() != null && a.source() == null) {
            Attribution agent = withPassiveAgent(a, text);
            return agent != a ? agent : withSubject(a, text);
        }
        if (a.cue() == null || a.source() == null || a.source().end() > a.cue().start()
                || !INVERTING_CUE.matcher(a.cueText(text).strip()).matches()) {
            return a;
        }
        String before = text.substring(Math.max(0, a.cue().start() - 3), a.cue().start());
        if (!before.matches("(?s).*[,”\"’]\\s*$")) {
            return a;
        }
        int end = Math.min(text.length(), a.sentence().end());
        if (a.cue().end() >= end) {
            return a;
        }
        Matcher m = AFTER_CUE.matcher(text.substring(a.cue().end(), end));
        if (!m.find() || !Character.isLetter(m.group("who").codePointAt(0)) || m.group("who").split("\\s+").length > 16
                || m.group("who").matches("(?i)^(?:that|if|whether|it|he|she|they)\\b.*") || FINITE.matcher(m.group("who")).find()) {
            return a;
        }
        int from = a.cue().end() + m.start("who");
        Span who = new Span(from, from + m.group("who").strip().length());
        Span said = a.content();
        if (a.content().start() >= a.cue().end()) {
            if (a.content().end() > who.end() + 1 && !HANDED_ON.matcher(text.substring(who.end(), a.content().end())).find()) {
                // the content goes on past the name: it is what was said, not who said it
                return a;
            }
            // The extractor took the words before the cue for the source and the speaker for the content.
            int start = a.sentence().start();
            int stop = a.cue().start();
            while (stop > start && ",”\"’ ".indexOf(text.charAt(stop - 1)) >= 0) {
                stop--;
            }
            said = new Span(start, stop);
        }
        return new Attribution(who, a.cue(), said, a.kind(), a.relay(), a.sentence(), a.confidence());
    }

    /** "This is stated in the report of the IAEA", "… was first reported by The Wall Street Journal": a passive's agent. */
    private static Attribution withPassiveAgent(Attribution a, String text) {
        if (!PASSIVE_CUE.matcher(a.cueText(text).strip()).matches()) {
            return a;
        }
        int end = Math.min(text.length(), a.sentence().end());
        if (a.cue().end() >= end) {
            return a;
        }
        Matcher m = AGENT.matcher(text.substring(a.cue().end(), end));
        if (!m.find()) {
            return a;
        }
        String agent = m.group("by") != null ? "by" : "doc";
        int from = a.cue().end() + m.start(agent);
        return new Attribution(new Span(from, from + m.group(agent).strip().length()), a.cue(), a.content(), a.kind(), a.relay(),
                a.sentence(), a.confidence());
    }

    /**
     * The subject the extractor left out: "The Harbour Survey revised its count, adding that …", "The
     * government has expected exports to recover", "… in the country.Biden has pledged …". The source is the noun
     * phrase that opens the clause of the cue; when the extractor took that phrase for the content, the content is
     * what follows the cue.
     */
    private static Attribution withSubject(Attribution a, String text) {
        int clauseStart = a.sentence().start();
        // A sentence split at a run-on ("country.Biden") may begin with the cue: look a little before it too.
        int lower = Math.max(1, a.sentence().start() - 60);
        for (int k = a.cue().start() - 1; k > lower; k--) {
            char c = text.charAt(k);
            // "the country.Biden has pledged": a sentence run on without a space (not "U.S. Geological")
            boolean runOn = c == '.' && k + 2 < text.length() && Character.isLowerCase(text.charAt(k - 1))
                    && Character.isUpperCase(text.charAt(k + 1)) && Character.isLowerCase(text.charAt(k + 2));
            if (c == ';' || c == '\n' || runOn) {
                clauseStart = k + 1;
                break;
            }
        }
        if (clauseStart >= a.cue().start()) {
            return a;
        }
        String before = text.substring(clauseStart, a.cue().start());
        boolean participle = a.cueText(text).strip().matches("(?i)\\p{L}+ing\\b.*");
        Matcher m = (participle ? SUBJECT_BEFORE_PARTICIPLE : SUBJECT_BEFORE_VERB).matcher(before);
        if (!m.find()) {
            // "… the Harbour Authority, which closed the pier on Monday saying …": the relative clause's antecedent
            m = participle ? RELATIVE_SUBJECT.matcher(before) : null;
            if (m == null || !m.find()) {
                return participle ? a : withSubjectAfterClause(a, text, clauseStart, before);
            }
        }
        Span subject = new Span(clauseStart + m.start("who"), clauseStart + m.start("who") + m.group("who").strip().length());
        Span content = a.content();
        if (content.start() <= subject.start() && content.end() >= subject.end() - 1 || content.end() <= a.cue().start()
                && content.start() >= subject.start()) {
            // The extractor took the subject for what was said: what was said follows the cue.
            int end = Math.min(text.length(), a.sentence().end());
            int stop = end;
            while (stop > a.cue().end() && ".!? \n".indexOf(text.charAt(stop - 1)) >= 0) {
                stop--;
            }
            if (stop <= a.cue().end() + 1) {
                return a;
            }
            int start = a.cue().end();
            while (start < stop && text.charAt(start) == ' ') {
                start++;
            }
            content = new Span(start, stop);
        }
        return new Attribution(subject, a.cue(), content, a.kind(), a.relay(), a.sentence(), a.confidence());
    }

    /**
     * "Fighters crossed the border in March, Reuters and other media previously reported": the extractor kept what
     * was said and lost who said it, named between the clause's comma and the cue. The source is that name when it
     * holds no verb and what was said ends before the comma.
     */
    private static Attribution withSubjectAfterClause(Attribution a, String text, int clauseStart, String before) {
        Matcher m = SUBJECT_AFTER_CLAUSE.matcher(before);
        if (!m.find() || FINITE.matcher(m.group("who")).find()) {
            return a;
        }
        int from = clauseStart + m.start("who");
        if (a.content().end() > from || a.content().start() < clauseStart) {
            return a;
        }
        return new Attribution(new Span(from, from + m.group("who").strip().length()), a.cue(), a.content(), a.kind(), a.relay(),
                a.sentence(), a.confidence());
    }

    /** Who a publisher cited for what it reported ("citing people familiar with the talks"), as printed. */
    static @Nullable String cited(Attribution a, String text) {
        if (a.cue() == null) {
            return null;
        }
        int end = Math.min(text.length(), a.sentence().end());
        int from = Math.min(end, a.cue().start());
        Matcher m = CITING.matcher(text.substring(from, end));
        return m.find() ? m.group("who").strip() : null;
    }

    /**
     * The document or body a publisher's words say they come from, as printed: "This is stated in the
     * report of the IAEA, writes Reuters", "It was first reported by the Financial Times, AFP said". The publisher
     * passed on what that agent said.
     */
    static @Nullable String passiveAgentOfContent(Attribution a, String text) {
        if (a.content() == null || a.cue() == null) {
            return null;
        }
        // what was said stands before an inverted cue ("…, writes Reuters"): read the whole clause, however the
        // extractor split it between content and source
        String said = a.content().start() < a.cue().start()
                ? text.substring(Math.min(a.content().start(), a.sentence().start()), a.cue().start()).replaceFirst("[,\\s]+$", "")
                : a.contentText(text);
        Matcher m = PASSIVE_OPENING.matcher(said);
        if (!m.lookingAt()) {
            return null;
        }
        Matcher agent = AGENT.matcher(said.substring(m.end()));
        if (!agent.find()) {
            return null;
        }
        return (agent.group("by") != null ? agent.group("by") : agent.group("doc")).strip();
    }

    /** The medium the source spoke to, as printed ("the Gazette", "Coast TV"). */
    static @Nullable String addressee(Attribution a, String text) {
        if (a.cue() == null) {
            return null;
        }
        String cue = a.cueText(text);
        String window = cue + text.substring(a.cue().end(), Math.min(text.length(), a.cue().end() + 80));
        Matcher m = TOLD.matcher(window);
        // The telling word must belong to this attribution's cue, not to a later clause.
        return m.find() && m.start() <= cue.length() ? m.group("to").strip() : null;
    }

    /** The name of a medium in a description of it ("regional news channel Coast TV" gives "Coast TV"). */
    static @Nullable String mediumName(String description) {
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

    /** The report the source spoke through ("a report" in "said in a report to the Security Council"). */
    static @Nullable String inReport(Attribution a, String text) {
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
