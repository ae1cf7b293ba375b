package io.headwater.extract;

import static io.headwater.extract.TokenSpans.contentEnd;
import static io.headwater.extract.TokenSpans.firstWordIndex;
import static io.headwater.extract.TokenSpans.hasVerb;
import static io.headwater.extract.TokenSpans.isPunct;
import static io.headwater.extract.TokenSpans.plausibleSource;
import static io.headwater.extract.TokenSpans.sentenceSpan;
import static io.headwater.extract.TokenSpans.spanOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.headwater.core.Span;

/**
 * The rule for a source inside a relative clause, which the other rules, reading a sentence from its start, do not
 * see: {@code … a level for which nonproliferation experts already say Tehran has no civilian use} (what the source
 * says follows the cue), and {@code …, something that The Times had published and that Moscow denied} (the relative
 * clause hangs on the clause before the comma, which is what the source said or denied).
 */
final class RelativeClauseRule {

    /** Words that open a relative clause. */
    private static final Set<String> RELATIVE = Set.of("which", "that", "whom");
    /** Heads that stand for the whole clause before them: ", something that X denied", ", a claim which Y rejected". */
    private static final Set<String> CLAUSE_STAND_INS = Set.of("something", "claim", "claims", "allegation", "allegations",
            "charge", "charges", "finding", "findings", "assertion", "account", "view", "fact");
    /** Words between a source and its cue: an auxiliary or an adverb ("had previously published", "already say"). */
    private static final Set<String> BEFORE_CUE = Set.of("had", "has", "have", "also", "already", "previously", "now", "still",
            "long", "repeatedly", "often", "earlier", "first", "once", "widely", "would", "will", "may", "might", "did", "do", "does");
    private static final int MAX_SOURCE_WORDS = 16;

    private final CueLexicon cues;

    RelativeClauseRule(CueLexicon cues) {
        this.cues = cues;
    }

    /** The attributions whose source stands inside a relative clause of the sentence. */
    List<Attribution> find(List<Token> tokens) {
        List<Attribution> found = new ArrayList<>();
        int end = contentEnd(tokens);
        for (int k = 1; k + 2 < end; k++) {
            if (!RELATIVE.contains(tokens.get(k).lower())) {
                continue;
            }
            Attribution a = at(tokens, k, end);
            if (a != null) {
                found.add(a);
            }
        }
        return found;
    }

    private Attribution at(List<Token> tokens, int k, int end) {
        int from = k + 1;
        int v = -1;
        for (int i = from + 1; i < end && i - from <= MAX_SOURCE_WORDS; i++) {
            Token t = tokens.get(i);
            if (isPunct(t)) {
                return null;
            }
            if (cues.lemma(t) != null && t.isVerb()) {
                v = i;
                break;
            }
        }
        if (v < 0) {
            return null;
        }
        int sourceEnd = v;
        while (sourceEnd > from && BEFORE_CUE.contains(tokens.get(sourceEnd - 1).lower())) {
            sourceEnd--;
        }
        if (!plausibleSource(tokens, from, sourceEnd) || hasVerb(tokens, from, sourceEnd)
                || !Character.isLetter(tokens.get(from).text().codePointAt(0))) {
            return null;
        }
        Span source = spanOf(tokens, from, sourceEnd);
        Span cue = tokens.get(v).span();
        int after = v + 1;
        boolean ends = after >= end || isPunct(tokens.get(after)) || tokens.get(after).lower().equals("and");
        if (!ends) {
            // "for which experts already say Tehran has no civilian use": what was said follows the cue
            int stop = after;
            while (stop < end && !isPunct(tokens.get(stop))) {
                stop++;
            }
            if (stop - after < 3 || tokens.get(after).lower().equals("to") || !hasVerb(tokens, after, stop)) {
                return null;
            }
            return new Attribution(source, cue, spanOf(tokens, after, stop), Attribution.Kind.INDIRECT, null, sentenceSpan(tokens), 0.6);
        }
        Span clause = clauseBefore(tokens, k);
        return clause == null ? null
                : new Attribution(source, cue, clause, Attribution.Kind.INDIRECT, null, sentenceSpan(tokens), 0.6);
    }

    /**
     * The clause a relative clause stands for: "The UN confirms the presence of mercenaries" in "The UN confirms the
     * presence of mercenaries, something that The Times had published". Absent unless the relative clause hangs on a
     * stand-in for it after a comma ("something", "a claim") or on that comma itself (", which").
     */
    private static Span clauseBefore(List<Token> tokens, int k) {
        int comma = k - 1;
        if (comma > 0 && CLAUSE_STAND_INS.contains(tokens.get(comma).lower())) {
            comma--;
            if (comma > 0 && Set.of("a", "an", "the").contains(tokens.get(comma).lower())) {
                comma--;
            }
        } else if (!tokens.get(k).lower().equals("which")) {
            // ", and that Moscow denied": the second of two relative clauses on one stand-in
            int first = k >= 2 && tokens.get(k - 1).lower().equals("and") ? previousRelative(tokens, k - 2) : -1;
            return first > 0 ? clauseBefore(tokens, first) : null;
        }
        if (comma <= 0 || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        int start = firstWordIndex(tokens);
        return comma - start < 4 ? null : spanOf(tokens, start, comma);
    }

    /** The relative word before {@code from}, or -1. */
    private static int previousRelative(List<Token> tokens, int from) {
        for (int i = from; i > 0; i--) {
            if (RELATIVE.contains(tokens.get(i).lower())) {
                return i;
            }
            if (isPunct(tokens.get(i))) {
                return -1;
            }
        }
        return -1;
    }
}
