package io.headwater.extract;

import java.util.List;

import io.headwater.core.Span;

/**
 * The rule for attributions nested inside another's quoted content ({@code "According to a member state, ..."}):
 * the according-to, trailing-source and leading-source rules read again over the content's tokens alone.
 */
final class NestedAttributionRule {

    private final TrailingSourceRule trailing;
    private final LeadingSourceRule leading;

    NestedAttributionRule(CueLexicon cues) {
        this.trailing = new TrailingSourceRule(cues);
        this.leading = new LeadingSourceRule(cues);
    }

    /** Attributions inside a quotation: {@code "According to a member state, ..."}. */
    List<Attribution> find(String text, List<Token> tokens, Attribution outer, List<Quotation> quotes) {
        List<Token> inner = tokens.stream().filter(t -> outer.content().contains(t.span())).toList();
        if (inner.size() < 4) {
            return List.of();
        }
        Attribution a = AccordingToRule.find(inner);
        if (a == null) {
            a = trailing.find(inner, quotes);
        }
        if (a == null) {
            a = leading.find(inner, List.of());
        }
        if (a == null || a.content().equals(outer.content())) {
            return List.of();
        }
        Span content = a.content().trim(text, ",;:\"“”«»");
        return List.of(new Attribution(a.source(), a.cue(), content, a.kind(), a.relay(), outer.sentence(),
                Math.round(a.confidence() * 90) / 100.0));
    }
}
