package io.headwater.eval.brat;

import java.util.List;

import io.headwater.extract.AttributionExtractor;
import io.headwater.extract.LineParagraphs;
import io.headwater.extract.brat.BratWriter;

/** Runs an extractor over annotated articles and scores what it writes as BRAT against their annotations. */
public final class AttributionEvaluation {

    /**
     * {@code -Dheadwater.preferRules=true}: score the extractor with the rules' attribution always winning over the
     * model's at the same cue, to compare the two readings (train-attributions' held-out scores).
     */
    public static final String PREFER_RULES = "headwater.preferRules";

    private AttributionEvaluation() {
    }

    /** {@code extractor}, or the same preferring the rules when {@link #PREFER_RULES} is set. */
    public static AttributionExtractor asConfigured(AttributionExtractor extractor) {
        return Boolean.getBoolean(PREFER_RULES) ? extractor.preferringRules() : extractor;
    }

    /** The extractor's output for one raw article text, as the {@code .ann} file {@code extract} writes. */
    public static String predict(AttributionExtractor extractor, String text) {
        return BratWriter.write(text, extractor.analyze(text, LineParagraphs.of(text)).attributions());
    }

    /** Scores {@code extractor} on {@code articles}; gold is only read by the scorer, after extraction. */
    public static AttributionScorer score(AttributionExtractor extractor, List<AnnotatedCorpus.Article> articles) {
        AttributionScorer scorer = new AttributionScorer();
        for (AnnotatedCorpus.Article a : articles) {
            String predicted = predict(extractor, a.text());
            scorer.add(a.text(), a.gold(), BratDocument.parse(predicted, a.text()));
        }
        return scorer;
    }
}
