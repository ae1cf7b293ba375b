package io.headwater.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.headwater.core.Span;
import io.headwater.extract.Attribution;

/**
 * Several sources sharing one cue: "Reuters and other media reported", "The New York Times and The Washington Post
 * reported", "local officials, aid workers and residents said", "according to Bloomberg and the Financial Times".
 * Each of them said it, so each is a source of the statement. A list is read only where every member can stand as a
 * source by itself (a known name, a name of two or more words, or a description with a common noun for its head), so
 * a firm's name ("Marks and Spencer"), a head shared by the members ("U.S. and NATO officials") and a list inside a
 * phrase ("the heads of the port and the union") stay one source.
 */
final class SourceList {

    /** Where one member ends and the next begins: a comma, "and", or both. */
    static final Pattern SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?|\\s+and\\s+");
    /** Words that open a member without being part of its name: "and even individuals …", "both Reuters and …". */
    static final Pattern OPENING_ADVERB = Pattern.compile("(?i)^(?:even|also|both|then)\\s+");
    /** A preposition before the last "and": the list is inside a phrase ("the heads of the port and the union"). */
    private static final Pattern PREPOSITION = Pattern.compile("(?i)\\s(?:of|for|from|in|at|on|with|to|between|among|by|over|under)\\s");
    /** A relative clause after the name: what follows it describes the name and is no member. */
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\s(?:who|which|whose|whom|that)\\s.*$|,\\s*(?:who|which|whose)\\b.*$");
    /** A word that makes a member a clause, not a name: an auxiliary or a past tense. */
    private static final Pattern FINITE = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|do|\\p{Ll}{2,}ed)\\b");
    /** Words a member may not start with: it would be an adjunct ("In March, …"), a pronoun or a number. */
    private static final Pattern NOT_A_MEMBER = Pattern.compile(
            "(?i)^(?:in|on|at|after|before|during|since|for|with|from|by|to|as|but|if|when|while|however|meanwhile|"
                    + "it|he|she|they|we|i|you|this|that|there|\\d).*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'’.-]*");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}'’-]{2,}");
    /** A member made of capitalised modifiers and a common noun: "NATO officials", "Yemeni diplomats". */
    private static final Pattern MODIFIED_HEAD = Pattern.compile("^(?:\\p{Lu}[\\p{L}.'’-]*\\s+)+\\p{Ll}[\\p{Ll}'’-]+$");
    private static final int MAX_MEMBER_WORDS = 8;

    private final MentionReader mentions;

    SourceList(MentionReader mentions) {
        this.mentions = mentions;
    }

    /**
     * The members of {@code a}'s source when it is a list of sources, in the order printed; a single span otherwise.
     * A list the extractor cut at a comma ("aid workers and residents" in "Local officials, aid workers and residents
     * said") takes back the members before it at the start of the clause.
     */
    List<Span> members(Attribution a, String text) {
        Span mention = a.source();
        if (mention == null) {
            return List.of();
        }
        String printed = mention.in(text);
        Matcher relative = RELATIVE.matcher(printed);
        int end = mention.start() + (relative.find() ? relative.start() : printed.length());
        int start = startOfList(mention, a.sentence(), text);
        String list = text.substring(start, end);
        if (!list.contains(" and ") || PREPOSITION.matcher(list.substring(0, list.lastIndexOf(" and "))).find()) {
            return List.of(mention);
        }
        List<Span> members = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(list);
        int from = 0;
        while (sep.find()) {
            members.add(member(start + from, start + sep.start(), text));
            from = sep.end();
        }
        members.add(member(start + from, end, text));
        for (Span m : members) {
            if (!standsAlone(m.in(text))) {
                return List.of(mention);
            }
        }
        if (sharesHead(members, text)) {
            return List.of(mention);
        }
        return members;
    }

    /** The member between {@code from} and {@code to}, without an opening adverb or closing punctuation. */
    private static Span member(int from, int to, String text) {
        String s = text.substring(from, to);
        Matcher adverb = OPENING_ADVERB.matcher(s);
        if (adverb.lookingAt()) {
            from += adverb.end();
        }
        while (to > from && ",;: ".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return new Span(from, to);
    }

    /** Where the list starts: the mention, or earlier members "A, B, " that open the mention's clause. */
    private int startOfList(Span mention, Span sentence, String text) {
        if (sentence == null || !mention.in(text).contains(" and ") || mention.start() <= sentence.start()) {
            return mention.start();
        }
        String before = text.substring(sentence.start(), mention.start());
        if (!before.endsWith(", ")) {
            return mention.start();
        }
        String[] pieces = before.substring(0, before.length() - 2).split(",\\s+");
        for (String p : pieces) {
            if (!standsAlone(p.strip())) {
                return mention.start();
            }
        }
        int start = sentence.start();
        while (start < mention.start() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /**
     * True when {@code member} can be a source by itself: a known name, a name of two or more capitalised words, or a
     * description whose last word is a common noun ("other media", "aid workers", "individuals close to …").
     */
    private boolean standsAlone(String member) {
        String m = member.strip();
        String[] words = m.split("\\s+");
        if (m.isEmpty() || words.length > MAX_MEMBER_WORDS || NOT_A_MEMBER.matcher(m).matches() || FINITE.matcher(m).find()) {
            return false;
        }
        if (mentions.read(m).kind() == Mention.Kind.NAMED) {
            return true;
        }
        String last = words[words.length - 1];
        if (LOWER_WORD.matcher(last).matches()) {
            return true;
        }
        int capitalised = 0;
        for (String w : words) {
            capitalised += CAPITALISED.matcher(w).matches() ? 1 : 0;
        }
        return capitalised >= 2 && capitalised == words.length - (m.regionMatches(true, 0, "the ", 0, 4) ? 1 : 0);
    }

    /**
     * True when the last member's common noun is every member's head: "U.S. and NATO officials", "Yemeni and Saudi
     * diplomats" name one group of officials, not the United States and some officials. A publisher or a person
     * before "and" speaks for itself ("Reuters and Yemeni officials").
     */
    private boolean sharesHead(List<Span> members, String text) {
        if (!MODIFIED_HEAD.matcher(members.get(members.size() - 1).in(text)).matches()) {
            return false;
        }
        for (Span s : members.subList(0, members.size() - 1)) {
            String m = s.in(text);
            for (String w : m.split("\\s+")) {
                if (LOWER_WORD.matcher(w).matches() && !w.equals("the")) {
                    return false;
                }
            }
            Mention read = mentions.read(m);
            if (read.kind() == Mention.Kind.PERSON || read.entity() != null
                    && (read.entity().type().isPublisher() || read.entity().type().isPerson())) {
                return false;
            }
        }
        return true;
    }
}
