package io.headwater.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;
import io.headwater.extract.Attribution;

/**
 * Who the evidence of a statement came from, when the statement names them inside it: "the testimonies gathered by
 * the panel from military experts, local officials and residents indicate …", "…, citing analysis from unnamed
 * governments", "the report said the estimate came from governments it did not identify". They are sources of what
 * was said, cited by whoever said it.
 */
final class EvidenceSources {

    /** Nouns of evidence that news traces to someone: "testimonies from", "data from", "an estimate from". */
    private static final String EVIDENCE = "(?:testimon(?:y|ies)|accounts?|information|analys[ie]s|estimates?|figures?|data|"
            + "evidence|interviews?|intelligence|assessments?|briefings?)";
    /** "testimonies gathered by the panel from X", "analysis from X", "information provided from X". */
    private static final Pattern FROM = Pattern.compile("(?i)\\b" + EVIDENCE
            + "(?:\\s+(?:gathered|collected|obtained|received|provided|compiled|supplied)(?:\\s+by\\s+[^,.;:]{1,40}?)?)?\\s+from\\s+");
    /** "the estimate came from X", "the figures come from X". */
    private static final Pattern CAME_FROM = Pattern.compile("(?i)\\b" + EVIDENCE + "\\s+(?:came|comes|come|had come)\\s+from\\s+");
    /** Words that open no source: a time, a place word, a number ("from last year", "from 2019", "from Iraq to Syria"). */
    private static final Pattern NOT_A_SOURCE = Pattern.compile(
            "(?i)^(?:\\d|last|next|this|that|january|february|march|april|may|june|july|august|september|october|november|"
                    + "december|mid|early|late|across|around|inside|within|abroad|home|there|here|where|which|what|it\\b).*");
    private static final Pattern AND = Pattern.compile("\\sand\\s");
    /** A word that makes a member a clause: an auxiliary, a past tense, a verb of saying. */
    private static final Pattern CLAUSE_WORD = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|will|would|said|says|say|told|reported|denied)\\b");
    /** "… it did not identify", "… he would not name": a clause saying the source is left unnamed. */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile(
            "(?i)\\s+(?:it|he|she|they|we|the \\p{L}+)\\s+(?:did|does|do|would|could|will|has|have|had)\\s+not\\b.*$");
    /** A source mention that is evidence from someone: "analysis from unnamed insurers", "the data from the port authority". */
    private static final Pattern EVIDENCE_MENTION = Pattern.compile("(?i)^(?:(?:the|an?|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
            + EVIDENCE + "(?:\\s+(?:gathered|collected|obtained|received|provided|compiled|supplied))?\\s+from\\s+(?<who>\\S.*)$");
    private static final int MAX_MEMBER_WORDS = 8;
    private static final int MAX_MEMBERS = 6;

    private EvidenceSources() {
    }

    /**
     * Who the evidence came from when {@code a}'s source mention is the evidence itself ("…, citing analysis from
     * unnamed insurers", "according to data from the port authority"): the span of who it came from, else absent.
     */
    static @Nullable Span originOf(Attribution a, String text) {
        if (a.source() == null) {
            return null;
        }
        Matcher m = EVIDENCE_MENTION.matcher(a.source().in(text));
        if (!m.matches()) {
            return null;
        }
        Span member = member(a.source().start() + m.start("who"), a.source().end(), text);
        return member;
    }

    /**
     * The sources named in {@code a}'s content, or in what its cue cites ("citing analysis from unnamed governments"),
     * as spans of {@code text}, in the order printed; none inside {@code a}'s own source mention.
     */
    static List<Span> of(Attribution a, String text) {
        List<Span> found = new ArrayList<>();
        addFrom(a.content(), a, text, found);
        if (a.cue() != null && a.cue().end() > a.content().end() && a.sentence() != null) {
            // "…, citing analysis from unnamed governments": the cue's own words after what was said
            addFrom(new Span(a.cue().start(), Math.min(text.length(), a.sentence().end())), a, text, found);
        }
        return found;
    }

    private static void addFrom(Span window, Attribution a, String text, List<Span> found) {
        String in = window.in(text);
        for (Pattern p : new Pattern[] {FROM, CAME_FROM}) {
            Matcher m = p.matcher(in);
            while (m.find()) {
                int at = window.start() + m.end();
                if (a.source() != null && a.source().contains(new Span(at, at))) {
                    continue;
                }
                for (Span s : members(at, window.end(), text)) {
                    if (!found.contains(s)) {
                        found.add(s);
                    }
                }
            }
        }
    }

    /**
     * The members of a list starting at {@code start}: "A, B and C" up to the comma or full stop after the member that
     * follows "and"; with no "and", one member up to the first comma. The list stops before a member that reads as a
     * clause ("…, and the report said").
     */
    private static List<Span> members(int start, int limit, String text) {
        int end = start;
        while (end < limit && ".;:()\"“”\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String rest = text.substring(start, end);
        Matcher and = AND.matcher(rest);
        int cut = and.find() ? rest.indexOf(',', and.end()) : rest.indexOf(',');
        if (cut >= 0) {
            rest = rest.substring(0, cut);
        }
        List<Span> members = new ArrayList<>();
        Matcher sep = SourceList.SEPARATOR.matcher(rest);
        int from = 0;
        while (members.size() < MAX_MEMBERS) {
            boolean more = sep.find();
            Span member = member(start + from, start + (more ? sep.start() : rest.length()), text);
            if (member == null) {
                break;
            }
            members.add(member);
            if (!more) {
                break;
            }
            from = sep.end();
        }
        return members;
    }

    /** The member between {@code from} and {@code to}, without an opening adverb; absent when it names no one. */
    private static @Nullable Span member(int from, int to, String text) {
        String s = text.substring(from, to);
        Matcher adverb = SourceList.OPENING_ADVERB.matcher(s);
        if (adverb.lookingAt()) {
            from += adverb.end();
            s = s.substring(adverb.end());
        }
        Matcher unnamed = REDUCED_RELATIVE.matcher(s);
        if (unnamed.find()) {
            // "governments it did not identify": the governments, whom the text does not name
            s = s.substring(0, unnamed.start());
        }
        s = s.strip();
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.split("\\s+").length > MAX_MEMBER_WORDS
                || NOT_A_SOURCE.matcher(s).matches() || CLAUSE_WORD.matcher(s).find()) {
            return null;
        }
        int start = text.indexOf(s, from);
        return new Span(start, start + s.length());
    }
}
