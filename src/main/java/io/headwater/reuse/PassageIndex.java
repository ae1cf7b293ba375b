package io.headwater.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The persistent, incremental index of every article's winnowed n-gram fingerprints, with the text and
 * facts reuse classification needs. It lives in a Lucene index on disk (one document per article, one
 * term per fingerprint), so a restart reopens it instead of rebuilding it; articles added since the last
 * reader refresh sit in a small in-memory tier that is searched too, so each new article is compared with
 * every earlier one without reopening Lucene per article. Not thread-safe: callers serialise.
 *
 * <p>Why one class of this size: the Lucene writer, its reader, the in-memory tier and the refresh between
 * them are one piece of state; candidate search, adding and deleting all have to see it consistently.
 */
public final class PassageIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String FP = "fp";
    private static final String FP_COUNT = "nfp";
    private static final String OUTLET = "outlet";
    private static final String PUBLISHED = "published";
    private static final String UPSTREAM = "upstream";
    private static final String AGENCY = "agency";
    private static final String TEXT = "text";

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final int refreshEvery;
    private DirectoryReader reader;
    private final List<IndexedArticle> recent = new ArrayList<>();
    private final Map<Long, List<Integer>> recentPostings = new HashMap<>();
    private final Map<String, Integer> recentIds = new HashMap<>();
    private final List<Integer> recentSizes = new ArrayList<>();
    private long lastCommit = System.nanoTime();
    private final Map<IndexReader.CacheKey, FingerprintFilter> filters = new java.util.concurrent.ConcurrentHashMap<>();

    private PassageIndex(Path dir, FSDirectory directory, IndexWriter writer, int refreshEvery) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.refreshEvery = refreshEvery;
        this.reader = DirectoryReader.open(writer);
    }

    /**
     * Opens the index in {@code dir}, creating it when absent.
     *
     * @param refreshEvery how many added articles the in-memory tier holds before Lucene's reader is reopened
     * @throws ReuseIndexUnavailableException when another process holds the index or it cannot be read
     */
    public static PassageIndex open(Path dir, int refreshEvery) {
        try {
            Files.createDirectories(dir);
            FSDirectory directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64)
                    // Twice Lucene's default segments per tier: each article is rewritten by fewer merges, and the
                    // extra segments cost lookups little because their fingerprint filters skip them.
                    .setMergePolicy(new TieredMergePolicy().setSegmentsPerTier(20));
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new ReuseIndexUnavailableException("the reuse index in " + dir + " is in use by another Headwater process;"
                        + " stop it, or give this one another directory with --reuse-index", e);
            }
            return new PassageIndex(dir, directory, writer, refreshEvery);
        } catch (IOException e) {
            throw new ReuseIndexUnavailableException("cannot open the reuse index in " + dir + ": " + e.getMessage()
                    + " (delete the directory to rebuild it by ingesting again)", e);
        }
    }

    /** Where the index lives. */
    public Path directory() {
        return dir;
    }

    /** An earlier article sharing at least one fingerprint with a new one. */
    public record Candidate(IndexedArticle article, int anchors) {
    }

    /** What a look-up found: candidates (most shared fingerprints first) and the fingerprints too common to anchor. */
    public record Lookup(List<Candidate> candidates, Set<Long> common) {
    }

    /**
     * Earlier articles sharing at least {@code minAnchors} of {@code fingerprints}, ignoring the article
     * {@code excludeId}; at most {@code limit}. Fingerprints found in more than {@code maxDf} articles, or in
     * {@code boilerplateDf} or more articles that share little else with the new one, are common: stock
     * phrases and boilerplate, never anchors.
     */
    public Lookup candidates(long[] fingerprints, String excludeId, int minAnchors, int maxDf, int boilerplateDf, int limit) {
        try {
            Set<Long> common = new HashSet<>();
            List<LeafReaderContext> leaves = reader.leaves();
            TermsEnum[] enums = new TermsEnum[leaves.size()];
            FingerprintFilter[] filters = new FingerprintFilter[leaves.size()];
            for (int l = 0; l < leaves.size(); l++) {
                Terms terms = leaves.get(l).reader().terms(FP);
                enums[l] = terms == null ? null : terms.iterator();
                filters[l] = terms == null ? null : filter(leaves.get(l), terms);
            }
            BytesRef term = new BytesRef(new byte[8]);
            int[] found = new int[maxDf + 1];
            PostingsEnum postings = null;
            List<long[]> kept = new ArrayList<>();
            List<int[]> docsOf = new ArrayList<>();
            Map<Integer, Integer> counts = new HashMap<>();
            for (long fp : fingerprints) {
                encode(fp, term.bytes);
                int n = 0;
                boolean tooMany = false;
                List<Integer> inRecent = recentPostings.get(fp);
                if (inRecent != null) {
                    for (int r : inRecent) {
                        if (n == found.length) {
                            tooMany = true;
                            break;
                        }
                        found[n++] = -1 - r;
                    }
                }
                for (int l = 0; l < leaves.size() && !tooMany; l++) {
                    if (enums[l] == null || !filters[l].mightContain(fp) || !enums[l].seekExact(term)) {
                        continue;
                    }
                    if (n + enums[l].docFreq() > found.length) {
                        tooMany = true;
                        break;
                    }
                    LeafReaderContext leaf = leaves.get(l);
                    Bits live = leaf.reader().getLiveDocs();
                    postings = enums[l].postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live == null || live.get(d)) {
                            found[n++] = leaf.docBase + d;
                        }
                    }
                }
                if (tooMany) {
                    common.add(fp);
                    continue;
                }
                if (n > 0) {
                    int[] docs = Arrays.copyOf(found, n);
                    kept.add(new long[] {fp});
                    docsOf.add(docs);
                    for (int d : docs) {
                        counts.merge(d, 1, Integer::sum);
                    }
                }
            }
            // Articles sharing a fifth of the fingerprints of both are relatives (copies, versions); text the new
            // one shares with several articles that are not is boilerplate. Both sides count, so a short
            // article that is mostly footer does not make every article of its outlet a relative.
            Set<Integer> relatives = new HashSet<>();
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                int shared = e.getValue();
                if (shared >= Math.max(minAnchors, fingerprints.length / 5) && shared >= fingerprintCount(e.getKey(), leaves) / 5) {
                    relatives.add(e.getKey());
                }
            }
            for (int k = 0; k < kept.size(); k++) {
                int unrelated = 0;
                for (int d : docsOf.get(k)) {
                    unrelated += relatives.contains(d) ? 0 : 1;
                }
                if (unrelated >= boilerplateDf) {
                    common.add(kept.get(k)[0]);
                    for (int d : docsOf.get(k)) {
                        counts.merge(d, -1, Integer::sum);
                    }
                }
            }
            List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>();
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() >= minAnchors) {
                    ranked.add(e);
                }
            }
            ranked.sort((x, y) -> y.getValue() != x.getValue().intValue() ? y.getValue() - x.getValue() : x.getKey() - y.getKey());
            List<Candidate> out = new ArrayList<>();
            StoredFields stored = null;
            for (Map.Entry<Integer, Integer> e : ranked) {
                if (out.size() >= limit) {
                    break;
                }
                IndexedArticle a;
                if (e.getKey() < 0) {
                    a = recent.get(-1 - e.getKey());
                } else {
                    stored = stored == null ? reader.storedFields() : stored;
                    a = fromDocument(stored.document(e.getKey()));
                }
                if (!a.id().equals(excludeId)) {
                    out.add(new Candidate(a, e.getValue()));
                }
            }
            return new Lookup(out, common);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the reuse index in " + dir, e);
        }
    }

    /** The segment's fingerprint filter, built on first use and kept while the segment lives. */
    private FingerprintFilter filter(LeafReaderContext leaf, Terms terms) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return FingerprintFilter.of(terms);
        }
        IndexReader.CacheKey key = helper.getKey();
        FingerprintFilter f = filters.get(key);
        if (f == null) {
            f = FingerprintFilter.of(terms);
            filters.put(key, f);
            helper.addClosedListener(filters::remove);
        }
        return f;
    }

    /** How many fingerprints the document (global id; negative: the memory tier) was indexed with. */
    private int fingerprintCount(int doc, List<LeafReaderContext> leaves) throws IOException {
        if (doc < 0) {
            return recentSizes.get(-1 - doc);
        }
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues counts = leaf.reader().getNumericDocValues(FP_COUNT);
        return counts != null && counts.advanceExact(doc - leaf.docBase) ? (int) counts.longValue() : 0;
    }

    /** True when an article with this id is indexed. */
    public boolean contains(String id) {
        if (recentIds.containsKey(id)) {
            return true;
        }
        try {
            return new IndexSearcher(reader).count(new TermQuery(new Term(ID, id))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ids of every indexed article, in ascending order (of their UTF-8 bytes: for Headwater's ASCII ids,
     * {@code String} order). Reads the index as it is now and stays valid until it next changes: collect
     * what to add or delete before doing so.
     */
    public Iterator<String> ids() {
        refresh();
        try {
            Terms terms = MultiTerms.getTerms(reader, ID);
            if (terms == null) {
                return Collections.emptyIterator();
            }
            TermsEnum each = terms.iterator();
            Bits live = MultiBits.getLiveDocs(reader);
            return new Iterator<>() {
                private PostingsEnum postings;
                private String next = advance();

                private String advance() {
                    try {
                        for (BytesRef t = each.next(); t != null; t = each.next()) {
                            postings = each.postings(postings, PostingsEnum.NONE);
                            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                                if (live == null || live.get(d)) {
                                    return t.utf8ToString();
                                }
                            }
                        }
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException("reading the reuse index in " + dir, e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public String next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    String id = next;
                    next = advance();
                    return id;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("reading the reuse index in " + dir, e);
        }
    }

    /** Adds (or replaces) an article with its fingerprints. */
    public void add(IndexedArticle a, long[] fingerprints) {
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(FP_COUNT, fingerprints.length));
        for (long fp : fingerprints) {
            byte[] b = new byte[8];
            encode(fp, b);
            doc.add(new StringField(FP, new BytesRef(b), Field.Store.NO));
        }
        if (a.outlet() != null) {
            doc.add(new StoredField(OUTLET, a.outlet()));
        }
        if (a.published() != null) {
            doc.add(new StoredField(PUBLISHED, a.published()));
        }
        for (String u : a.upstreams()) {
            doc.add(new StoredField(UPSTREAM, u));
        }
        doc.add(new StoredField(AGENCY, a.agency() ? 1 : 0));
        doc.add(new StoredField(TEXT, a.text()));
        try {
            writer.updateDocument(new Term(ID, a.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the reuse index in " + dir, e);
        }
        Integer old = recentIds.get(a.id());
        if (old != null) {
            // Replaced before a refresh: refresh now rather than keep two versions in the memory tier.
            refresh();
        }
        int r = recent.size();
        recent.add(a);
        recentSizes.add(fingerprints.length);
        recentIds.put(a.id(), r);
        for (long fp : fingerprints) {
            recentPostings.computeIfAbsent(fp, k -> new ArrayList<>(2)).add(r);
        }
        if (recent.size() >= refreshEvery) {
            refresh();
        }
    }

    /** Removes the article with this id; true when there was one. */
    public boolean delete(String id) {
        boolean had = contains(id);
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
        return had;
    }

    /** Removes every article. */
    public void clear() {
        try {
            writer.deleteAll();
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    /** Articles indexed. */
    public int size() {
        refresh();
        return reader.numDocs();
    }

    /** Makes everything added visible to Lucene's reader and empties the in-memory tier. */
    public void refresh() {
        try {
            DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
            if (fresh != null) {
                reader.close();
                reader = fresh;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recent.clear();
        recentSizes.clear();
        recentPostings.clear();
        recentIds.clear();
    }

    /** Makes everything added durable. */
    public void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
            lastCommit = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException("committing the reuse index in " + dir, e);
        }
    }

    /** Commits when the last commit is older than {@code seconds}. */
    public void commitIfOlderThan(int seconds) {
        if (System.nanoTime() - lastCommit > seconds * 1_000_000_000L) {
            commit();
        }
    }

    /** Bytes the index takes on disk. */
    public long diskBytes() {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            commit();
            reader.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexedArticle fromDocument(Document d) {
        List<String> upstreams = new ArrayList<>();
        for (IndexableField f : d.getFields(UPSTREAM)) {
            upstreams.add(f.stringValue());
        }
        IndexableField agency = d.getField(AGENCY);
        return new IndexedArticle(d.get(ID), d.get(OUTLET), d.get(PUBLISHED), upstreams,
                agency != null && agency.numericValue().intValue() == 1, d.get(TEXT));
    }

    private static void encode(long v, byte[] b) {
        for (int k = 7; k >= 0; k--) {
            b[k] = (byte) v;
            v >>>= 8;
        }
    }
}
