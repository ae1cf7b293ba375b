package io.headwater.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.QueryConfig;

import io.headwater.Headwater;
import io.headwater.graph.CypherFile;
import io.headwater.reuse.IndexedArticle;
import io.headwater.reuse.ReuseDetector;
import io.headwater.eval.reuse.SyntheticCorpus;

/**
 * A provenance graph of any size made from {@link SyntheticCorpus}'s news stream, written straight to the graph and
 * the passage index (no attribution extraction: it would take hours at this size and is measured elsewhere). It has
 * the shape real ingest gives: agencies' articles derive from a report; outlets that credit the agency derive from its
 * story (inferred), which derives from the report; outlets that copy without credit derive from the agency's article
 * (text reuse, dated); write-ups of a speech derive from the speaker and quote them; every article is published by
 * its outlet or agency.
 * <p>
 * The generator gathers each batch of rows ({@link Batch}) and hands it to a sink: the write statements of
 * {@code cypher/eval/synthetic-graph.cypher} through the driver ({@link #build(Headwater, int, long, IntConsumer)}), or
 * CSV files for Neo4j's bulk import ({@link BulkGraphImport}), so that both graphs come from the same rows.
 */
final class SyntheticGraph {

    /**
     * One batch of rows, in the order the write statements take them (each row a map of the statement's parameter).
     *
     * @param entities       outlets, agencies, reports, stories and speakers, each once ({@code key, label, properties})
     * @param articles       articles ({@code properties, outlet})
     * @param toEntity       article to entity {@code DERIVED_FROM} links ({@code from, to, properties})
     * @param entityToEntity story to report {@code DERIVED_FROM} links, merged (one per pair)
     * @param toArticle      article to article {@code DERIVED_FROM} links (text reuse)
     * @param quotes         quotes ({@code article, source, sentence, properties})
     */
    record Batch(List<Map<String, Object>> entities, List<Map<String, Object>> articles, List<Map<String, Object>> toEntity,
                 List<Map<String, Object>> entityToEntity, List<Map<String, Object>> toArticle, List<Map<String, Object>> quotes) {
    }

    private static final int BATCH = 500;
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{20,}),\" (\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+) said\\.");
    private static final Pattern CREDIT = Pattern.compile("\\(With inputs from ([^)]+)\\)");

    private static final CypherFile CYPHER = CypherFile.load("eval/synthetic-graph.cypher");

    private final ReuseDetector reuse;
    private final Consumer<Batch> sink;
    private final Set<String> known = new HashSet<>();
    private final List<Map<String, Object>> entities = new ArrayList<>();
    private final List<Map<String, Object>> articles = new ArrayList<>();
    private final List<Map<String, Object>> toEntity = new ArrayList<>();
    private final List<Map<String, Object>> entityToEntity = new ArrayList<>();
    private final List<Map<String, Object>> toArticle = new ArrayList<>();
    private final List<Map<String, Object>> quotes = new ArrayList<>();
    private final Map<Integer, String> agencyArticle = new HashMap<>();
    private final Map<Integer, Integer> agencyLength = new HashMap<>();

    private SyntheticGraph(ReuseDetector reuse, Consumer<Batch> sink) {
        this.reuse = reuse;
        this.sink = sink;
    }

    /**
     * Generates {@code n} articles with {@code seed} into the (empty) graph and passage index of {@code hw}; returns
     * their texts, in stream order, for choosing claims.
     */
    static List<IndexedArticle> build(Headwater hw, int n, long seed, IntConsumer progress) {
        return build(hw, n, seed, progress, Set.of(), written -> {
        });
    }

    /**
     * As {@link #build(Headwater, int, long, IntConsumer)}, pausing when the graph holds each of {@code checkpoints}
     * articles (all written and indexed) to hand the articles so far to {@code atCheckpoint}: one growing graph
     * measured at several sizes.
     */
    static List<IndexedArticle> build(Headwater hw, int n, long seed, IntConsumer progress, Set<Integer> checkpoints,
                                      Consumer<List<IndexedArticle>> atCheckpoint) {
        QueryConfig config = QueryConfig.builder().withDatabase(hw.graph().database()).build();
        return generate(hw.reuse(), batch -> write(hw, config, batch), n, seed, progress, checkpoints, atCheckpoint);
    }

    /**
     * Generates {@code n} articles with {@code seed}, adding each to {@code reuse} and handing every batch of rows to
     * {@code sink}; pauses at each of {@code checkpoints} as {@link #build(Headwater, int, long, IntConsumer, Set, Consumer)}
     * does. Returns the articles in stream order.
     */
    static List<IndexedArticle> generate(ReuseDetector reuse, Consumer<Batch> sink, int n, long seed, IntConsumer progress,
                                         Set<Integer> checkpoints, Consumer<List<IndexedArticle>> atCheckpoint) {
        return generate(reuse, sink, n, seed, progress, checkpoints, atCheckpoint, true);
    }

    /**
     * The same; without {@code keepTexts} the articles returned have empty texts (a million texts would not fit the
     * heap; the graph and the passage index have them).
     */
    static List<IndexedArticle> generate(ReuseDetector reuse, Consumer<Batch> sink, int n, long seed, IntConsumer progress,
                                         Set<Integer> checkpoints, Consumer<List<IndexedArticle>> atCheckpoint, boolean keepTexts) {
        SyntheticGraph g = new SyntheticGraph(reuse, sink);
        List<IndexedArticle> all = new ArrayList<>(n);
        new SyntheticCorpus(seed).generate(n, generated -> {
            g.add(generated);
            IndexedArticle a = generated.article();
            all.add(keepTexts ? a : new IndexedArticle(a.id(), a.outlet(), a.published(), a.upstreams(), a.agency(), ""));
            if (g.articles.size() >= BATCH || checkpoints.contains(all.size())) {
                g.flush();
            }
            if (all.size() % 2000 == 0) {
                progress.accept(all.size());
            }
            if (checkpoints.contains(all.size()) && all.size() < n) {
                reuse.commit();
                atCheckpoint.accept(List.copyOf(all));
            }
        });
        g.flush();
        reuse.commit();
        if (checkpoints.contains(n)) {
            atCheckpoint.accept(List.copyOf(all));
        }
        return all;
    }

    private void add(SyntheticCorpus.Generated generated) {
        IndexedArticle a = generated.article();
        SyntheticCorpus.Truth truth = generated.truth();
        reuse.add(a);
        String outletKey = a.agency() ? a.outlet() : "outlet:" + a.outlet();
        entity(outletKey, a.agency() ? "Agency" : "Outlet", title(a.outlet()), a.agency() ? "agency" : "outlet", Map.of());
        Map<String, Object> props = new HashMap<>();
        props.put("id", a.id());
        props.put("headline", headline(a.text()));
        props.put("outlet", title(a.outlet()));
        props.put("published", a.published());
        props.put("text", a.text());
        articles.add(Map.of("properties", props, "outlet", outletKey));
        String report = "report:synthetic-" + truth.cluster();
        switch (truth.kind()) {
            case "agency" -> {
                agencyArticle.put(truth.cluster(), a.id());
                agencyLength.put(truth.cluster(), a.text().length());
                entity(report, "Report", "Report " + truth.cluster(), "report", Map.of());
                toEntity.add(link(a.id(), report, evidence(a.text(), 0, firstSentenceEnd(a.text()), "said")));
            }
            case "copy", "revision" -> {
                if (a.upstreams().isEmpty()) {
                    String from = agencyArticle.get(truth.cluster());
                    if (from != null) {
                        // As reuse detection writes it: the shared passage side by side (here the opening of each).
                        int here = Math.min(a.text().length(), 300);
                        int there = Math.min(agencyLength.get(truth.cluster()), 300);
                        Map<String, Object> pair = new HashMap<>(Map.of("class", "DERIVED_FROM", "direction", "dated",
                                "method", "headwater-reuse/0.1", "prov", "prov:wasDerivedFrom", "score", 50));
                        pair.putAll(Map.of("aStarts", List.of(0), "aEnds", List.of(here), "bStarts", List.of(0),
                                "bEnds", List.of(there), "quoted", List.of(0.0), "sharedA", 0.5, "sharedB", 0.5));
                        toArticle.add(link(a.id(), from, pair));
                    }
                } else {
                    String agency = a.upstreams().get(0);
                    String story = "story:" + agency + ">" + report;
                    entity(report, "Report", "Report " + truth.cluster(), "report", Map.of());
                    entity(story, "Story", title(agency) + " story on Report " + truth.cluster(), "story",
                            Map.of("agency", title(agency), "inferred", true));
                    entityToEntity.add(link(story, report, Map.of("prov", "prov:hadPrimarySource", "cue", "said")));
                    Matcher credit = CREDIT.matcher(a.text());
                    Map<String, Object> ev = credit.find() ? evidence(a.text(), credit.start(), credit.end(), "With inputs from")
                            : Map.of("prov", "prov:wasDerivedFrom");
                    toEntity.add(link(a.id(), story, ev));
                }
            }
            default -> {
            }
        }
        Matcher q = QUOTE.matcher(a.text());
        while (q.find()) {
            String person = "person:synthetic-" + q.group(2).toLowerCase(Locale.ROOT).replace(' ', '-');
            entity(person, "Source", q.group(2), "person", Map.of());
            String key = a.id() + ":q" + q.start();
            quotes.add(Map.of("article", a.id(), "source", person, "sentence", q.group(),
                    "properties", Map.of("key", key, "text", "\"" + q.group(1) + ",\"", "start", q.start(),
                            "end", q.start() + q.group(1).length() + 3, "kind", "direct", "article", a.id())));
            if (truth.kind().equals("speech")) {
                toEntity.add(link(a.id(), person, evidence(a.text(), q.start(), q.end(), "said")));
            }
        }
    }

    private void entity(String key, String label, String name, String type, Map<String, Object> more) {
        if (known.add(key)) {
            Map<String, Object> props = new HashMap<>(more);
            props.put("name", name);
            props.put("type", type);
            entities.add(Map.of("key", key, "label", label, "properties", props));
        }
    }

    private static Map<String, Object> link(String from, String to, Map<String, Object> properties) {
        return Map.of("from", from, "to", to, "properties", properties);
    }

    private static Map<String, Object> evidence(String text, int start, int end, String cue) {
        return Map.of("sentence", text.substring(start, end), "start", start, "end", end, "cue", cue, "confidence", 0.9,
                "extractor", "synthetic", "prov", "prov:wasDerivedFrom");
    }

    /** Hands what was gathered to the sink and starts the next batch. */
    private void flush() {
        sink.accept(new Batch(List.copyOf(entities), List.copyOf(articles), List.copyOf(toEntity), List.copyOf(entityToEntity),
                List.copyOf(toArticle), List.copyOf(quotes)));
        for (List<Map<String, Object>> l : List.of(entities, articles, toEntity, entityToEntity, toArticle, quotes)) {
            l.clear();
        }
    }

    /** Writes one batch through the write statements, in dependency order. */
    private static void write(Headwater hw, QueryConfig config, Batch batch) {
        run(hw, config, "entities", "entities", batch.entities());
        run(hw, config, "articles", "articles", batch.articles());
        run(hw, config, "article-derived-from-entity", "links", batch.toEntity());
        run(hw, config, "entity-derived-from-entity", "links", batch.entityToEntity());
        run(hw, config, "article-derived-from-article", "links", batch.toArticle());
        run(hw, config, "quotes", "quotes", batch.quotes());
    }

    private static void run(Headwater hw, QueryConfig config, String statement, String parameter, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        hw.graph().driver().executableQuery(CYPHER.statement(statement)).withParameters(Map.of(parameter, rows))
                .withConfig(config).execute();
    }

    private static int firstSentenceEnd(String text) {
        int dot = text.indexOf(". ");
        int par = text.indexOf("\n");
        int end = dot < 0 ? text.length() : dot + 1;
        return par >= 0 && par < end ? par : end;
    }

    private static String headline(String text) {
        String[] words = text.split("\\s+", 10);
        return String.join(" ", Arrays.copyOf(words, Math.min(8, words.length)));
    }

    private static String title(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
