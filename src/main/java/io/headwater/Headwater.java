package io.headwater;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.headwater.extract.AttributionExtractor;
import io.headwater.extract.Credit;
import io.headwater.extract.CreditFinder;
import io.headwater.graph.ArticleGraphReader;
import io.headwater.graph.ArticleGraphWriter;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;
import io.headwater.graph.Publication;
import io.headwater.graph.PublicationConflictException;
import io.headwater.graph.ReuseIndexReconciler;
import io.headwater.ingest.Article;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.ArticleReaders;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;
import io.headwater.resolve.ArticleResolver;
import io.headwater.resolve.Entity;
import io.headwater.resolve.Gazetteer;
import io.headwater.resolve.ResolvedArticle;
import io.headwater.reuse.PassageIndex;
import io.headwater.reuse.ReuseDetector;
import io.headwater.reuse.ReuseSettings;
import io.headwater.trace.ArticleSummary;
import io.headwater.trace.ClaimSearch;
import io.headwater.trace.GraphLookups;
import io.headwater.trace.ProvenanceTracer;

/**
 * Headwater's facade: reads articles, finds their attributions and credits, resolves them to entities,
 * writes the provenance graph and answers questions about it. The CLI, the REST API and tests all go
 * through here.
 * <pre>{@code
 * try (Headwater hw = Headwater.open(GraphSettings.embedded(Path.of("data")))) {
 *     byte[] page = Files.readAllBytes(Path.of("story.html"));
 *     var result = hw.ingest(new RawDocument("story.html", page, "text/html", null), ArticleMetadata.NONE);
 *     hw.tracer().provenance(result.id()).ifPresent(System.out::println);
 * }
 * }</pre>
 */
public final class Headwater implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Headwater.class);

    private final GraphConnection graph;
    private volatile Analyzer analyzer;
    private final Object analyzerLock = new Object();
    private final ArticleGraphWriter writer;
    private final ArticleGraphReader reader;
    private final ProvenanceTracer tracer;
    private final GraphLookups lookups;
    private final ClaimSearch claims;
    private final Path reuseIndex;
    private final ArticleWriteStep writeStep;
    private final Duration articleBudget;
    private ReuseDetector reuse;
    private ReuseIndexReconciler.Reconciliation reconciliation;

    /** The time one article may take from reading to writing unless told otherwise: see docs/limits.md. */
    public static final Duration DEFAULT_ARTICLE_BUDGET = HeadwaterSettings.DEFAULTS.articleBudget("headwater.article-budget");

    private Headwater(GraphConnection graph, Path reuseIndex, Duration articleBudget) {
        this.graph = graph;
        this.reuseIndex = reuseIndex;
        this.articleBudget = articleBudget;
        this.writer = new ArticleGraphWriter(graph.driver(), graph.database(), graph.embeddedDatabase());
        this.reader = new ArticleGraphReader(graph.driver(), graph.database());
        this.writeStep = new ArticleWriteStep(reader, writer, (reading, id) -> analyzer().republish(reading, id));
        // Lookups read the embedded database in process when it is here, through the driver otherwise (ReadStatements).
        this.tracer = new ProvenanceTracer(graph.driver(), graph.database(), graph.embeddedDatabase());
        this.lookups = new GraphLookups(graph.driver(), graph.database(), graph.embeddedDatabase());
        this.claims = new ClaimSearch(tracer, ReuseSettings.standard(), this::claimCandidates);
    }

    /** Opens the graph as {@code settings} say (starting the embedded database if needed). */
    public static Headwater open(GraphSettings settings) {
        return over(GraphConnection.open(settings));
    }

    /**
     * Opens the graph as {@code settings} say, with the text reuse index in {@code reuseIndex} (null: the
     * default, see {@link HeadwaterSettings#defaultReuseIndex}).
     */
    public static Headwater open(GraphSettings settings, Path reuseIndex) {
        return over(GraphConnection.open(settings), reuseIndex);
    }

    /** A facade over an open connection, which it then owns; the reuse index in its default place. */
    public static Headwater over(GraphConnection graph) {
        return over(graph, null);
    }

    /**
     * A facade over an open connection, which it then owns, with the reuse index in {@code reuseIndex} (null: default).
     * The NLP models load on the first ingest or analysis, not before: commands that only read never wait for them.
     */
    public static Headwater over(GraphConnection graph, Path reuseIndex) {
        return over(graph, reuseIndex, DEFAULT_ARTICLE_BUDGET);
    }

    /**
     * A facade over an open connection, which it then owns, with the reuse index in {@code reuseIndex} (null: default)
     * and {@code articleBudget} as the time one article may take in {@link #ingest(RawDocument, ArticleMetadata)}.
     */
    public static Headwater over(GraphConnection graph, Path reuseIndex, Duration articleBudget) {
        return new Headwater(graph, reuseIndex == null ? HeadwaterSettings.defaultReuseIndex(graph) : reuseIndex, articleBudget);
    }

    /** Opens the graph as {@code settings} say, with the reuse index in {@code reuseIndex} (null: default) and an article budget. */
    public static Headwater open(GraphSettings settings, Path reuseIndex, Duration articleBudget) {
        return over(GraphConnection.open(settings), reuseIndex, articleBudget);
    }

    /** The analyser, built on first use (under its own lock: ingests analyse in parallel, outside the facade's). */
    private Analyzer analyzer() {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (analyzerLock) {
                if (analyzer == null) {
                    LOG.info("loading the NLP models and the gazetteer (once per run)...");
                    analyzer = Analyzer.standard();
                }
                a = analyzer;
            }
        }
        return a;
    }

    /**
     * What ingesting one document did.
     *
     * @param reusePairs reuse pairs found with earlier articles (0 when the article was already there)
     * @param filledIn   what the article in the graph lacked and this reading gave ("outlet", "url",
     *                   "published"); empty for a new article
     */
    public record IngestResult(String id, String headline, boolean created, int attributions, int links, int reusePairs,
                               List<String> filledIn) {

        public IngestResult {
            filledIn = List.copyOf(filledIn);
        }
    }

    /**
     * Reads, analyses and writes one document in one transaction. An article is one publication of a
     * text: a reading that its address or outlet does not tell apart from a publication of the same text
     * in the graph is that publication, which is not written again but gets what it lacked (outlet, url,
     * date); another outlet's copy of the text is a new article. Before writing, the article is compared
     * with every earlier one through the reuse index; its reuse pairs and quote variants go into the same
     * transaction, and the article enters the index once the transaction has committed.
     *
     * @throws InvalidArticleException when the document is not a readable article, or took longer than the
     *                                 article budget ({@link io.headwater.ingest.ArticleBudgetExceededException})
     */
    public IngestResult ingest(RawDocument document, ArticleMetadata given) {
        return ingest(document, given, Deadline.after(articleBudget));
    }

    /**
     * As {@link #ingest(RawDocument, ArticleMetadata)}, within {@code deadline}: once it has passed, the stage
     * running stops with {@link io.headwater.ingest.ArticleBudgetExceededException} and the graph and the reuse
     * index stay as they were.
     */
    public IngestResult ingest(RawDocument document, ArticleMetadata given, Deadline deadline) {
        return ingestAnalysed(analyse(document, given, deadline), deadline);
    }

    /**
     * Has the database plan the statements ingest runs, so that the first article written does not wait for them
     * (seconds in a fresh JVM); {@link IngestPipeline} calls it in the background as it starts.
     */
    public void prepareIngest() {
        writer.prepare(reader);
    }

    /**
     * The first half of {@link #ingest(RawDocument, ArticleMetadata, Deadline)}: reads, extracts and resolves
     * without touching the graph or the reuse index. Thread-safe: {@link IngestPipeline} runs it on every core.
     */
    public ResolvedArticle analyse(RawDocument document, ArticleMetadata given, Deadline deadline) {
        return analyzer().analyse(document, given, deadline);
    }

    /**
     * The second half of {@link #ingest(RawDocument, ArticleMetadata, Deadline)}: compares the analysed article
     * with every earlier one, writes it in one transaction and adds it to the reuse index. One article at a time,
     * in the order the callers arrive: two articles ingested together must see each other.
     */
    IngestResult ingestAnalysed(ResolvedArticle analysed, Deadline deadline) {
        synchronized (this) {
            return writeStep.write(analysed, deadline, this::reuse);
        }
    }

    /**
     * As {@link #ingestAnalysed(ResolvedArticle, Deadline)} for consecutive articles, several to a transaction when they
     * can share one (each still all or nothing: a batch that fails is written again one article per transaction); says
     * what became of each, in order.
     */
    List<ArticleWriteStep.Written> ingestAnalysed(List<ArticleWriteStep.Pending> batch) {
        synchronized (this) {
            return writeStep.write(batch, this::reuse);
        }
    }

    /**
     * The reuse detector, opening its index on first use (commands that only read never lock it) and
     * bringing it in step with the graph, which a process that died may have left it behind.
     */
    public synchronized ReuseDetector reuse() {
        if (reuse == null) {
            reuse = ReuseDetector.open(reuseIndex, ReuseSettings.standard());
            reconciliation = ReuseIndexReconciler.reconcile(reader, reuse);
        }
        return reuse;
    }

    /** Opens the reuse index now (as {@link #reuse()} does) and says what bringing it in step with the graph changed. */
    public synchronized ReuseIndexReconciler.Reconciliation reconcileReuseIndex() {
        reuse();
        return reconciliation;
    }

    /** Where the reuse index lives. */
    public Path reuseIndex() {
        return reuseIndex;
    }

    /** Analyses a document without touching the graph. */
    public ResolvedArticle analyse(RawDocument document, ArticleMetadata given) {
        return analyzer().analyse(document, given);
    }

    /** Provenance queries. */
    public ProvenanceTracer tracer() {
        return tracer;
    }

    /** Lookups by key, name and text. */
    public GraphLookups lookups() {
        return lookups;
    }

    /** Claim search: the articles that carry a sentence or passage, earliest first, with their chains. */
    public ClaimSearch claims() {
        return claims;
    }

    /** The passage index's look-up for claim search, under the lock ingest holds: the index is not thread-safe. */
    private synchronized List<PassageIndex.Candidate> claimCandidates(long[] fingerprints, int maxDf, int limit) {
        // Boilerplate detection is off: a claim that many unrelated articles carry is what the search is for.
        return reuse().index().candidates(fingerprints, null, 1, maxDf, Integer.MAX_VALUE, limit).candidates();
    }

    /**
     * Corrects an article's outlet, url and published date to the non-null values of {@code change},
     * without deleting it: the article keeps its id, quotes and links; a new outlet becomes the one it is
     * published by (resolved as ingest resolves it), and the reuse index takes the new outlet and date.
     *
     * @return the corrected article, or empty when there is no article with this id
     * @throws PublicationConflictException when another publication of the same text already has that
     *                                      address (or, without addresses, that outlet)
     */
    public synchronized Optional<ArticleSummary> correct(String articleId, ArticleMetadata change) {
        Optional<Publication> found = reader.publication(articleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Publication current = found.get();
        String outlet = change.outlet() != null ? change.outlet() : current.outlet();
        String url = change.url() != null ? change.url() : current.url();
        Entity publisher = change.outlet() != null || change.url() != null ? analyzer().outletOf(outlet, url) : null;
        Entity moved = publisher != null && !publisher.key().equals(current.outletKey()) ? publisher : null;
        Publication corrected = new Publication(articleId, current.contentHash(), outlet,
                moved != null ? moved.key() : current.outletKey(), url, change.published() != null ? change.published() : current.published());
        for (Publication other : reader.publications(current.contentHash())) {
            if (!other.id().equals(articleId) && corrected.indistinguishableFrom(other)) {
                throw new PublicationConflictException("article " + other.id() + " is already that publication of this text ("
                        + (corrected.url() != null ? "same address" : "same outlet") + "): correct or delete that one instead");
            }
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("outlet", change.outlet());
        properties.put("url", change.url());
        properties.put("published", change.published());
        properties.values().removeIf(java.util.Objects::isNull);
        writer.publish(articleId, properties, moved);
        reader.indexedArticle(articleId).ifPresent(reuse()::add);
        reuse().commit();
        return tracer.article(articleId);
    }

    /** Deletes an article and what only it held up; false when there was no such article. */
    public synchronized boolean delete(String articleId) {
        boolean deleted = writer.delete(articleId);
        if (deleted || reuse != null || Files.isDirectory(reuseIndex)) {
            reuse().delete(articleId);
            reuse().commit();
        }
        return deleted;
    }

    /** The graph connection. */
    public GraphConnection graph() {
        return graph;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (reuse != null) {
                reuse.close();
                reuse = null;
            }
        }
        graph.close();
    }

    /**
     * The pipeline without the graph: read, extract, resolve. Heavy to build (it loads the NLP models
     * and the gazetteer), cheap and thread-safe to use.
     */
    public static final class Analyzer {

        private final ArticleReaders readers;
        private final AttributionExtractor extractor;
        private final CreditFinder credits;
        private final ArticleResolver resolver;

        public Analyzer(ArticleReaders readers, AttributionExtractor extractor, CreditFinder credits, ArticleResolver resolver) {
            this.readers = readers;
            this.extractor = extractor;
            this.credits = credits;
            this.resolver = resolver;
        }

        /** The shipped readers (HTML and plain text), extractor, credit rules and gazetteer. */
        public static Analyzer standard() {
            return new Analyzer(ArticleReaders.defaults(), AttributionExtractor.standard(),
                    new CreditFinder(), new ArticleResolver(Gazetteer.standard()));
        }

        /** Reads and analyses one document. */
        public ResolvedArticle analyse(RawDocument document, ArticleMetadata given) {
            return analyse(document, given, Deadline.unlimited());
        }

        /**
         * Reads and analyses one document within {@code deadline}.
         *
         * @throws io.headwater.ingest.ArticleBudgetExceededException once the deadline has passed
         */
        public ResolvedArticle analyse(RawDocument document, ArticleMetadata given, Deadline deadline) {
            deadline.enter("read");
            Article article = readers.read(document, given);
            deadline.enter("extract");
            AttributionExtractor.Analysis analysis = extractor.analyze(article, deadline);
            deadline.enter("credits");
            List<Credit> found = credits.find(article);
            deadline.enter("resolve");
            return resolver.resolve(article, analysis.attributions(), found, analysis.sentences(), deadline);
        }

        /** The outlet an article with this outlet name and address is published by, as ingest resolves it; null when neither tells. */
        public Entity outletOf(String outlet, String url) {
            Article probe = new Article("a-outlet", "", null, null, outlet, null, null, url, null, "", List.of(), List.of(),
                    List.of(), null);
            return resolver.resolve(probe, List.of(), List.of()).outlet();
        }

        /**
         * The same reading as another publication of its text, under {@code id}: resolved again, so that its
         * quotes and the entities scoped to it are its own.
         */
        public ResolvedArticle republish(ResolvedArticle reading, String id) {
            return resolver.resolve(reading.article().withId(id), reading.attributions(), reading.credits());
        }

        /** The attribution extractor. */
        public AttributionExtractor extractor() {
            return extractor;
        }
    }
}
