package io.headwater.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;
import io.headwater.eval.brat.AnnotatedCorpus;
import io.headwater.extract.AnnotatedAttribution;
import io.headwater.extract.AttributionExtractor;
import io.headwater.extract.AttributionModel;
import io.headwater.extract.CueLexicon;
import io.headwater.extract.LineParagraphs;
import io.headwater.extract.PerceptronTagger;
import io.headwater.extract.Quotation;
import io.headwater.extract.Sentence;
import io.headwater.extract.TextAnalyzer;
import io.headwater.extract.Token;
import io.headwater.extract.TokenCodes;
import io.headwater.extract.WordClasses;

/**
 * Trains the {@link AttributionModel} on annotated articles (PolNeAR's train compartment): one example per sentence
 * for the cue tagger, one per annotated cue for the role tagger, both read as the model reads text when it runs
 * ({@link AttributionModel.TaggerInput}). What {@code train-attributions} runs; the runtime only loads the result.
 */
public final class AttributionModelTrainer {

    private AttributionModelTrainer() {
    }

    /**
     * Trains a model on annotated articles (PolNeAR's train compartment): {@code epochs} passes, examples
     * shuffled with {@code seed}, features seen fewer than {@code minCount} times dropped. Deterministic: the same articles and settings give the same model.
     */
    public static AttributionModel train(List<AnnotatedCorpus.Article> articles, TextAnalyzer analyzer, CueLexicon lexicon,
                                         WordClasses classes, TokenCodes codes, int epochs, long seed, int minCount,
                                         PrintWriter log) {
        AttributionModel untrained = AttributionModel.untrained(classes, codes);
        List<PerceptronTrainer.Example> cueExamples = new ArrayList<>();
        List<PerceptronTrainer.Example> roleExamples = new ArrayList<>();
        for (AnnotatedCorpus.Article a : articles) {
            addExamples(untrained, a, analyzer, lexicon, cueExamples, roleExamples);
        }
        log.printf("%d articles: %d sentences, %d cue examples%n", articles.size(), cueExamples.size(), roleExamples.size());
        log.flush();
        PerceptronTagger cueTagger = PerceptronTrainer.train(AttributionModel.cueLabels(), cueExamples, epochs, seed, minCount);
        log.printf("cue tagger: %d features%n", cueTagger.features());
        log.flush();
        PerceptronTagger roleTagger = PerceptronTrainer.train(AttributionModel.roleLabels(), roleExamples, epochs, seed, minCount);
        log.printf("role tagger: %d features%n", roleTagger.features());
        log.flush();
        return AttributionModel.of(cueTagger, roleTagger, classes, codes);
    }

    private static void addExamples(AttributionModel untrained, AnnotatedCorpus.Article article, TextAnalyzer analyzer,
                                    CueLexicon lexicon, List<PerceptronTrainer.Example> cueExamples,
                                    List<PerceptronTrainer.Example> roleExamples) {
        String text = article.text();
        List<Span> paragraphs = LineParagraphs.of(text);
        List<Quotation> quotes = Quotation.find(text, paragraphs);
        List<AnnotatedAttribution> gold = article.gold().attributions();
        for (Sentence s : analyzer.sentences(text, paragraphs, quotes)) {
            List<Token> tokens = s.tokens();
            int n = tokens.size();
            if (n == 0 || n > AttributionExtractor.MAX_SENTENCE_TOKENS) {
                continue;
            }
            AttributionModel.TaggerInput c = untrained.sentence(tokens, quotes, lexicon);
            int[] cueTags = new int[n];
            List<int[]> cueSpans = new ArrayList<>();
            List<AnnotatedAttribution> here = new ArrayList<>();
            for (AnnotatedAttribution a : gold) {
                int[] cue = covered(tokens, a.cue());
                if (cue == null) {
                    continue;
                }
                cueSpans.add(cue);
                here.add(a);
                for (int i = cue[0]; i < cue[1]; i++) {
                    cueTags[i] = i == cue[0] ? 1 : 2;
                }
            }
            cueExamples.add(new PerceptronTrainer.Example(c.cueFeatures(), cueTags, null));
            for (int k = 0; k < here.size(); k++) {
                int[] cue = cueSpans.get(k);
                boolean[] other = new boolean[n];
                for (int[] o : cueSpans) {
                    if (o != cue) {
                        for (int i = o[0]; i < o[1]; i++) {
                            other[i] = true;
                        }
                    }
                }
                for (int i = cue[0]; i < cue[1]; i++) {
                    other[i] = false;
                }
                int[] tags = new int[n];
                mark(tokens, here.get(k).content(), tags, 3, cue);
                mark(tokens, here.get(k).source(), tags, 1, cue);
                roleExamples.add(new PerceptronTrainer.Example(c.roleFeatures(cue[0], cue[1], other), tags,
                        c.roleMask(cue[0], cue[1])));
            }
        }
    }

    /** The token range a role's fragments cover in this sentence (first to last covered token). */
    private static int @Nullable [] covered(List<Token> tokens, List<Span> fragments) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (inside(tokens.get(i).span(), fragments)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }

    private static void mark(List<Token> tokens, List<Span> fragments, int[] tags, int begin, int[] cue) {
        boolean open = false;
        for (int i = 0; i < tokens.size(); i++) {
            boolean in = (i < cue[0] || i >= cue[1]) && inside(tokens.get(i).span(), fragments);
            if (in) {
                tags[i] = open ? begin + 1 : begin;
            }
            open = in;
        }
    }

    /** A token belongs to a span when at least half of it lies inside. */
    private static boolean inside(Span token, List<Span> fragments) {
        for (Span f : fragments) {
            int overlap = Math.min(token.end(), f.end()) - Math.max(token.start(), f.start());
            if (overlap > 0 && overlap * 2 >= token.length()) {
                return true;
            }
        }
        return false;
    }
}
