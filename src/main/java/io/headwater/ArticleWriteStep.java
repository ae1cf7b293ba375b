package io.headwater;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import io.headwater.core.Relation;
import io.headwater.graph.ArticleGraphReader;
import io.headwater.graph.ArticleGraphWriter;
import io.headwater.graph.Publication;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.InvalidArticleException;
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
 * written and added to the index. The reads ({@link ArticleGraphReader}) come before the write
 * ({@link ArticleGraphWriter}) and only shape it: the article is written whole or not at all.
 * <p>
 * Several consecutive articles may go in one write transaction ({@link #write(List, Supplier)}), so that they share
 * its commit and its session: each article's reads run inside that transaction, so it sees the earlier articles of
 * its batch as it would have seen them committed, and each enters the reuse index as soon as it is written, so the
 * next is compared with it. When a batch does not commit, its articles leave the index again and are written once
 * more, each in a transaction of its own: a bad article fails alone, with its own error, and the others land. Not
 * thread-safe: the facade runs it under its lock, one batch at a time.
 */
final class ArticleWriteStep {

    /** An analysed article waiting for its write, with the deadline its analysis started. */
    record Pending(ResolvedArticle analysed, Deadline deadline) {
    }

    /**
     * What became of one pending article: its result, or the error that refused it (nothing of it was written), or a
     * fault (not the article's: the graph or the index failed) that ends the run; after a fault no article is tried.
     */
    record Written(Headwater.@Nullable IngestResult result, @Nullable InvalidArticleException refused,
                   @Nullable RuntimeException fault) {
    }

    /** One article as its batch's transaction left it: what to tell, and what to do once the transaction committed. */
    private record Step(Deadline deadline, Headwater.IngestResult result, Runnable afterCommit, boolean endsBatch) {
    }

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
     * Settles, compares, writes and indexes one analysed article in a transaction of its own; the caller holds the lock
     * that keeps the reuse index and the graph in step (one article at a time).
     *
     * @throws InvalidArticleException when the article cannot be written (nothing of it was)
     */
    Headwater.IngestResult write(ResolvedArticle analysed, Deadline deadline, Supplier<ReuseDetector> reuse) {
        List<Written> out = new ArrayList<>();
        inOneTransaction(List.of(new Pending(analysed, deadline)), reuse.get(), out, new int[1]);
        return out.get(0).result();
    }

    /**
     * Writes {@code batch} in input order, as many consecutive articles per transaction as can go together (an article
     * already in the graph goes first in a transaction, and one whose reading changes it ends its transaction), and
     * says what became of each, in the same order. The caller holds the lock that keeps the index and the graph in step.
     */
    List<Written> write(List<Pending> batch, Supplier<ReuseDetector> reuse) {
        ReuseDetector detector = reuse.get();
        List<Written> out = new ArrayList<>();
        int done = 0;
        while (done < batch.size()) {
            List<Pending> rest = batch.subList(done, batch.size());
            if (rest.size() == 1) {
                alone(rest.get(0), detector, out);
                return out;
            }
            int[] reached = new int[1];
            try {
                done += inOneTransaction(rest, detector, out, reached);
            } catch (RuntimeException e) {
                // The batch did not commit: its articles again, each alone, so the one at fault fails by itself.
                for (Pending p : rest.subList(0, Math.max(1, reached[0]))) {
                    if (!alone(p, detector, out)) {
                        return out;
                    }
                    done++;
                }
            }
        }
        return out;
    }

    /** Writes one article in its own transaction and tells what became of it; false after a fault. */
    private boolean alone(Pending p, ReuseDetector detector, List<Written> out) {
        try {
            inOneTransaction(List.of(p), detector, out, new int[1]);
            return true;
        } catch (InvalidArticleException e) {
            out.add(new Written(null, e, null));
            return true;
        } catch (RuntimeException e) {
            out.add(new Written(null, null, e));
            return false;
        }
    }

    /**
     * Writes the first articles of {@code pending} in one transaction, up to the end of the list or the first that
     * cannot go with the others, adds their results to {@code out} once it committed, and returns how many it wrote.
     * {@code reached[0]} tells how many articles the transaction got to, the failing one included. Throws what failed,
     * having taken the transaction's articles out of the reuse index again.
     */
    private int inOneTransaction(List<Pending> pending, ReuseDetector detector, List<Written> out, int[] reached) {
        List<String> indexed = new ArrayList<>();
        List<Step> steps;
        try {
            steps = writer.inTransaction(pending.stream().map(Pending::deadline).toList(), tx -> {
                // The driver runs this again after a transient error: from the index as it was before the first run.
                unindex(indexed, detector);
                List<Step> written = new ArrayList<>();
                for (int k = 0; k < pending.size(); k++) {
                    reached[0] = Math.max(reached[0], k + 1);
                    Step s = step(tx, pending.get(k), detector, k == 0, indexed);
                    if (s == null) {
                        break;
                    }
                    if (pending.size() > 1) {
                        // Its own statements have run: from here it waits for the later articles of its batch.
                        s.deadline().enter("batch");
                    }
                    written.add(s);
                    if (s.endsBatch()) {
                        break;
                    }
                }
                // An article past its budget is not committed, even when it was written before the budget ran out.
                for (Step s : written) {
                    s.deadline().check();
                }
                for (Step s : written) {
                    s.deadline().enter("commit");
                }
                return written;
            });
        } catch (RuntimeException e) {
            unindex(indexed, detector);
            throw e;
        }
        for (Step s : steps) {
            s.deadline().enter("index");
            s.afterCommit().run();
            s.deadline().enter("done");
            out.add(new Written(s.result(), null, null));
        }
        if (!steps.isEmpty()) {
            Deadline last = steps.get(steps.size() - 1).deadline();
            last.enter("index");
            detector.index().commitIfOlderThan(5);
            last.enter("done");
        }
        return steps.size();
    }

    private static void unindex(List<String> ids, ReuseDetector detector) {
        ids.forEach(detector::delete);
        ids.clear();
    }

    /**
     * One article inside its batch's transaction: settled, told apart, compared, written and indexed (its id noted in
     * {@code indexed}); null when it is already in the graph but not {@code first}: it starts the next transaction.
     */
    private @Nullable Step step(TransactionContext tx, Pending p, ReuseDetector detector, boolean first, List<String> indexed) {
        Deadline deadline = p.deadline();
        deadline.enter("settle");
        // A report the article cites may be one an earlier article cited: they meet on one node.
        ResolvedArticle resolved = ReportIdentity.settle(p.analysed(), (author, line) -> reader.reportsBy(tx, author, line));
        deadline.enter("publications");
        Publication reading = Publication.of(resolved);
        List<Publication> publications = reader.publications(tx, reading.contentHash());
        Optional<Publication> same = reading.sameAsOneOf(publications);
        if (same.isPresent()) {
            return first ? alreadyThere(tx, same.get(), resolved, detector, deadline) : null;
        }
        deadline.enter("reuse");
        String id = reading.newId(publications);
        if (!id.equals(resolved.article().id())) {
            resolved = republish.apply(resolved, id);
        }
        IndexedArticle article = IndexedArticle.of(resolved);
        List<ReusePair> pairs = detector.detect(article).pairs();
        deadline.enter("quotes");
        List<QuoteVariant> found = quoteVariants(tx, resolved, pairs);
        deadline.enter("write");
        ArticleGraphWriter.Result r = writer.write(tx, resolved, pairs, found, deadline);
        Headwater.IngestResult result = new Headwater.IngestResult(r.id(), resolved.article().headline(), r.created(),
                resolved.attributions().size(), resolved.links().size(), r.created() ? pairs.size() : 0, List.of());
        if (!r.created()) {
            // The id was in the graph under another text: the index takes this reading once that is settled, as before.
            return new Step(deadline, result, () -> detector.add(article), true);
        }
        detector.add(article);
        indexed.add(article.id());
        return new Step(deadline, result, () -> { }, false);
    }

    private Step alreadyThere(TransactionContext tx, Publication inGraph, ResolvedArticle reading, ReuseDetector detector,
                              Deadline deadline) {
        List<String> filled = writer.fillIn(tx, inGraph, reading);
        Headwater.IngestResult result = new Headwater.IngestResult(inGraph.id(), reading.article().headline(), false,
                reading.attributions().size(), reading.links().size(), 0, filled);
        if (filled.isEmpty() && detector.contains(inGraph.id())) {
            return new Step(deadline, result, () -> { }, false);
        }
        // The index classifies later pairs by outlet and date: it takes the new ones (and the article, if it had lost it)
        // once they are committed, before the next article is compared.
        return new Step(deadline, result, () -> reader.indexedArticle(inGraph.id()).ifPresent(detector::add), true);
    }

    private List<QuoteVariant> quoteVariants(TransactionContext tx, ResolvedArticle resolved, List<ReusePair> pairs) {
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
        return variants.find(fresh, reader.quotesToCompare(tx, id, sources, partners));
    }

}
