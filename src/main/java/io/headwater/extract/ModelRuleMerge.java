package io.headwater.extract;

import static io.headwater.extract.TokenSpans.closeQuotation;
import static io.headwater.extract.TokenSpans.confidenceFor;
import static io.headwater.extract.TokenSpans.isPunct;
import static io.headwater.extract.TokenSpans.kindOf;
import static io.headwater.extract.TokenSpans.quotationEnd;
import static io.headwater.extract.TokenSpans.sentenceSpan;
import static io.headwater.extract.TokenSpans.spanOf;

import java.util.ArrayList;
import java.util.List;

import io.headwater.core.Span;

/**
 * The learned model's attributions of a sentence merged with the rules' one: the model's readings, with relays and
 * kinds read by the rules, are kept; a rule's attribution is added where the model read nothing at that cue, and
 * replaces the model's where the model's reading is garbled or the rule sees structure the model was never taught
 * (PolNeAR annotates only outermost attributions); a cue inside another's content that is no reporting word is dropped.
 */
final class ModelRuleMerge {

    private final CueLexicon cues;
    private final AttributionModel model;

    /** A merge of {@code model}'s readings (none when it is null) with the rules', over the reporting words of {@code cues}. */
    ModelRuleMerge(CueLexicon cues, AttributionModel model) {
        this.cues = cues;
        this.model = model;
    }

    /**
     * Drops an attribution whose cue stands inside (or across the edge of) another's content and is no reporting word: in "North Korea also
     * demonstrated 'increased capabilities', it said", "demonstrated" is part of what was said, not a second speaker.
     * An attribution nested in another's content needs a real reporting cue ("according to a member state").
     */
    static List<Attribution> withoutInnerContentVerbs(List<Attribution> here, List<Token> tokens, String text, CueLexicon cues) {
        if (here.size() < 2) {
            return here;
        }
        List<Attribution> out = new ArrayList<>(here);
        for (Attribution inner : here) {
            if (inner.cue() == null || reportingCue(inner.cue(), tokens, cues)) {
                continue;
            }
            for (int k = 0; k < out.size(); k++) {
                Attribution outer = out.get(k);
                if (outer == inner || outer.content() == null || !outer.content().overlaps(inner.cue())) {
                    continue;
                }
                out.remove(inner);
                // The words given to the dropped speaker right before the content belong to the content.
                Span c = outer.content();
                int start = Math.min(c.start(), inner.cue().start());
                if (inner.source() != null && inner.source().start() < start) {
                    start = inner.source().start();
                }
                if (start < c.start() && coveredBy(text, start, c.start(), inner.source(), inner.cue())) {
                    out.set(out.indexOf(outer), new Attribution(outer.source(), outer.cue(), new Span(start, c.end()), outer.kind(),
                            outer.relay(), outer.sentence(), outer.confidence()));
                }
                break;
            }
        }
        return out;
    }

    /** True when every character from {@code from} to {@code to} is blank or inside one of {@code spans}. */
    private static boolean coveredBy(String text, int from, int to, Span... spans) {
        for (int i = from; i < to; i++) {
            boolean inside = Character.isWhitespace(text.charAt(i));
            for (Span s : spans) {
                inside |= s != null && s.start() <= i && i < s.end();
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    private static boolean reportingCue(Span cue, List<Token> tokens, CueLexicon cues) {
        for (Token t : tokens) {
            if (cue.contains(t.span()) && (cues.lemma(t) != null || t.lower().equals("according"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The model's attributions of a sentence with the rules' one: the rule adds what the model missed; where
     * both read the same cue, the model's is kept unless {@code preferRule} (the rule saw an attribution nested
     * in its content, "X said Y, Reuters reported", a structure the model, trained on outermost attributions only,
     * does not give).
     */
    static List<Attribution> withRules(List<Attribution> learned, Attribution rule, boolean preferRule) {
        if (rule == null) {
            return learned;
        }
        List<Attribution> same = learned.stream().filter(a -> a.cue() != null && a.cue().overlaps(rule.cue())).toList();
        if (!same.isEmpty() && !preferRule) {
            return learned;
        }
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : learned) {
            if (!same.contains(a) && !(a.kind() == Attribution.Kind.CONTINUED && same.stream().anyMatch(s -> s.sentence()
                    .equals(a.sentence()) && java.util.Objects.equals(s.source(), a.source())))) {
                out.add(a);
            }
        }
        out.add(rule);
        return out;
    }

    /** Attributions the learned model finds in one sentence, with relays and kinds read by the rules. */
    List<Attribution> learned(List<Token> tokens, List<Quotation> quotes, Attribution rule) {
        if (model == null) {
            return List.of();
        }
        List<AttributionModel.Found> found;
        try {
            found = model.find(model.context(tokens, quotes, cues));
        } catch (RuntimeException e) {
            // A model failure on odd input must not lose the article: the rules still run.
            return List.of();
        }
        List<Attribution> out = new ArrayList<>();
        Span sentence = sentenceSpan(tokens);
        List<Span> relayed = new ArrayList<>();
        for (AttributionModel.Found f : found) {
            if (rule != null && rule.cue() != null && rule.cue().overlaps(spanOf(tokens, f.cueFrom(), f.cueTo()))
                    && garbled(f, rule)) {
                out.add(rule);
                continue;
            }
            int sourceFrom = f.sourceFrom();
            int sourceTo = f.sourceTo();
            List<int[]> stretches = new ArrayList<>(f.contents());
            int[] first = stretches.get(0);
            int close = quotationEnd(tokens, first[0], first[1]);
            if (close > 0 && close < first[1] && first[1] == sourceFrom) {
                // "“...,” the report by the panel stated": the words after the quotation head the source.
                stretches.set(0, new int[] {first[0], close});
                sourceFrom = close;
                while (sourceFrom < sourceTo && isPunct(tokens.get(sourceFrom))) {
                    sourceFrom++;
                }
            }
            for (int k = 0; k < stretches.size(); k++) {
                stretches.set(k, closeQuotation(tokens, stretches.get(k)));
            }
            Span cue = spanOf(tokens, f.cueFrom(), f.cueTo());
            Span source = sourceFrom < 0 || sourceFrom >= sourceTo ? null : spanOf(tokens, sourceFrom, sourceTo);
            List<Span> contents = new ArrayList<>();
            for (int[] c : stretches) {
                contents.add(spanOf(tokens, c[0], c[1]));
            }
            Span relay = null;
            if (relayCue(tokens, f.cueFrom(), f.cueTo())) {
                if (rule != null && rule.relay() != null && rule.cue() != null && rule.cue().overlaps(cue)) {
                    source = rule.source();
                    relay = rule.relay();
                    Span quoted = source;
                    contents.removeIf(c -> contents.size() > 1 && quoted.overlaps(c));
                    if (contents.get(0).contains(rule.source()) && rule.content().start() > rule.source().start()) {
                        // "X quoted Y as saying Z": the content is Z, and "saying" is no cue of its own.
                        contents.set(0, rule.content());
                        relayed.add(new Span(rule.source().start(), rule.content().start()));
                    }
                }
            }
            Span content = contents.get(0);
            double base = kindOf(content, quotes) == Attribution.Kind.DIRECT ? 0.85 : 0.75;
            double confidence = source == null ? base - 0.2 : confidenceFor(tokens, sourceFrom, sourceTo, base);
            out.add(new Attribution(source, cue, content, kindOf(content, quotes), relay, sentence, confidence));
            for (Span more : contents.subList(1, contents.size())) {
                out.add(new Attribution(source, null, more, Attribution.Kind.CONTINUED, relay, sentence, confidence));
            }
        }
        if (!relayed.isEmpty()) {
            out.removeIf(a -> a.cue() != null && relayed.stream().anyMatch(r -> r.contains(a.cue())));
        }
        return out;
    }

    /**
     * A model reading the rules read better: no source where the rule names one, content broken into pieces on one
     * side of the cue, or content wedged between the source and the cue ("the report, which has been submitted to
     * the committee, stated").
     */
    private static boolean garbled(AttributionModel.Found f, Attribution rule) {
        if (f.sourceFrom() < 0) {
            return rule.source() != null;
        }
        int before = 0;
        int after = 0;
        for (int[] c : f.contents()) {
            if (c[1] <= f.cueFrom()) {
                before++;
            } else {
                after++;
            }
            boolean between = f.sourceTo() <= f.cueFrom() ? c[0] >= f.sourceTo() && c[1] <= f.cueFrom()
                    : c[0] >= f.cueTo() && c[1] <= f.sourceFrom();
            if (between) {
                return true;
            }
        }
        return before > 1 || after > 1;
    }

    private boolean relayCue(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String lemma = cues.lemma(tokens.get(i));
            if (lemma != null && cues.isRelayVerb(lemma)) {
                return true;
            }
        }
        return false;
    }
}
