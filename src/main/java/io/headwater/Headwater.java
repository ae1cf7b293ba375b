package io.headwater;

import java.util.List;

import io.headwater.cli.HeadwaterCommand;
import io.headwater.extract.Attribution;
import io.headwater.extract.AttributionExtractor;
import io.headwater.extract.Credit;
import io.headwater.extract.CreditFinder;
import io.headwater.graph.ArticleGraphWriter;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;
import io.headwater.ingest.Article;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.ArticleReaders;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;
import io.headwater.resolve.ArticleResolver;
import io.headwater.resolve.Gazetteer;
import io.headwater.resolve.ResolvedArticle;
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

    private final GraphConnection graph;
    private final Analyzer analyzer;
    private final ArticleGraphWriter writer;
    private final ProvenanceTracer tracer;
    private final GraphLookups lookups;

    private Headwater(GraphConnection graph, Analyzer analyzer) {
        this.graph = graph;
        this.analyzer = analyzer;
        this.writer = new ArticleGraphWriter(graph.driver(), graph.database());
        this.tracer = new ProvenanceTracer(graph.driver(), graph.database());
        this.lookups = new GraphLookups(graph.driver(), graph.database());
    }

    /** Opens the graph as {@code settings} say (starting the embedded database if needed). */
    public static Headwater open(GraphSettings settings) {
        return over(GraphConnection.open(settings));
    }

    /** A facade over an open connection, which it then owns. */
    public static Headwater over(GraphConnection graph) {
        return new Headwater(graph, Analyzer.standard());
    }

    /** What ingesting one document did. */
    public record IngestResult(String id, String headline, boolean created, int attributions, int links) {
    }

    /**
     * Reads, analyses and writes one document in one transaction; an article already in the graph is
     * not written again.
     *
     * @throws InvalidArticleException when the document is not a readable article
     */
    public IngestResult ingest(RawDocument document, ArticleMetadata given) {
        ResolvedArticle resolved = analyzer.analyse(document, given);
        ArticleGraphWriter.Result r = writer.write(resolved);
        return new IngestResult(r.id(), resolved.article().headline(), r.created(), resolved.attributions().size(),
                resolved.links().size());
    }

    /** Analyses a document without touching the graph. */
    public ResolvedArticle analyse(RawDocument document, ArticleMetadata given) {
        return analyzer.analyse(document, given);
    }

    /** Provenance queries. */
    public ProvenanceTracer tracer() {
        return tracer;
    }

    /** Lookups by key, name and text. */
    public GraphLookups lookups() {
        return lookups;
    }

    /** Deletes an article and what only it held up; false when there was no such article. */
    public boolean delete(String articleId) {
        return writer.delete(articleId);
    }

    /** The graph connection. */
    public GraphConnection graph() {
        return graph;
    }

    @Override
    public void close() {
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
            Article article = readers.read(document, given);
            List<Attribution> attributions = extractor.analyze(article).attributions();
            List<Credit> found = credits.find(article);
            return resolver.resolve(article, attributions, found);
        }

        /** The attribution extractor. */
        public AttributionExtractor extractor() {
            return extractor;
        }
    }

    /** Runs the command line; {@code serve} when no command is given. */
    public static void main(String[] args) {
        System.exit(HeadwaterCommand.run(args));
    }
}
