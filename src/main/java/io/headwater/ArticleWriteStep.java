package io.headwater;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.headwater.core.Relation;
import io.headwater.graph.ArticleGraphReader;
import io.headwater.graph.ArticleGraphWriter;
import io.headwater.graph.Publication;
import io.headwater.ingest.Deadline;
import io.headwater.resolve.ReportIdentity;
import io.headwater.resolve.ResolvedArticle;
import io.headwater.reuse.IndexedArticle;
import io.headwater.reuse.QuoteVariant;
import io.headwater.reuse.QuoteVariantFinder;
import io.headwater.reuse.QuoteVariantFinder.QuoteText;
import io.headwater.reuse.ReuseDetector;
import io.headwater.reuse.ReusePair;

/**
 * The second half of ingest, after the analysis: the article's reports settled against those in the graph, the
 * article told apart from other publications of its text, compared with every earlier one through the reuse index,
 * written in one transaction and added to the index. The reads ({@link ArticleGraphReader}) come before the write
 * ({@link ArticleGraphWriter}) and only shape it: the article is written whole or not at all. Not thread-safe: the
 * facade runs it under its lock, one article at a time.
 */
final class ArticleWriteStep {

    private final ArticleGraphReader reader;
    private final ArticleGraphWriter writer;
    private final BiFunction<ResolvedArticle, String, ResolvedArticle> republish;
    private final QuoteVariantFinder variants = new QuoteVariantFinder();

    /** {@code republish} resolves a reading again under another id (see {@link Headwater.Analyzer#republish}). */
    ArticleWriteStep(ArticleGraphReader reader, ArticleGraphWriter writer,
                     BiFunction<ResolvedArticle, String, ResolvedArticle> republish) {
        this.reader = reader;
        this.writer = writer;
        this.republish = republish;
    }

    /**
     * Settles, compares, writes and indexes one analysed article; the caller holds the lock that keeps the reuse index
     * and the graph in step (one article at a time).
     */
    Headwater.IngestResult write(ResolvedArticle analysed, Deadline deadline, Supplier<ReuseDetector> reuse) {
        // A report the article cites may be one an earlier article cited: they meet on one node.
        ResolvedArticle resolved = ReportIdentity.settle(analysed, reader::reportsBy);
        deadline.enter("reuse");
        ReuseDetector detector = reuse.get();
        Publication reading = Publication.of(resolved);
        List<Publication> publications = reader.publications(reading.contentHash());
        Optional<Publication> same = reading.sameAsOneOf(publications);
        if (same.isPresent()) {
            return alreadyThere(same.get(), resolved, detector);
        }
        String id = reading.newId(publications);
        if (!id.equals(resolved.article().id())) {
            resolved = republish.apply(resolved, id);
        }
        IndexedArticle indexed = IndexedArticle.of(resolved);
        List<ReusePair> pairs = detector.detect(indexed).pairs();
        List<QuoteVariant> found = quoteVariants(resolved, pairs);
        deadline.enter("write");
        ArticleGraphWriter.Result r = writer.write(resolved, pairs, found, deadline);
        detector.add(indexed);
        detector.index().commitIfOlderThan(5);
        return new Headwater.IngestResult(r.id(), resolved.article().headline(), r.created(), resolved.attributions().size(),
                resolved.links().size(), r.created() ? pairs.size() : 0, List.of());
    }

    private Headwater.IngestResult alreadyThere(Publication inGraph, ResolvedArticle reading, ReuseDetector detector) {
        List<String> filled = writer.fillIn(inGraph, reading);
        if (!filled.isEmpty() || !detector.contains(inGraph.id())) {
            // The index classifies later pairs by outlet and date: it takes the new ones (and the article, if it had lost it).
            reader.indexedArticle(inGraph.id()).ifPresent(detector::add);
            detector.index().commitIfOlderThan(5);
        }
        return new Headwater.IngestResult(inGraph.id(), reading.article().headline(), false, reading.attributions().size(),
                reading.links().size(), 0, filled);
    }

    private List<QuoteVariant> quoteVariants(ResolvedArticle resolved, List<ReusePair> pairs) {
        if (resolved.quotes().isEmpty()) {
            return List.of();
        }
        Map<String, String> sourceOf = new HashMap<>();
        for (ResolvedArticle.Link l : resolved.links()) {
            if (l.type() == Relation.ATTRIBUTED_TO && l.fromEnd() == ResolvedArticle.End.QUOTE) {
                sourceOf.put(l.from(), l.to());
            }
        }
        String id = resolved.article().id();
        List<QuoteText> fresh = new ArrayList<>();
        for (ResolvedArticle.QuoteNode q : resolved.quotes()) {
            fresh.add(new QuoteText(q.key(), q.text(), id, sourceOf.get(q.key()), q.nestedIn() != null));
        }
        List<String> sources = sourceOf.values().stream().distinct().toList();
        List<String> partners = pairs.stream().map(p -> p.from().equals(id) ? p.to() : p.from()).distinct().toList();
        return variants.find(fresh, reader.quotesToCompare(id, sources, partners));
    }

}
