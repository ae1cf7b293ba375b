package io.headwater.extract;

import static io.headwater.extract.TokenSpans.contentEnd;
import static io.headwater.extract.TokenSpans.hasVerb;
import static io.headwater.extract.TokenSpans.isPunct;
import static io.headwater.extract.TokenSpans.sentenceSpan;
import static io.headwater.extract.TokenSpans.spanOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.headwater.core.Span;

/**
 * The rule for a statement named by a noun after its speaker's possessive name: {@code Tesla's earlier announcement it
 * will stop supplying batteries}, {@code the Kremlin's denial that troops were there}. The named possessor is the
 * source, the noun the cue, and the clause after it what was said; a noun with no clause after it ("Tesla's statement
 * on Monday") is no attribution, and a possessor in lower case ("the ministry's statement") is not read.
 */
final class NounCueRule {

    /** Nouns that name something said. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("announcement", "statement", "claim", "warning", "admission",
            "assertion", "denial", "pledge", "promise", "insistence", "contention", "assurance", "prediction", "estimate");
    /** Words between the possessive and the noun: "earlier", "latest", "official". */
    private static final Set<String> BETWEEN = Set.of("earlier", "recent", "latest", "previous", "new", "official", "formal",
            "repeated", "initial", "own", "public");
    private static final int MAX_SOURCE_WORDS = 6;

    /** The attributions whose cue is a statement noun after a possessive. */
    List<Attribution> find(List<Token> tokens) {
        List<Attribution> found = new ArrayList<>();
        int end = contentEnd(tokens);
        for (int p = 1; p + 2 < end; p++) {
            String w = tokens.get(p).text();
            // the tokenizer keeps "Tesla’s" whole; a lone "'s" follows its name
            boolean attached = w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s")) && Character.isUpperCase(w.codePointAt(0));
            if (!attached && !w.equals("'s") && !w.equals("’s")) {
                continue;
            }
            int n = p + 1;
            while (n < end && BETWEEN.contains(tokens.get(n).lower())) {
                n++;
            }
            if (n >= end || !STATEMENT_NOUNS.contains(tokens.get(n).lower())) {
                continue;
            }
            int last = attached ? p + 1 : p;
            int from = last - 1;
            while (from > 0 && last - from < MAX_SOURCE_WORDS && Character.isUpperCase(tokens.get(from - 1).text().codePointAt(0))
                    && !isPunct(tokens.get(from - 1))) {
                from--;
            }
            if (from >= last || !Character.isUpperCase(tokens.get(from).text().codePointAt(0)) || from == 0 && last - from == 1
                    && !attached) {
                continue;
            }
            int start = n + 1;
            if (start < end && tokens.get(start).lower().equals("that")) {
                start++;
            }
            int stop = start;
            while (stop < end && !isPunct(tokens.get(stop))) {
                stop++;
            }
            if (stop - start < 3 || !hasVerb(tokens, start, stop)) {
                continue;
            }
            Span named = spanOf(tokens, from, last);
            Span source = attached ? new Span(named.start(), named.end() - 2) : named;
            found.add(new Attribution(source, tokens.get(n).span(), spanOf(tokens, start, stop), Attribution.Kind.INDIRECT, null,
                    sentenceSpan(tokens), 0.6));
        }
        return found;
    }
}
