package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;
import io.headwater.ingest.Article;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.Paragraph;

/**
 * Finds attributions in English news text. Each sentence is read by the learned {@link AttributionModel}
 * (trained on PolNeAR, so its spans follow PolNeAR's guidelines: a cue's verb group, a quotation's marks in
 * the content, "that" in the content, passive attributions without source) and by general rules over the tagged
 * sentence. The model's attributions are kept; a rule's is added where the model read nothing at that cue, and
 * replaces the model's where the model's reading is garbled or the rule sees structure the model was never
 * taught (PolNeAR annotates only outermost attributions): {@link ModelRuleMerge} does that. The rules, one class each,
 * tried in this order (the helpers they share over tokens are {@link TokenSpans}):
 * <ul>
 *   <li>{@link QuoteThenSourceRule}: a quotation followed by its source and cue, {@code "...," the minister said}, and
 *       a relay, {@code "...," Yonhap quoted the report as saying} (Yonhap is the relay, the report the source);</li>
 *   <li>{@link AccordingToRule}: {@code According to X, ...} and {@code ..., according to X};</li>
 *   <li>{@link TrailingSourceRule}: reported speech with a trailing source, {@code ..., UN experts said in a new report};</li>
 *   <li>{@link LeadingSourceRule}: reported speech with a leading source, {@code The annual report noted that ...};</li>
 *   <li>{@link ContinuedQuoteRule}: a quotation standing alone, carried over from the previous speaker;</li>
 *   <li>{@link NestedAttributionRule}: attributions inside a quotation ({@code "According to a member state, ..."});</li>
 *   <li>{@link RelativeClauseRule}: a source inside a relative clause ({@code ... for which experts say ...},
 *       {@code ..., something that The Times had published}), where no other reading took its cue.</li>
 * </ul>
 * Sources are left as mentions ("it", "the panel"): resolving them to entities is the next stage's job.
 * Bad input (unbalanced quotes, very long sentences, other languages) yields fewer attributions, never an exception.
 */
public final class AttributionExtractor {

    /** Longer sentences (a table or a list run together) are skipped: no rule or tagger reads them well. */
    public static final int MAX_SENTENCE_TOKENS = 400;

    private final TextAnalyzer analyzer;
    private final CueLexicon cues;
    private final AttributionModel model;
    /** Whether a rule's attribution always replaces the model's at the same cue (the evaluation tools compare both). */
    private final boolean preferRules;
    private final ModelRuleMerge merge;
    private final QuoteThenSourceRule quoteThenSource;
    private final TrailingSourceRule trailingSource;
    private final LeadingSourceRule leadingSource;
    private final NestedAttributionRule nested;
    private final RelativeClauseRule relative;
    private final NounCueRule nounCues;

    /** An extractor with the learned model {@code model}, or with the rules alone when it is null. */
    public AttributionExtractor(TextAnalyzer analyzer, CueLexicon cues, AttributionModel model) {
        this(analyzer, cues, model, false);
    }

    private AttributionExtractor(TextAnalyzer analyzer, CueLexicon cues, AttributionModel model, boolean preferRules) {
        this.analyzer = analyzer;
        this.cues = cues;
        this.model = model;
        this.preferRules = preferRules;
        this.merge = new ModelRuleMerge(cues, model);
        this.quoteThenSource = new QuoteThenSourceRule(cues);
        this.trailingSource = new TrailingSourceRule(cues);
        this.leadingSource = new LeadingSourceRule(cues);
        this.nested = new NestedAttributionRule(cues);
        this.relative = new RelativeClauseRule(cues);
        this.nounCues = new NounCueRule();
    }

    /**
     * The same extractor, but where a rule and the model read the same cue the rule's attribution always wins
     * (by default it wins only when it sees an attribution nested in its content): a comparison for the evaluation
     * tools, not a mode for users.
     */
    public AttributionExtractor preferringRules() {
        return new AttributionExtractor(analyzer, cues, model, true);
    }

    /** An extractor over the shipped models and lexicon. */
    public static AttributionExtractor standard() {
        return new AttributionExtractor(new TextAnalyzer(), CueLexicon.standard(), AttributionModel.standard());
    }

    /** The sentence, token and tag layer this extractor reads with. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /** The sentences, quotations and attributions of a text. */
    public record Analysis(List<Sentence> sentences, List<Quotation> quotations, List<Attribution> attributions) {
    }

    /** Attributions in the running text of {@code article} (headings, captions and highlights excluded). */
    public Analysis analyze(Article article) {
        return analyze(article, Deadline.unlimited());
    }

    /** As {@link #analyze(Article)}, checking {@code deadline} as it goes. */
    public Analysis analyze(Article article, Deadline deadline) {
        List<Span> paragraphs = article.paragraphs().stream()
                .filter(p -> p.kind() == Paragraph.Kind.TEXT)
                .map(Paragraph::span)
                .toList();
        return analyze(article.text(), paragraphs, deadline);
    }

    /** Attributions in the given paragraphs of {@code text}. */
    public Analysis analyze(String text, List<Span> paragraphs) {
        return analyze(text, paragraphs, Deadline.unlimited());
    }

    /**
     * As {@link #analyze(String, List)}, checking {@code deadline} once per paragraph and sentence.
     *
     * @throws io.headwater.ingest.ArticleBudgetExceededException once the deadline has passed
     */
    public Analysis analyze(String text, List<Span> paragraphs, Deadline deadline) {
        List<Quotation> all = Quotation.find(text, paragraphs);
        boolean inOrder = Quotation.inTextOrder(all);
        List<Sentence> sentences = analyzer.sentences(text, paragraphs, all, deadline);
        List<Attribution> found = new ArrayList<>();
        Attribution previous = null;
        int previousParagraph = -1;
        for (Sentence s : sentences) {
            deadline.check();
            List<Token> tokens = s.tokens();
            if (tokens.isEmpty() || tokens.size() > MAX_SENTENCE_TOKENS) {
                continue;
            }
            // Every rule and feature asks only about quotations at the sentence's tokens: the others need not be read.
            List<Quotation> quotes = inOrder ? Quotation.around(all, s.span()) : all;
            List<Attribution> here;
            try {
                Attribution rule = match(tokens, quotes);
                boolean nests = rule != null && !nested.find(text, tokens, rule, quotes).isEmpty();
                here = ModelRuleMerge.withoutInnerContentVerbs(
                        ModelRuleMerge.withRules(merge.learned(tokens, quotes, rule), rule, nests || preferRules), tokens, text, cues);
            } catch (RuntimeException e) {
                // Odd input must not lose the article: this sentence yields nothing, the others still count.
                here = List.of();
            }
            if (here.isEmpty()) {
                boolean recent = previous != null && s.paragraph() - previousParagraph <= 1;
                Attribution a = ContinuedQuoteRule.find(tokens, quotes, recent ? previous : null);
                if (a != null) {
                    here = List.of(a);
                }
            }
            for (Attribution a : here) {
                found.add(a);
                if (a.source() != null && a.kind() != Attribution.Kind.CONTINUED) {
                    previous = a;
                    previousParagraph = s.paragraph();
                }
                if (a.kind() != Attribution.Kind.CONTINUED) {
                    found.addAll(nested.find(text, tokens, a, quotes));
                }
            }
            addRelativeClauses(tokens, here, found);
        }
        return new Analysis(sentences, all, found);
    }

    /** Adds the attributions of relative clauses in the sentence ({@link RelativeClauseRule}) whose cue no other reading took. */
    private void addRelativeClauses(List<Token> tokens, List<Attribution> here, List<Attribution> found) {
        List<Attribution> inRelatives;
        try {
            inRelatives = new ArrayList<>(relative.find(tokens));
            inRelatives.addAll(nounCues.find(tokens));
        } catch (RuntimeException e) {
            return;
        }
        for (Attribution r : inRelatives) {
            boolean taken = false;
            for (Attribution a : found) {
                taken |= a.cue() != null && a.cue().start() < r.cue().end() && r.cue().start() < a.cue().end();
            }
            if (!taken) {
                found.add(r);
            }
        }
    }

    /** The first rule that reads the sentence, in the order that tries the most specific shape first. */
    private @Nullable Attribution match(List<Token> tokens, List<Quotation> quotes) {
        Attribution a = quoteThenSource.find(tokens, quotes);
        if (a == null) {
            a = AccordingToRule.find(tokens);
        }
        if (a == null) {
            a = trailingSource.find(tokens, quotes);
        }
        if (a == null) {
            a = leadingSource.find(tokens, quotes);
        }
        return a;
    }
}
