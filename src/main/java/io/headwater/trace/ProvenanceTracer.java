package io.headwater.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.headwater.core.Relation;
import io.headwater.graph.CypherFile;

/**
 * Answers provenance questions with the queries of {@code cypher/queries/}: the chains from an article
 * to its primary sources, and the articles downstream of a source.
 */
public final class ProvenanceTracer {

    private final ReadStatements reads;
    private final ExpansionBudget budget;
    private final String derived = CypherFile.load("queries/02-articles-derived-from-source.cypher").single();
    private final String quotes = CypherFile.load("queries/03-article-quotes.cypher").single();
    private final String credits = CypherFile.load("queries/04-article-credits.cypher").single();
    private final String citations = CypherFile.load("queries/05-source-citations.cypher").single();
    private final String reuse = CypherFile.load("queries/09-shared-passages-between-outlets.cypher").single();
    private final String variants = CypherFile.load("queries/10-quote-variants.cypher").single();
    private final String publications = CypherFile.load("queries/12-other-publications-of-the-text.cypher").single();
    private final CypherFile lookups = CypherFile.load("lookups.cypher");

    public ProvenanceTracer(Driver driver, String database) {
        this(driver, database, ExpansionBudget.STANDARD);
    }

    /**
     * A tracer whose statements run in {@code inProcess}'s own transactions when it is given (the embedded database:
     * see {@link ReadStatements}), else through the driver.
     */
    public ProvenanceTracer(Driver driver, String database, org.neo4j.graphdb.@Nullable GraphDatabaseService inProcess) {
        this.reads = new ReadStatements(driver, database, inProcess);
        this.budget = ExpansionBudget.STANDARD;
    }

    /**
     * A tracer that walks at most {@code budget}'s paths into a source to sort what derives from it, and past that
     * reads the articles by date; tests give it a budget of 0 to hold the two ways side by side.
     */
    ProvenanceTracer(Driver driver, String database, ExpansionBudget budget) {
        this.reads = new ReadStatements(driver, database);
        this.budget = budget;
    }

    /** The article with this id, or empty. */
    public Optional<ArticleSummary> article(String id) {
        List<Record> rows = run(lookups.statement("article"), Map.of("id", id));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record r = rows.get(0);
        Value a = r.get("a");
        String outlet = r.get("outlet").isNull() ? str(a, "outlet") : r.get("outlet").asString();
        return Optional.of(new ArticleSummary(id, str(a, "headline"), outlet, str(a, "byline"), str(a, "dateline"),
                str(a, "published"), str(a, "url"), str(a, "origin")));
    }

    /**
     * The full provenance of an article, or empty when there is no such article. Its eight or so statements run in one
     * read transaction: on a small graph a transaction of their own each cost more than running them. The seven that
     * need only the article's id are sent at once, before any answers (one round trip for them all); what the sources
     * on its chains cite, and the articles their evidence was read in, follow.
     */
    public Optional<Provenance> provenance(String id) {
        return reads.inOneTransaction(() -> {
            reads.ahead(List.of(new Query(lookups.statement("article"), Map.of("id", id)),
                    new Query(lookups.statement("chains-of-articles"), Map.of("articleIds", List.of(id))),
                    new Query(quotes, Map.of("articleId", id)), new Query(credits, Map.of("articleId", id)),
                    new Query(reuse, Map.of("articleId", id)), new Query(variants, Map.of("articleId", id)),
                    new Query(publications, Map.of("articleId", id))));
            return article(id).map(summary -> new Provenance(summary, chains(id, summary), quotes(id), credits(id), reuse(id),
                    quoteVariants(id), otherPublications(id)));
        });
    }

    /** The same text as other outlets (or other addresses) published it: the other Article nodes with its content hash. */
    public List<ArticleSummary> otherPublications(String id) {
        return run(publications, Map.of("articleId", id)).stream().map(r -> new ArticleSummary(r.get("id").asString(),
                str(r, "headline"), str(r, "outlet"), str(r, "byline"), str(r, "dateline"), str(r, "published"), str(r, "url"),
                str(r, "origin"))).toList();
    }

    /** The article's reuse pairs, best first, each with its passages side by side. */
    public List<ReuseView> reuse(String id) {
        List<ReuseView> out = new ArrayList<>();
        for (Record r : run(reuse, Map.of("articleId", id))) {
            List<ReuseView.PassageView> passages = r.get("passages").asList(p -> new ReuseView.PassageView(
                    p.get("start").asLong(), p.get("end").asLong(), p.get("text").asString(), p.get("otherStart").asLong(),
                    p.get("otherEnd").asLong(), p.get("otherText").asString(), p.get("quoted").asDouble(0)));
            Relation relationship = Relation.valueOf(r.get("relationship").asString());
            String direction = str(r, "direction");
            boolean outgoing = r.get("outgoing").asBoolean();
            out.add(new ReuseView(r.get("otherId").asString(), str(r, "otherHeadline"), str(r, "otherOutlet"), str(r, "otherPublished"),
                    relationship, str(r, "class"), direction, str(r, "upstream"), outgoing,
                    ReuseView.meaning(relationship, direction == null ? "unknown" : direction, str(r, "upstream"), outgoing),
                    r.get("shared").asDouble(0), r.get("otherShared").asDouble(0), r.get("score").asLong(0), passages));
        }
        return out;
    }

    /** The article's quotes that other articles word differently. */
    public List<QuoteVariantView> quoteVariants(String id) {
        List<QuoteVariantView> out = new ArrayList<>();
        for (Record r : run(variants, Map.of("articleId", id))) {
            out.add(new QuoteVariantView(r.get("key").asString(), str(r, "wording"), r.get("otherKey").asString(),
                    str(r, "otherWording"), r.get("otherId").asString(), str(r, "otherOutlet"), str(r, "source"),
                    r.get("later").asBoolean(), str(r, "diff"), r.get("overlap").asDouble(0), r.get("sameSource").asBoolean(false)));
        }
        return out;
    }

    /** Chains from the article to its primary sources, each ordered primary source first, outlet last. */
    public List<List<Hop>> chains(String id, ArticleSummary summary) {
        return chains(Map.of(id, summary)).getOrDefault(id, List.of());
    }

    /**
     * {@link #chains(String, ArticleSummary)} of several articles (by id) at once, in two round trips whatever their
     * number: one for every chain, one for what the sources on them cite. Articles without chains are absent.
     */
    public Map<String, List<List<Hop>>> chains(Map<String, ArticleSummary> articles) {
        List<Record> rows = run(lookups.statement("chains-of-articles"), Map.of("articleIds", List.copyOf(articles.keySet())));
        Set<String> sourceKeys = new LinkedHashSet<>();
        for (Record r : rows) {
            for (Value h : r.get("hops").values()) {
                if (!h.get("labels").asList(Value::asString).contains("Article")) {
                    sourceKeys.add(h.get("key").asString());
                }
            }
        }
        Map<String, List<Record>> citationRows = new HashMap<>();
        if (!sourceKeys.isEmpty()) {
            for (Record r : run(lookups.statement("citations-of-sources"), Map.of("sourceKeys", List.copyOf(sourceKeys)))) {
                citationRows.computeIfAbsent(r.get("sourceKey").asString(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Optional<ArticleSummary>> others = new HashMap<>();
        Map<String, List<List<Hop>>> out = new LinkedHashMap<>();
        Map<String, LinkEvidence> evidenceByArticle = new HashMap<>();
        Map<String, Map<String, List<Citation>>> citesByArticle = new HashMap<>();
        for (Record r : rows) {
            String id = r.get("articleId").asString();
            LinkEvidence evidence = evidenceByArticle.computeIfAbsent(id,
                    k -> new LinkEvidence(k, other -> others.computeIfAbsent(other, this::article)));
            Map<String, List<Citation>> cites = citesByArticle.computeIfAbsent(id, k -> new HashMap<>());
            String outletKey = r.get("outletKey").isNull() ? null : r.get("outletKey").asString();
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(hops(r.get("hops").asList(v -> v), r.get("links").asList(v -> v),
                    outletKey, OutletName.of(articles.get(id)),
                    key -> cites.computeIfAbsent(key, k -> citations(citationRows.getOrDefault(k, List.of()), evidence)), evidence));
        }
        return out;
    }

    /**
     * Hops from path nodes listed source first; {@code links.get(i)} joins node i to node i + 1. The
     * article at the end becomes its outlet's hop, named as {@link OutletName} names it. Each link's evidence is the sentence of the article
     * that read it (see {@link LinkEvidence}).
     */
    private List<Hop> hops(List<Value> nodes, List<Value> links, String outletKey, String outletName,
                           Function<String, List<Citation>> citesOf, LinkEvidence evidenceOf) {
        List<Hop> chain = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Value h = nodes.get(i);
            Map<String, Object> evidence = i < links.size() ? evidenceOf.of(links.get(i).asMap(), readingArticle(nodes, i)) : null;
            List<String> labels = h.get("labels").asList(Value::asString);
            String key = h.get("key").asString();
            if (labels.contains("Article") && i == nodes.size() - 1) {
                chain.add(new Hop("Outlet", outletKey, outletName, "outlet", false, null, List.of()));
                continue;
            }
            if (labels.contains("Article")) {
                // An article this one took text from: the chain passes through it.
                String outlet = str(h, "outlet");
                String name = str(h, "name");
                chain.add(new Hop("Article", key, OutletName.of(outlet, null) + ": " + (name == null ? key : name), "article", false,
                        evidence, List.of()));
                continue;
            }
            List<Citation> cites = citesOf.apply(key);
            if (labels.contains("Story")) {
                chain.add(new Hop("Agency", key, str(h, "agency"), "agency", h.get("inferred").asBoolean(false), evidence, cites));
            } else {
                chain.add(new Hop(mainLabel(labels), key, str(h, "name"), str(h, "type"), h.get("inferred").asBoolean(false),
                        evidence, cites));
            }
        }
        return chain;
    }

    /** The article nearest downstream of node {@code i}: the one whose text says how the next node took from it. */
    private static String readingArticle(List<Value> nodes, int i) {
        for (int k = i + 1; k < nodes.size(); k++) {
            if (nodes.get(k).get("labels").asList(Value::asString).contains("Article")) {
                return nodes.get(k).get("key").asString();
            }
        }
        return null;
    }

    /**
     * What an entity cites, who authored it and where it was submitted; each sentence labelled with the
     * article it was read in.
     */
    public List<Citation> citations(String key) {
        return citations(key, new LinkEvidence(null, this::article));
    }

    /** The same, as a report about one article shows it: that article's own sentences where it gave them. */
    private List<Citation> citations(String key, LinkEvidence evidenceOf) {
        return citations(run(citations, Map.of("sourceKey", key)), evidenceOf);
    }

    /** Citations from rows of {@code queries/05-source-citations.cypher} (or its several-source form). */
    private static List<Citation> citations(List<Record> rows, LinkEvidence evidenceOf) {
        List<Citation> out = new ArrayList<>();
        for (Record r : rows) {
            Map<String, Object> ev = evidenceOf.of(r.get("link").asMap(), evidenceOf.subject());
            out.add(new Citation(Relation.valueOf(r.get("relation").asString()), r.get("key").asString(), str(r, "name"), str(r, "type"),
                    (String) ev.get("sentence"), (String) ev.get("cue"),
                    ev.get("confidence") instanceof Number n ? n.doubleValue() : null, fromArticle(ev)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fromArticle(Map<String, Object> evidence) {
        return evidence.get("fromArticle") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** Attributed contents of an article, in text order. */
    public List<QuoteView> quotes(String id) {
        List<QuoteView> out = new ArrayList<>();
        for (Record r : run(quotes, Map.of("articleId", id))) {
            out.add(new QuoteView(str(r, "key"), str(r, "text"), str(r, "kind"), lng(r, "start"), lng(r, "end"),
                    str(r, "nestedIn"), str(r, "sourceKey"), str(r, "source"), str(r, "mention"), str(r, "via"),
                    str(r, "cue"), str(r, "sentence"), r.get("confidence").isNull() ? null : r.get("confidence").asDouble()));
        }
        return out;
    }

    /** Picture credits of an article. */
    public List<CreditView> credits(String id) {
        List<CreditView> out = new ArrayList<>();
        for (Record r : run(credits, Map.of("articleId", id))) {
            out.add(new CreditView(str(r, "key"), str(r, "name"), str(r, "type"), str(r, "kind"), str(r, "caption"),
                    str(r, "cue"), r.get("confidence").isNull() ? null : r.get("confidence").asDouble()));
        }
        return out;
    }

    /** Articles that derive from the entity with this key, directly or through others, oldest first. */
    public List<DerivedArticle> derivedFrom(String key) {
        return derived(run(derived, Map.of("sourceKey", key)));
    }

    /**
     * Page {@code page} (from 0) of {@code size} of {@link #derivedFrom(String)}, in the same order: what a source
     * thousands of articles derive from answers a page at a time. A page shorter than {@code size} is the last. When more
     * paths lead into the source than {@link ExpansionBudget} allows to walk, the page is read from the articles in date
     * order instead: the same rows, without expanding the source whole.
     */
    public List<DerivedArticle> derivedFrom(String key, int page, int size) {
        return reads.inOneTransaction(() -> {
            long skip = (long) page * size;
            long atMost = budget.units(skip + size, run(lookups.statement("article-count"), Map.of()).get(0).get("n").asLong());
            long paths = run(lookups.statement("derived-paths-at-most"), Map.of("sourceKey", key, "atMost", atMost)).stream()
                    .findFirst().map(r -> r.get("paths").asLong()).orElse(0L);
            String statement = paths < atMost ? "derived-page" : "derived-page-by-date";
            return derived(run(lookups.statement(statement), Map.of("sourceKey", key, "skip", skip, "limit", size)));
        });
    }

    private List<DerivedArticle> derived(List<Record> rows) {
        List<DerivedArticle> out = new ArrayList<>();
        Map<String, List<Citation>> citesByKey = new HashMap<>();
        Map<String, Optional<ArticleSummary>> articles = new HashMap<>();
        for (Record r : rows) {
            String outletKey = r.get("outletKey").isNull() ? null : r.get("outletKey").asString();
            LinkEvidence evidence = new LinkEvidence(r.get("articleId").asString(), id -> articles.computeIfAbsent(id, this::article));
            List<Hop> path = hops(r.get("pathNodes").asList(v -> v), r.get("pathLinks").asList(v -> v), outletKey,
                    OutletName.of(str(r, "outlet"), str(r, "url")), key -> citesByKey.computeIfAbsent(key, k -> citations(k, evidence)),
                    evidence);
            out.add(new DerivedArticle(r.get("articleId").asString(), str(r, "headline"), str(r, "outlet"),
                    str(r, "published"), str(r, "url"), r.get("hops").asLong(), path));
        }
        return out;
    }

    /** The entity with this key, or empty. */
    public Optional<EntitySummary> entity(String key) {
        List<Record> rows = run(lookups.statement("entity"), Map.of("key", key));
        return rows.isEmpty() ? Optional.empty() : Optional.of(entitySummary(rows.get(0).get("e")));
    }

    /** What derives from a source, and what it cites; empty when there is no such entity. */
    public Optional<SourceLineage> lineage(String key) {
        return entity(key).map(e -> new SourceLineage(e, citations(key), derivedFrom(key)));
    }

    static EntitySummary entitySummary(Value e) {
        List<String> labels = new ArrayList<>();
        e.asNode().labels().forEach(labels::add);
        List<String> aliases = e.get("aliases").isNull() ? List.of() : e.get("aliases").asList(Value::asString);
        return new EntitySummary(e.get("key").asString(), mainLabel(labels), str(e, "name"), str(e, "type"), str(e, "qid"),
                aliases);
    }

    /** How this tracer's statements run; claim search shares it, to read a page's chains in the page's transaction. */
    ReadStatements reads() {
        return reads;
    }

    private List<Record> run(String query, Map<String, Object> params) {
        return reads.run(query, params);
    }

    private static String mainLabel(List<String> labels) {
        for (String l : List.of("Report", "Agency", "Outlet", "Source", "Story")) {
            if (labels.contains(l)) {
                return l;
            }
        }
        return labels.isEmpty() ? "Node" : labels.get(0);
    }

    static String str(Record r, String key) {
        Value v = r.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    static String str(Value m, String key) {
        Value v = m.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    static Long lng(Record r, String key) {
        Value v = r.get(key);
        return v == null || v.isNull() ? null : v.asLong();
    }
}
