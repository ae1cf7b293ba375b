package io.headwater.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.QueryConfig;

import io.headwater.Headwater;
import io.headwater.graph.CypherFile;
import io.headwater.reuse.IndexedArticle;
import io.headwater.eval.reuse.SyntheticCorpus;

/**
 * A provenance graph of any size made from {@link SyntheticCorpus}'s news stream, written straight to the graph and
 * the passage index (no attribution extraction: it would take hours at this size and is measured elsewhere). It has
 * the shape real ingest gives: agencies' articles derive from a report; outlets that credit the agency derive from its
 * story (inferred), which derives from the report; outlets that copy without credit derive from the agency's article
 * (text reuse, dated); write-ups of a speech derive from the speaker and quote them; every article is published by
 * its outlet or agency.
 */
final class SyntheticGraph {

    private static final int BATCH = 500;
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{20,}),\" (\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+) said\\.");
    private static final Pattern CREDIT = Pattern.compile("\\(With inputs from ([^)]+)\\)");

    private final Headwater hw;
    private final QueryConfig config;
    private final CypherFile cypher = CypherFile.load("eval/synthetic-graph.cypher");
    private final Set<String> known = new HashSet<>();
    private final List<Map<String, Object>> entities = new ArrayList<>();
    private final List<Map<String, Object>> articles = new ArrayList<>();
    private final List<Map<String, Object>> toEntity = new ArrayList<>();
    private final List<Map<String, Object>> entityToEntity = new ArrayList<>();
    private final List<Map<String, Object>> toArticle = new ArrayList<>();
    private final List<Map<String, Object>> quotes = new ArrayList<>();
    private final Map<Integer, String> agencyArticle = new HashMap<>();
    private final Map<Integer, Integer> agencyLength = new HashMap<>();

    private SyntheticGraph(Headwater hw) {
        this.hw = hw;
        this.config = QueryConfig.builder().withDatabase(hw.graph().database()).build();
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
                                      java.util.function.Consumer<List<IndexedArticle>> atCheckpoint) {
        SyntheticGraph g = new SyntheticGraph(hw);
        List<IndexedArticle> all = new ArrayList<>(n);
        new SyntheticCorpus(seed).generate(n, generated -> {
            g.add(generated);
            all.add(generated.article());
            if (g.articles.size() >= BATCH || checkpoints.contains(all.size())) {
                g.flush();
            }
            if (all.size() % 2000 == 0) {
                progress.accept(all.size());
            }
            if (checkpoints.contains(all.size()) && all.size() < n) {
                hw.reuse().commit();
                atCheckpoint.accept(List.copyOf(all));
            }
        });
        g.flush();
        hw.reuse().commit();
        if (checkpoints.contains(n)) {
            atCheckpoint.accept(List.copyOf(all));
        }
        return all;
    }

    private void add(SyntheticCorpus.Generated generated) {
        IndexedArticle a = generated.article();
        SyntheticCorpus.Truth truth = generated.truth();
        hw.reuse().add(a);
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

    /** Writes what was gathered, in dependency order, and starts the next batch. */
    private void flush() {
        run("entities", "entities", entities);
        run("articles", "articles", articles);
        run("article-derived-from-entity", "links", toEntity);
        run("entity-derived-from-entity", "links", entityToEntity);
        run("article-derived-from-article", "links", toArticle);
        run("quotes", "quotes", quotes);
        for (List<Map<String, Object>> l : List.of(entities, articles, toEntity, entityToEntity, toArticle, quotes)) {
            l.clear();
        }
    }

    private void run(String statement, String parameter, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        hw.graph().driver().executableQuery(cypher.statement(statement)).withParameters(Map.of(parameter, rows))
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
