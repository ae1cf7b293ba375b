package io.headwater.resolve;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;
import io.headwater.extract.Attribution;

/**
 * What the text around a mention says about whom it names, when the mention alone does not: the country "the
 * country's Meteorological Agency" belongs to, the name a relative pronoun hangs on, the person a title points
 * back to, the full name printed last before "he", the initials of a name, the half of a run-on sentence that is
 * the mention.
 */
final class NameClues {

    private static final Pattern RUN_ON = Pattern.compile("(?<=\\p{Ll})\\.(?=\\p{Lu}\\p{Ll})");
    /** The name right before a relative pronoun: "the dockers' union — ", "the Harbour Authority, ". */
    private static final Pattern ANTECEDENT = Pattern.compile(
            "(?<name>(?:the\\s+)?(?:\\p{L}+[ -])?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4})\\s*(?:,|—|–|-)\\s*$");
    private static final Pattern COUNTRYS = Pattern.compile("(?i)^the\\s+(?:country|nation)['’]s\\s+(?=\\p{Lu})");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?");
    /** "the Director General of the IAEA", "the Secretary-General of NATO": a title and a body. */
    private static final Pattern TITLE_OF = Pattern.compile(
            "^(?i:the)\\s+(?<title>\\p{Lu}[\\p{L}]+(?:[ -]\\p{Lu}[\\p{L}]+){0,2})\\s+of\\s+(?:the\\s+)?\\S.*$");
    /** Two or three capitalised words, each with lower-case letters: "Jan Roe", not "Big J" or "UN". */
    private static final Pattern FULL_NAME = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}(?![\\p{L}'’-])");
    private static final Pattern SENTENCE_WORD = Pattern.compile("^(?:The|A|An|In|On|At|For|But|And|When|After|Before|This|That)\\s.*");

    private NameClues() {
    }

    /**
     * A mention that runs over a sentence the page ran on ("a quid pro quo for U.S. troop withdrawal.But the UN
     * Monitoring Team says"): the part next to the cue.
     */
    static Span runOnCut(Span mention, Attribution a, String text) {
        Matcher m = RUN_ON.matcher(mention.in(text));
        if (!m.find()) {
            return mention;
        }
        boolean cueAfter = a.cue() != null && a.cue().start() >= mention.end();
        return cueAfter ? new Span(mention.start() + m.end(), mention.end()) : new Span(mention.start(), mention.start() + m.start());
    }

    /** The name a relative pronoun at {@code mention} stands for ("the union — which …"), as printed. */
    static @Nullable String antecedent(Span mention, String text) {
        if (!mention.in(text).strip().matches("(?i)which|who|that")) {
            return null;
        }
        Matcher m = ANTECEDENT.matcher(text.substring(Math.max(0, mention.start() - 80), mention.start()));
        return m.find() ? m.group("name") : null;
    }

    /** "the country's Meteorological Agency" with the last country named before {@code at}: "Japan Meteorological Agency". */
    static String withCountry(String mention, String text, int at) {
        Matcher m = COUNTRYS.matcher(mention.strip());
        if (!m.lookingAt()) {
            return mention;
        }
        String country = null;
        Matcher name = CAPITALISED.matcher(text.substring(0, at));
        while (name.find()) {
            if (Places.isCountry(name.group())) {
                country = name.group();
            }
        }
        return country == null ? mention : country + " " + mention.strip().substring(m.end());
    }

    /** True when {@code core} could be the initials of a name ("JMA", "The JMA"); the letters. */
    static @Nullable String acronym(String core) {
        String c = core.replaceFirst("^(?i)the\\s+", "");
        return c.matches("\\p{Lu}{2,6}") ? c : null;
    }

    /** "JMA" for "Japan Meteorological Agency": the first letters of its capitalised words. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                b.appendCodePoint(w.codePointAt(0));
            }
        }
        return b.toString();
    }

    /** The person of {@code people} that "the Director General of the IAEA" points back to. */
    static @Nullable Entity titled(String core, Collection<Entity> people, String text) {
        Matcher t = TITLE_OF.matcher(core);
        if (!t.matches()) {
            return null;
        }
        String title = t.group("title");
        for (Entity p : people) {
            Pattern printed = Pattern.compile(Pattern.quote(title).replace(" ", "\\E[ -]\\Q") + "[ ,]+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}?"
                    + Pattern.quote(p.name()), Pattern.CASE_INSENSITIVE);
            if (printed.matcher(text).find()) {
                return p;
            }
        }
        return null;
    }

    /** The full name of a person printed last before {@code at}: no place, no known body, no organisation's name. */
    static String fullNameBefore(String text, int at, Gazetteer gazetteer) {
        Matcher m = FULL_NAME.matcher(text.substring(0, at));
        String last = null;
        while (m.find()) {
            String name = m.group();
            if (!Places.isPlace(name) && gazetteer.find(name).isEmpty() && !MentionReader.looksLikeOrganisation(name)
                    && !SENTENCE_WORD.matcher(name).matches()) {
                last = name;
            }
        }
        return last;
    }
}
