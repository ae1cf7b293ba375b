package io.headwater;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;
import io.headwater.resolve.ResolvedArticle;

/**
 * Ingest of many documents on every core: reading, extraction and resolution run on a pool of worker threads,
 * while reuse detection and the graph write run on the caller's thread, one article at a time, in the order the
 * documents were submitted. So every article is still compared with all earlier ones, each is still all or nothing
 * (a failing article leaves the graph and the reuse index as they were), and the outcomes reach the {@link Outcomes}
 * in submission order, each once its article is committed: a command's output lines keep the order of its inputs.
 * Consecutive articles whose analysis is done share one write transaction (up to {@link #BATCH_ARTICLES}); a batch
 * that fails is written again one article per transaction, so only the bad one fails.
 * <p>
 * At most {@code window} documents are in flight; {@link #submit} waits for the oldest to be written before taking
 * more, so memory stays flat however long the run. Not thread-safe: one caller submits.
 * <pre>{@code
 * try (IngestPipeline pipeline = new IngestPipeline(hw, 4, Headwater.DEFAULT_ARTICLE_BUDGET, outcomes)) {
 *     for (RawDocument d : documents) {
 *         pipeline.submit(d, ArticleMetadata.NONE);
 *     }
 *     pipeline.finish();
 * }
 * }</pre>
 */
public final class IngestPipeline implements AutoCloseable {

    /** What became of each document, told in submission order on the submitting thread. */
    public interface Outcomes {

        /** The document was ingested (or found already there); {@code deadline} holds its stage times. */
        void ingested(RawDocument document, Headwater.IngestResult result, Deadline deadline);

        /** The document was refused (not an article, or over its budget); nothing of it was written. */
        void failed(RawDocument document, InvalidArticleException error, Deadline deadline);
    }

    /** One document on its way (its analysis, running or done), or a note to tell in its turn. */
    private record InFlight(RawDocument document, Future<Analysed> analysis, Runnable note) {
    }

    /** What a worker made of a document: the resolved article, or the error that refused it, and its clock. */
    private record Analysed(ResolvedArticle resolved, InvalidArticleException refused, Deadline deadline) {
    }

    private final Headwater headwater;
    private final Function<RawDocument, Deadline> deadlines;
    private final Outcomes outcomes;
    private final ExecutorService workers;
    private final int window;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    /**
     * The most articles one write transaction takes: they share its commit and its session (see docs/performance.md,
     * "Third round"); a bound so that a batch that fails and is written again article by article costs little.
     */
    static final int BATCH_ARTICLES = 16;

    /** The most characters of article text one write transaction takes: a few long articles make a batch alone. */
    static final long BATCH_CHARS = 1_000_000;

    /**
     * A pipeline into {@code headwater} with {@code threads} analysis workers (at least one), each article given
     * {@code articleBudget} from the start of its analysis to the end of its write.
     */
    public IngestPipeline(Headwater headwater, int threads, Duration articleBudget, Outcomes outcomes) {
        this(headwater, threads, document -> Deadline.after(articleBudget), outcomes);
    }

    /** A pipeline whose documents each get the deadline {@code deadlines} makes for them when their analysis starts. */
    IngestPipeline(Headwater headwater, int threads, Function<RawDocument, Deadline> deadlines, Outcomes outcomes) {
        if (threads < 1) {
            throw new IllegalArgumentException("the ingest pipeline needs at least one thread (got " + threads + ")");
        }
        this.headwater = headwater;
        this.deadlines = deadlines;
        this.outcomes = outcomes;
        this.workers = Executors.newFixedThreadPool(threads, workerThreads());
        // The database plans the write statements while the workers analyse the first documents (and load the models).
        Thread planning = new Thread(() -> {
            try {
                headwater.prepareIngest();
            } catch (RuntimeException e) {
                // Only a head start: a graph that cannot plan cannot write either, and the first write says why.
            }
        }, "ingest-planning");
        planning.setDaemon(true);
        planning.start();
        // Two per worker, so that each has its next document ready while the writer takes the one before, and a
        // batch's worth more, so that analysed articles can pile up for the next batch while one is written.
        this.window = 2 * threads + BATCH_ARTICLES;
    }

    /** One analysis thread per core the JVM sees. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Hands {@code document} to the workers; when the window is full, first writes the oldest document in flight
     * (on this thread) and tells its outcome.
     */
    public void submit(RawDocument document, ArticleMetadata given) {
        while (inFlight.size() >= window) {
            writeOldest();
        }
        Future<Analysed> analysis = workers.submit(() -> {
            // The budget starts with the analysis, not on submission: the time waiting for a worker is not the article's.
            Deadline deadline = deadlines.apply(document);
            try {
                ResolvedArticle resolved = headwater.analyse(document, given, deadline);
                deadline.enter("queued");
                return new Analysed(resolved, null, deadline);
            } catch (InvalidArticleException e) {
                return new Analysed(null, e, deadline);
            }
        });
        inFlight.addLast(new InFlight(document, analysis, null));
    }

    /**
     * Runs {@code note} once every document submitted before it has been written and told: an input that could not
     * be read at all is reported in its place among the others.
     */
    public void inOrder(Runnable note) {
        if (inFlight.isEmpty()) {
            note.run();
        } else {
            inFlight.addLast(new InFlight(null, null, note));
        }
    }

    /** Writes every document still in flight, in order; call once the last one was submitted. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            writeOldest();
        }
    }

    /**
     * Writes the oldest document in flight together with those after it whose analysis is already done (up to
     * {@link #BATCH_ARTICLES} articles and {@link #BATCH_CHARS} characters of text), several to a transaction, then
     * tells their outcomes in order: each line only once its article is committed.
     */
    private void writeOldest() {
        List<InFlight> batch = new ArrayList<>();
        List<Analysed> analysed = new ArrayList<>();
        InFlight first = inFlight.removeFirst();
        batch.add(first);
        analysed.add(first.note() == null ? await(first) : null);
        int articles = 1;
        long chars = first.note() == null && analysed.get(0).resolved() != null
                ? analysed.get(0).resolved().article().text().length() : 0;
        while (!inFlight.isEmpty() && articles < BATCH_ARTICLES && chars < BATCH_CHARS) {
            InFlight next = inFlight.peekFirst();
            Analysed a = null;
            if (next.note() == null) {
                a = doneAnalysis(next);
                if (a == null) {
                    // Not ready yet (or failed, which its own turn reports): the batch does not wait for it.
                    break;
                }
                articles++;
                chars += a.resolved() == null ? 0 : a.resolved().article().text().length();
            }
            batch.add(inFlight.removeFirst());
            analysed.add(a);
        }
        List<ArticleWriteStep.Pending> pending = new ArrayList<>();
        for (Analysed a : analysed) {
            if (a != null && a.resolved() != null) {
                pending.add(new ArticleWriteStep.Pending(a.resolved(), a.deadline()));
            }
        }
        Iterator<ArticleWriteStep.Written> written = (pending.isEmpty() ? List.<ArticleWriteStep.Written>of()
                : headwater.ingestAnalysed(pending)).iterator();
        for (int i = 0; i < batch.size(); i++) {
            InFlight item = batch.get(i);
            Analysed a = analysed.get(i);
            if (item.note() != null) {
                item.note().run();
            } else if (a.refused() != null) {
                outcomes.failed(item.document(), a.refused(), a.deadline());
            } else {
                ArticleWriteStep.Written w = written.next();
                if (w.fault() != null) {
                    // Not the article's fault (the graph or the index failed): it ends the run as it would in one thread.
                    throw w.fault();
                }
                if (w.refused() != null) {
                    outcomes.failed(item.document(), w.refused(), a.deadline());
                } else {
                    outcomes.ingested(item.document(), w.result(), a.deadline());
                }
            }
        }
    }

    /** The analysis of {@code next}, waiting for it. */
    private static Analysed await(InFlight next) {
        try {
            return next.analysis().get();
        } catch (ExecutionException e) {
            // Not a refusal but a fault (a bug, out of memory): it ends the run as it would have in one thread.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException("analysing " + next.document().origin() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting " + next.document().origin(), e);
        }
    }

    /** The analysis of {@code next} if it is done and did not fail; null otherwise (never waits). */
    private static @Nullable Analysed doneAnalysis(InFlight next) {
        if (!next.analysis().isDone()) {
            return null;
        }
        try {
            return next.analysis().get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ingest-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
