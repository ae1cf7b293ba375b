package io.headwater.reuse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Text reuse detection over a growing collection: for each new article, the earlier articles that share
 * passages with it, each pair aligned and classified. Candidates come from the persistent
 * {@link PassageIndex} (rare winnowed n-grams as anchors), never from comparing all pairs.
 * <pre>{@code
 * try (ReuseDetector reuse = ReuseDetector.open(Path.of("data/reuse-index"), ReuseSettings.standard())) {
 *     List<ReusePair> pairs = reuse.detect(article).pairs();
 *     reuse.add(article);
 * }
 * }</pre>
 * Not thread-safe: callers serialise detect and add.
 */
public final class ReuseDetector implements AutoCloseable {

    private final PassageIndex index;
    private final ReuseSettings settings;
    private final Fingerprints fingerprints;
    private final PassageAligner aligner;
    private final BoilerplateFilter boilerplate;
    private final PairClassifier classifier;
    private String lastId;
    private long[] lastFingerprints;

    private ReuseDetector(PassageIndex index, ReuseSettings settings) {
        this.index = index;
        this.settings = settings;
        this.fingerprints = new Fingerprints(settings.gram(), settings.window());
        this.aligner = new PassageAligner(settings.minWords());
        this.boilerplate = new BoilerplateFilter(fingerprints);
        this.classifier = new PairClassifier(settings);
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static ReuseDetector open(Path dir, ReuseSettings settings) {
        return new ReuseDetector(PassageIndex.open(dir, 1000), settings);
    }

    /** Opens the index in {@code dir}, refreshing Lucene's reader every {@code refreshEvery} articles (for bulk runs). */
    public static ReuseDetector open(Path dir, ReuseSettings settings, int refreshEvery) {
        return new ReuseDetector(PassageIndex.open(dir, refreshEvery), settings);
    }

    /**
     * What detection found for one article.
     *
     * @param pairs      the reuse pairs, best first
     * @param candidates earlier articles aligned with it (pairs examined)
     */
    public record Detection(List<ReusePair> pairs, int candidates) {
    }

    /** The reuse pairs between {@code a} and every earlier indexed article. */
    public Detection detect(IndexedArticle a) {
        WordTokens ta = WordTokens.of(a.text());
        if (ta.size() < settings.minWords()) {
            remember(a.id(), new long[0]);
            return new Detection(List.of(), 0);
        }
        long[] grams = fingerprints.grams(ta);
        long[] fps = fingerprints.select(grams, 0, grams.length);
        remember(a.id(), fps);
        PassageIndex.Lookup found = index.candidates(fps, a.id(), settings.minAnchors(), settings.maxDf(),
                settings.boilerplateDf(), settings.maxCandidates());
        List<ReusePair> pairs = new ArrayList<>();
        for (PassageIndex.Candidate c : found.candidates()) {
            ReusePair p = compare(a, ta, grams, c.article(), found.common());
            if (p != null) {
                pairs.add(p);
            }
        }
        pairs.sort((x, y) -> Integer.compare(y.score(), x.score()));
        return new Detection(pairs, found.candidates().size());
    }

    /** Aligns two articles directly, without the index; null when they share no passage. */
    public ReusePair compare(IndexedArticle a, IndexedArticle b) {
        WordTokens ta = WordTokens.of(a.text());
        return compare(a, ta, fingerprints.grams(ta), b, Set.of());
    }

    private ReusePair compare(IndexedArticle a, WordTokens ta, long[] grams, IndexedArticle b, Set<Long> common) {
        WordTokens tb = WordTokens.of(b.text());
        List<PassageAligner.Match> matches = new ArrayList<>();
        for (PassageAligner.Match m : aligner.align(ta, tb)) {
            if (!boilerplate.isBoilerplate(m, ta, tb, grams, common)) {
                matches.add(m);
            }
        }
        if (matches.isEmpty()) {
            return null;
        }
        List<Passage> passages = new ArrayList<>();
        boolean[] inA = new boolean[ta.size()];
        boolean[] inB = new boolean[tb.size()];
        for (PassageAligner.Match m : matches) {
            passages.add(m.toPassage(ta, tb));
            Arrays.fill(inA, m.a0(), m.a1(), true);
            Arrays.fill(inB, m.b0(), m.b1(), true);
        }
        ReusePair pair = classifier.classify(a, b, passages, share(inA), share(inB));
        int words = passages.stream().mapToInt(p -> Math.min(p.aWords(), p.bWords())).sum();
        int longest = passages.stream().mapToInt(p -> Math.min(p.aWords(), p.bWords())).max().orElse(0);
        if (pair.reuseClass() != ReuseClass.SHARES_QUOTE && (words < settings.minPairWords() || longest < 2 * settings.minWords())) {
            // Stock phrases, a footer's template or a stray short sentence in common are not derivation:
            // copying carries at least one whole sentence.
            return null;
        }
        return pair;
    }

    private static double share(boolean[] covered) {
        int n = 0;
        for (boolean c : covered) {
            n += c ? 1 : 0;
        }
        return covered.length == 0 ? 0 : Math.round(1000.0 * n / covered.length) / 1000.0;
    }

    private void remember(String id, long[] fps) {
        lastId = id;
        lastFingerprints = fps;
    }

    /** Adds {@code a} to the index, so later articles are compared with it. */
    public void add(IndexedArticle a) {
        long[] fps = a.id().equals(lastId) ? lastFingerprints : fingerprints.of(WordTokens.of(a.text()));
        index.add(a, fps);
    }

    /** True when the article with this id is indexed. */
    public boolean contains(String id) {
        return index.contains(id);
    }

    /** Removes an article from the index. */
    public boolean delete(String id) {
        return index.delete(id);
    }

    /** Removes every article from the index. */
    public void clear() {
        index.clear();
    }

    /** Makes what was added durable. */
    public void commit() {
        index.commit();
    }

    /** The index. */
    public PassageIndex index() {
        return index;
    }

    /** The settings in force. */
    public ReuseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        index.close();
    }
}
