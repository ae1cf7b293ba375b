package io.headwater.trace;

import static io.headwater.trace.ProvenanceTracer.lng;
import static io.headwater.trace.ProvenanceTracer.str;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.headwater.graph.CypherFile;
import io.headwater.reuse.Fingerprints;
import io.headwater.reuse.IndexedArticle;
import io.headwater.reuse.PassageAligner;
import io.headwater.reuse.PassageIndex;
import io.headwater.reuse.ReuseSettings;
import io.headwater.reuse.WordTokens;

/**
 * Claim search: given a sentence or a passage, every article that carries it or a close variant, earliest
 * first, each with how much of the claim it holds (and how its wording differs) and its chain to the primary
 * source. Two routes find carriers: the passage index (every 5-word n-gram of the claim is looked up among the
 * articles' winnowed fingerprints, and each article sharing one is aligned with the claim word by word, edits
 * allowed, as reuse detection aligns two articles), and the quote variants the graph holds (an article that
 * words differently a quote a carrier prints inside the claim carries it too, however much the wording moved).
 * <pre>{@code
 * ClaimMatches found = headwater.claims().find("According to a member state, DPRK cyberactors stole ...", 0, 20);
 * found.primarySources().get(0).name();   // the report the carriers' chains lead to
 * found.earliest().article().outlet();    // where it appeared first
 * }</pre>
 */
public final class ClaimSearch {

    /** Longest claim searched, in characters: a passage, not an article (the reuse view compares whole articles). */
    public static final int MAX_CHARS = 2_000;
    /** Most articles aligned with one claim: those sharing the most n-grams with it. */
    public static final int MAX_CANDIDATES = 1_000;
    /** An n-gram found in more articles than this is a stock phrase: it finds no carrier by itself. */
    static final int MAX_DF = 5_000;
    /** A carrier holds half the claim, or at least a sentence's worth of its words when the claim is long. */
    static final int SENTENCE_WORDS = 20;
    /** Most words of an article between two parts of the claim that still show as added words, not a gap. */
    static final int MAX_BRIDGE = 12;

    /**
     * The passage index as claim search reads it: articles sharing n-grams with a claim, most shared first.
     * The facade answers it under the lock ingest holds, because the index is not thread-safe.
     */
    @FunctionalInterface
    public interface PassageLookup {

        /** Indexed articles sharing at least one of {@code fingerprints}, ignoring those in more than {@code maxDf}. */
        List<PassageIndex.Candidate> candidates(long[] fingerprints, int maxDf, int limit);
    }

    private final ReadStatements reads;
    private final ProvenanceTracer tracer;
    private final ReuseSettings settings;
    private final PassageLookup index;
    private final Fingerprints fingerprints;
    private final CypherFile cypher = CypherFile.load("claims.cypher");

    /** Claim search reading the graph as {@code tracer} does, so that a page's chains come in the page's transaction. */
    public ClaimSearch(ProvenanceTracer tracer, ReuseSettings settings, PassageLookup index) {
        this.reads = tracer.reads();
        this.tracer = tracer;
        this.settings = settings;
        this.index = index;
        this.fingerprints = new Fingerprints(settings.gram(), settings.window());
    }

    /**
     * Fewest words a claim needs: the index keeps one n-gram of every window, so only a run this long is certain
     * to meet one.
     */
    public int minWords() {
        return settings.gram() + settings.window() - 1;
    }

    /**
     * Page {@code page} (from 0, {@code size} carriers) of the articles carrying {@code text}.
     *
     * @throws IllegalArgumentException when the text is too short or too long to search, with what to do instead
     */
    public ClaimMatches find(String text, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        String claim = text == null ? "" : text.strip();
        if (claim.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the claim has " + claim.length() + " characters; search at most " + MAX_CHARS
                    + " (one passage): for a whole article's copies, ingest it and read its reuse");
        }
        WordTokens words = WordTokens.of(claim);
        if (words.size() < minWords()) {
            throw new IllegalArgumentException("the claim has " + words.size() + " words; claim search needs at least "
                    + minWords() + " (a sentence): for a name or a few words, use full-text search (GET /api/search?q=...)");
        }
        List<PassageIndex.Candidate> found = index.candidates(distinct(fingerprints.grams(words)), MAX_DF, MAX_CANDIDATES + 1);
        boolean truncated = found.size() > MAX_CANDIDATES;
        PassageAligner aligner = new PassageAligner(Math.max(5, Math.min(settings.minWords(), (words.size() + 1) / 2)));
        Map<String, ClaimCarrier> carriers = new LinkedHashMap<>();
        for (PassageIndex.Candidate c : found.subList(0, Math.min(found.size(), MAX_CANDIDATES))) {
            ClaimCarrier carrier = align(words, aligner, c.article());
            if (carrier != null) {
                carriers.put(c.article().id(), carrier);
            }
        }
        // The graph's part of the page in one read transaction; on a retry it starts again from the aligned carriers.
        return reads.inOneTransaction(() -> page(claim, words, new LinkedHashMap<>(carriers), page, size, truncated));
    }

    /** Page {@code page} of the carriers aligned with the claim, with their quotes, facts, primary sources and chains. */
    private ClaimMatches page(String claim, WordTokens words, Map<String, ClaimCarrier> carriers, int page, int size,
                              boolean truncated) {
        addQuotesAndVariants(words, carriers);
        List<ClaimCarrier> ordered = withFacts(carriers);
        List<ClaimMatches.PrimarySource> sources = primarySources(ordered.stream().map(c -> c.article().id()).toList());
        int from = (int) Math.min(ordered.size(), (long) page * size);
        List<ClaimCarrier> onPage = ordered.subList(from, Math.min(ordered.size(), from + size));
        // The page's chains and the earliest carrier's in one lookup, not one per carrier.
        Map<String, ArticleSummary> chained = new LinkedHashMap<>();
        onPage.forEach(c -> chained.put(c.article().id(), c.article()));
        if (!ordered.isEmpty()) {
            chained.put(ordered.get(0).article().id(), ordered.get(0).article());
        }
        Map<String, List<List<Hop>>> chains = chained.isEmpty() ? Map.of() : tracer.chains(chained);
        List<ClaimCarrier> items = new ArrayList<>();
        for (ClaimCarrier c : onPage) {
            items.add(c.withChains(chains.getOrDefault(c.article().id(), List.of())));
        }
        ClaimCarrier earliest = null;
        if (!ordered.isEmpty()) {
            earliest = from == 0 ? items.get(0) : ordered.get(0).withChains(chains.getOrDefault(ordered.get(0).article().id(), List.of()));
        }
        return new ClaimMatches(claim, words.size(), sources, earliest, items, page, size, ordered.size(),
                (ordered.size() + size - 1) / size, truncated);
    }

    /** The claim against one article: null when the article holds too little of it. */
    private static ClaimCarrier align(WordTokens claim, PassageAligner aligner, IndexedArticle article) {
        WordTokens text = WordTokens.of(article.text());
        List<PassageAligner.Match> matches = new ArrayList<>();
        for (PassageAligner.Match m : aligner.align(claim, text)) {
            // The aligner lets passages overlap by up to half: the first one stands.
            if (matches.isEmpty() || m.a0() >= matches.get(matches.size() - 1).a1()) {
                matches.add(m);
            }
        }
        if (matches.isEmpty()) {
            return null;
        }
        WordDiff diff = new WordDiff();
        List<ClaimCarrier.Passage> passages = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) {
            PassageAligner.Match m = matches.get(k);
            int b0 = m.b0();
            int b1 = m.b1();
            if (k == 0) {
                // The claim's first words the alignment left out may stand changed just before it, in the same sentence.
                b0 = sentenceEdge(text, m.b0(), -1, m.a0() == 0 ? 0 : m.a0() + 2);
                diff.compare(claim, 0, m.a0(), text, b0, m.b0());
            } else {
                PassageAligner.Match before = matches.get(k - 1);
                diff.run(WordDiff.Change.REMOVED, claim, before.a1(), m.a0());
                int between = m.b0() - before.b1();
                if (between >= 0 && between <= MAX_BRIDGE) {
                    diff.run(WordDiff.Change.ADDED, text, before.b1(), m.b0());
                } else {
                    diff.gap();
                }
            }
            diff.compare(claim, m.a0(), m.a1(), text, m.b0(), m.b1());
            if (k == matches.size() - 1) {
                b1 = sentenceEdge(text, m.b1(), 1, m.a1() == claim.size() ? 0 : claim.size() - m.a1() + 2);
                diff.compare(claim, m.a1(), claim.size(), text, m.b1(), b1);
            }
            int start = text.start(b0);
            int end = text.end(b1 - 1);
            passages.add(new ClaimCarrier.Passage(start, end, article.text().substring(start, end), claim.start(k == 0 ? 0 : m.a0()),
                    claim.end(k == matches.size() - 1 ? claim.size() - 1 : m.a1() - 1)));
        }
        List<WordDiff.Segment> segments = diff.segments();
        int same = WordDiff.same(segments);
        if (2 * same < claim.size() && same < SENTENCE_WORDS) {
            return null;
        }
        ArticleSummary known = new ArticleSummary(article.id(), null, article.outlet(), null, null, article.published(), null, null);
        return new ClaimCarrier(known, ClaimCarrier.FoundBy.PASSAGE, share(same, claim.size()), same, WordDiff.summary(segments),
                segments, passages, List.of(), null);
    }

    /**
     * How far from token {@code at} (exclusive edge) the sentence around it extends, going {@code step} (-1 back,
     * +1 forwards), by at most {@code most} words: the token index where the extended passage starts (going back)
     * or ends (going forwards). A sentence ends at ".", "!", "?" or a line break between two words.
     */
    static int sentenceEdge(WordTokens text, int at, int step, int most) {
        int edge = at;
        for (int n = 0; n < most; n++) {
            int next = step < 0 ? edge - 1 : edge;
            if (next < 0 || next >= text.size()) {
                break;
            }
            // The characters between the word taken in and the passage's current edge.
            int from = step < 0 ? text.end(next) : text.end(next - 1);
            int to = step < 0 ? text.start(edge) : text.start(next);
            if (endsSentence(text.text(), from, to)) {
                break;
            }
            edge = step < 0 ? next : next + 1;
        }
        return edge;
    }

    private static boolean endsSentence(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives each carrier the quotes it prints inside its passages, and adds as carriers the articles that word
     * one of those quotes differently.
     */
    private void addQuotesAndVariants(WordTokens claim, Map<String, ClaimCarrier> carriers) {
        if (carriers.isEmpty()) {
            return;
        }
        List<Map<String, Object>> passages = new ArrayList<>();
        for (ClaimCarrier c : carriers.values()) {
            for (ClaimCarrier.Passage p : c.passages()) {
                passages.add(Map.of("id", c.article().id(), "start", p.start(), "end", p.end()));
            }
        }
        Map<String, List<QuoteView>> quotes = new HashMap<>();
        Map<String, ClaimCarrier> variants = new LinkedHashMap<>();
        for (Record r : run("quotes-in-passages", Map.of("passages", passages))) {
            String id = r.get("articleId").asString();
            QuoteView q = new QuoteView(str(r, "key"), str(r, "text"), str(r, "kind"), lng(r, "start"), lng(r, "end"),
                    str(r, "nestedIn"), str(r, "sourceKey"), str(r, "source"), str(r, "mention"), str(r, "via"), str(r, "cue"),
                    str(r, "sentence"), r.get("confidence").isNull() ? null : r.get("confidence").asDouble());
            quotes.computeIfAbsent(id, k -> new ArrayList<>()).add(q);
            ClaimCarrier.Passage holding = holding(carriers.get(id), q);
            for (Value v : r.get("variants").asList(x -> x)) {
                String other = v.get("article").asString();
                if (carriers.containsKey(other) || variants.containsKey(other) || v.get("text").isNull()) {
                    continue;
                }
                ClaimCarrier variant = variant(claim, v, holding);
                if (variant != null) {
                    variants.put(other, variant);
                }
            }
        }
        for (Map.Entry<String, List<QuoteView>> e : quotes.entrySet()) {
            carriers.computeIfPresent(e.getKey(), (k, c) -> c.withQuotes(e.getValue()));
        }
        carriers.putAll(variants);
    }

    /** The passage of {@code carrier} the quote stands in. */
    private static ClaimCarrier.Passage holding(ClaimCarrier carrier, QuoteView q) {
        for (ClaimCarrier.Passage p : carrier.passages()) {
            if (q.start() != null && q.start() < p.end() && q.end() > p.start()) {
                return p;
            }
        }
        return carrier.passages().get(0);
    }

    /** A carrier found through a quote variant: the claim against that article's wording of the quote. */
    private static ClaimCarrier variant(WordTokens claim, Value v, ClaimCarrier.Passage holding) {
        String wording = v.get("text").asString();
        WordTokens quote = WordTokens.of(wording);
        List<WordDiff.Segment> segments = WordDiff.between(claim, 0, claim.size(), quote, 0, quote.size());
        int same = WordDiff.same(segments);
        if (same == 0) {
            return null;
        }
        int start = v.get("start").isNull() ? -1 : v.get("start").asInt();
        int end = v.get("end").isNull() ? -1 : v.get("end").asInt();
        String id = v.get("article").asString();
        QuoteView q = new QuoteView(v.get("key").asString(), wording, null, start < 0 ? null : (long) start,
                end < 0 ? null : (long) end, null, str(v, "sourceKey"), str(v, "source"), null, null, null, null, null);
        ArticleSummary known = new ArticleSummary(id, null, null, null, null, null, null, null);
        return new ClaimCarrier(known, ClaimCarrier.FoundBy.QUOTE_VARIANT, share(same, claim.size()), same,
                WordDiff.summary(segments), segments,
                List.of(new ClaimCarrier.Passage(start, end, wording, holding.claimStart(), holding.claimEnd())), List.of(q), null);
    }

    /** The carriers with their articles' facts from the graph, earliest first (undated last); those not in the graph dropped. */
    private List<ClaimCarrier> withFacts(Map<String, ClaimCarrier> carriers) {
        if (carriers.isEmpty()) {
            return List.of();
        }
        List<ClaimCarrier> out = new ArrayList<>();
        for (Record r : run("articles", Map.of("articleIds", List.copyOf(carriers.keySet())))) {
            ArticleSummary a = new ArticleSummary(r.get("id").asString(), str(r, "headline"), str(r, "outlet"), str(r, "byline"),
                    str(r, "dateline"), str(r, "published"), str(r, "url"), str(r, "origin"));
            out.add(carriers.get(a.id()).withArticle(a));
        }
        out.sort(EARLIEST_FIRST);
        return out;
    }

    /** By publication date (a date without a time counts from its midnight, UTC), undated last; then most held. */
    static final Comparator<ClaimCarrier> EARLIEST_FIRST = Comparator
            .comparing((ClaimCarrier c) -> instant(c.article().published()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ClaimCarrier::holds, Comparator.reverseOrder())
            .thenComparing(c -> c.article().id());

    /** Where the carriers' chains end, the source most of them lead to first. */
    private List<ClaimMatches.PrimarySource> primarySources(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ClaimMatches.PrimarySource> out = new ArrayList<>();
        for (Record r : run("primary-sources", Map.of("articleIds", ids))) {
            Set<String> seen = new LinkedHashSet<>();
            List<Hop> through = new ArrayList<>();
            for (Value path : r.get("through").asList(x -> x)) {
                for (Value h : path.asList(x -> x)) {
                    if (seen.add(h.get("key").asString())) {
                        through.add(new Hop(h.get("label").asString(), h.get("key").asString(), str(h, "name"), str(h, "type"),
                                h.get("inferred").asBoolean(false), null, List.of()));
                    }
                }
            }
            out.add(new ClaimMatches.PrimarySource(r.get("key").asString(), str(r, "label"), str(r, "name"), str(r, "type"),
                    r.get("inferred").asBoolean(false), r.get("carriers").asInt(), through));
        }
        return out;
    }

    /** The instant an ISO-8601 date or date-time stands for; absent when there is none. */
    static @Nullable Instant instant(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(published).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(published).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(published).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static long[] distinct(long[] grams) {
        return Arrays.stream(grams).distinct().toArray();
    }

    private static double share(int part, int whole) {
        return Math.round(1000.0 * part / whole) / 1000.0;
    }

    private List<Record> run(String statement, Map<String, Object> params) {
        return reads.run(cypher.statement(statement), params);
    }
}
