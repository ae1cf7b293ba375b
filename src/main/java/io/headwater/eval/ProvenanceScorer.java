package io.headwater.eval;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.headwater.trace.Hop;
import io.headwater.trace.Provenance;
import io.headwater.trace.QuoteView;
import tools.jackson.databind.JsonNode;

/**
 * A Java port of {@code ../shared/tools/score_provenance.py}: the same three figures (chains right, attributed
 * sources P/R/F1 by a lenient name match, report identity over pairs of pages) and the same error lines, so
 * that a build can score itself without Python. The gold is read here and only here, after the run.
 */
public final class ProvenanceScorer {

    /** How the scorer recognises an agency's name among the hops ("via" gold names to patterns). */
    private static final Map<String, String> ALIAS = Map.ofEntries(
            Map.entry("AP", "\\bAP\\b|Associated Press"), Map.entry("Reuters", "Reuter"),
            Map.entry("AFP", "\\bAFP\\b|France[- ]Presse"),
            Map.entry("DPA", "\\bdpa\\b|Deutsche Presse|German (news|press) agency"), Map.entry("Yonhap", "Yonhap"),
            Map.entry("Nikkei", "Nikkei"), Map.entry("Kyodo", "Kyodo"), Map.entry("Jiji Press", "Jiji"),
            Map.entry("Xinhua", "Xinhua"), Map.entry("CBS News", "CBS"), Map.entry("NBC News", "NBC"), Map.entry("CNN", "CNN"),
            Map.entry("Bloomberg", "Bloomberg"), Map.entry("BBC", "BBC"), Map.entry("The Guardian", "Guardian"),
            Map.entry("SiliconValley.com", "SiliconValley|Mercury News"), Map.entry("Dozhd TV", "Dozhd|TV Rain"),
            Map.entry("Agencies", "agenc"), Map.entry("Anadolu", "Anadolu|\\bAA\\b"), Map.entry("PTI", "\\bPTI\\b|Press Trust"),
            Map.entry("ANI", "\\bANI\\b|Asian News International"), Map.entry("IANS", "\\bIANS\\b|Indo-Asian"),
            Map.entry("IRNA", "\\bIRNA\\b|Islamic Republic News"), Map.entry("TASS", "TASS"), Map.entry("Kyodo News", "Kyodo"),
            Map.entry("EFE", "\\bEFE\\b"), Map.entry("UPI", "\\bUPI\\b|United Press"), Map.entry("ABC News", "\\bABC\\b"),
            Map.entry("APP", "\\bAPP\\b|Associated Press of Pakistan"), Map.entry("Al Jazeera", "Jazeera"),
            Map.entry("Antara", "Antara"), Map.entry("Bernama", "Bernama"), Map.entry("Fars News Agency", "\\bFars\\b|\\bFNA\\b"),
            Map.entry("India Today", "India Today"), Map.entry("KUNA", "\\bKUNA\\b|Kuwait News Agency"),
            Map.entry("Live Mint", "\\bMint\\b"), Map.entry("NHK", "\\bNHK\\b"), Map.entry("Tasnim", "Tasnim"),
            Map.entry("The Indian Express", "Indian Express"), Map.entry("The Telegraph", "Telegraph"),
            Map.entry("The Wall Street Journal", "Wall Street Journal|\\bWSJ\\b"));
    private static final Set<String> STOP = Set.of(("the a an of by and in on for to from with at its his her their this that "
            + "news agency said says reported according report reports").split(" "));
    private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    private ProvenanceScorer() {
    }

    /** One line of {@code --errors}: a page and what went wrong there. */
    public record Miss(String slug, String what) {
    }

    /**
     * The scorer's figures.
     *
     * @param pages          pages in the corpus
     * @param chains         share of pages whose chains are right
     * @param sources        attributed sources against gold
     * @param reportIdentity pairs of document pages: same story group against a shared primary Report key
     * @param misses         every miss, page by page
     */
    public record Score(int pages, double chains, Sources sources, ReportIdentity reportIdentity, List<Miss> misses) {

        /** The three figures as the Python scorer prints them. */
        public String table() {
            return String.format(Locale.ROOT, """
                    pages %d
                    chains right            %.3f
                    sources                 P %.3f  R %.3f  F1 %.3f  (%d unmatched, %d traps)
                    report identity (pairs) P %.3f  R %.3f  F1 %.3f  (%d Report keys for %d reports over %d pages)
                    """, pages, chains, sources.precision(), sources.recall(), sources.f1(), sources.unmatched(), sources.traps(),
                    reportIdentity.precision(), reportIdentity.recall(), reportIdentity.f1(), reportIdentity.reportKeys(),
                    reportIdentity.storyGroups(), reportIdentity.pages());
        }

        /** The error lines, as {@code --errors} prints them. */
        public String errors() {
            StringBuilder b = new StringBuilder();
            misses.forEach(m -> b.append("  ").append(m.slug()).append(": ").append(m.what()).append('\n'));
            return b.toString();
        }
    }

    /** Attributed sources: predicted sources matched and not, traps among the unmatched, and P/R/F1. */
    public record Sources(double precision, double recall, double f1, int matched, int unmatched, int traps) {
    }

    /** Report identity over pairs of pages whose chains should start at a document. */
    public record ReportIdentity(double precision, double recall, double f1, int pages, int reportKeys, int storyGroups) {
    }

    /** Scores {@code predictions} (provenance by slug) against the gold of the corpus in {@code corpusDir}. */
    public static Score score(Path corpusDir, Map<String, Provenance> predictions) {
        List<Miss> rows = new ArrayList<>();
        Map<String, String> groupOf = new TreeMap<>();
        Map<String, Set<String>> keysOf = new TreeMap<>();
        List<JsonNode> cases = ProvenanceCorpus.cases(corpusDir);
        int chainsOk = 0;
        int tp = 0;
        int fp = 0;
        int traps = 0;
        int goldN = 0;
        int goldHit = 0;
        for (JsonNode c : cases) {
            String slug = ProvenanceCorpus.text(c, "slug");
            List<JsonNode> gold = list(c.get("sources"));
            Provenance d = predictions.get(slug);
            if (d == null) {
                rows.add(new Miss(slug, "no prediction"));
                goldN += gold.size();
                continue;
            }
            List<String> upstream = new ArrayList<>();
            boolean agencyUpstream = false;
            for (List<Hop> ch : d.chains()) {
                for (Hop h : ch.subList(0, Math.max(0, ch.size() - 1))) {
                    upstream.add(orEmpty(h.name()));
                    agencyUpstream |= "Agency".equals(h.label());
                }
            }
            List<String> via = strings(c.get("via"));
            boolean viaOk;
            if (!via.isEmpty()) {
                Pattern p = Pattern.compile(ALIAS.getOrDefault(via.get(0), Pattern.quote(via.get(0))),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
                viaOk = upstream.stream().anyMatch(n -> p.matcher(n).find());
            } else {
                viaOk = !agencyUpstream;
            }
            boolean primOk = true;
            if (wantsDocument(c)) {
                Set<String> heads = new LinkedHashSet<>();
                for (List<Hop> ch : d.chains()) {
                    if (!ch.isEmpty() && "Report".equals(ch.get(0).label())) {
                        heads.add(orEmpty(ch.get(0).key()));
                    }
                }
                primOk = !heads.isEmpty();
                groupOf.put(slug, ProvenanceCorpus.text(c, "story_group"));
                keysOf.put(slug, heads);
            }
            if (viaOk && primOk) {
                chainsOk++;
            } else {
                List<String> up = new ArrayList<>(new TreeSet<>(upstream));
                rows.add(new Miss(slug, "chain: via " + (viaOk ? "ok" : "MISS") + " (want " + (via.isEmpty() ? "none" : "['" + via.get(0) + "']")
                        + ", upstream " + pyList(up.subList(0, Math.min(6, up.size()))) + "), primary " + (primOk ? "ok" : "MISS")));
            }
            List<String> nots = strings(c.get("not_sources"));
            Set<Integer> hit = new HashSet<>();
            for (Set<String> predicted : predictedSources(d).values()) {
                List<Integer> m = new ArrayList<>();
                for (int i = 0; i < gold.size(); i++) {
                    if (matches(predicted, gold.get(i))) {
                        m.add(i);
                    }
                }
                if (!m.isEmpty()) {
                    tp++;
                    hit.addAll(m);
                } else {
                    fp++;
                    boolean trap = predicted.stream().anyMatch(s -> nots.stream().anyMatch(n -> sameName(s, n)));
                    traps += trap ? 1 : 0;
                    List<String> shown = new ArrayList<>(new TreeSet<>(predicted));
                    rows.add(new Miss(slug, "source not in gold" + (trap ? " (trap)" : "") + ": " + pyList(shown.subList(0, Math.min(2, shown.size())))));
                }
            }
            goldN += gold.size();
            goldHit += hit.size();
            for (int i = 0; i < gold.size(); i++) {
                if (!hit.contains(i)) {
                    rows.add(new Miss(slug, "gold source missed: " + ProvenanceCorpus.text(gold.get(i), "name") + " ("
                            + ProvenanceCorpus.text(gold.get(i), "type") + ")"));
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = goldN == 0 ? 0 : (double) goldHit / goldN;
        Sources sources = new Sources(p, r, f1(p, r), tp, fp, traps);
        return new Score(cases.size(), cases.isEmpty() ? 0 : (double) chainsOk / cases.size(), sources,
                reportIdentity(groupOf, keysOf), rows);
    }

    private static ReportIdentity reportIdentity(Map<String, String> groupOf, Map<String, Set<String>> keysOf) {
        List<String> slugs = new ArrayList<>(groupOf.keySet());
        int same = 0;
        int share = 0;
        int both = 0;
        for (int a = 0; a < slugs.size(); a++) {
            for (int b = a + 1; b < slugs.size(); b++) {
                boolean sg = groupOf.get(slugs.get(a)).equals(groupOf.get(slugs.get(b)));
                Set<String> common = new HashSet<>(keysOf.get(slugs.get(a)));
                common.retainAll(keysOf.get(slugs.get(b)));
                boolean sh = !common.isEmpty();
                same += sg ? 1 : 0;
                share += sh ? 1 : 0;
                both += sg && sh ? 1 : 0;
            }
        }
        double p = share == 0 ? 0 : (double) both / share;
        double r = same == 0 ? 0 : (double) both / same;
        Set<String> keys = new HashSet<>();
        keysOf.values().forEach(keys::addAll);
        return new ReportIdentity(p, r, f1(p, r), groupOf.size(), keys.size(), new HashSet<>(groupOf.values()).size());
    }

    /** Predicted sources, one entry per source key (or relay), each with the names it was printed under. */
    static Map<String, Set<String>> predictedSources(Provenance d) {
        Map<String, Set<String>> preds = new LinkedHashMap<>();
        for (QuoteView q : d.quotes()) {
            if (isEmpty(q.source()) && isEmpty(q.mention())) {
                continue;
            }
            String key = !isEmpty(q.sourceKey()) ? q.sourceKey() : "?" + orEmpty(q.mention());
            Set<String> names = preds.computeIfAbsent(key, k -> new LinkedHashSet<>());
            for (String x : new String[] {q.source(), q.mention()}) {
                if (!isEmpty(x)) {
                    names.add(x);
                }
            }
            if (!isEmpty(q.via())) {
                preds.computeIfAbsent("via:" + norm(q.via()), k -> new LinkedHashSet<>()).add(q.via());
            }
        }
        for (List<Hop> ch : d.chains()) {
            for (Hop h : ch.subList(0, Math.max(0, ch.size() - 1))) {
                if ("Agency".equals(h.label()) || "Outlet".equals(h.label())) {
                    preds.computeIfAbsent("via:" + norm(orEmpty(h.name())), k -> new LinkedHashSet<>()).add(orEmpty(h.name()));
                }
            }
        }
        return preds;
    }

    private static boolean wantsDocument(JsonNode c) {
        JsonNode d = c.get("primary_is_document");
        if (d != null) {
            return d.asBoolean();
        }
        String group = ProvenanceCorpus.text(c, "story_group");
        return group != null && group.startsWith("unpoe");
    }

    private static boolean matches(Set<String> strings, JsonNode gold) {
        List<String> names = new ArrayList<>();
        names.add(orEmpty(ProvenanceCorpus.text(gold, "name")));
        names.addAll(strings(gold.get("mentions")));
        return strings.stream().anyMatch(p -> names.stream().anyMatch(g -> sameName(p, g)));
    }

    static boolean sameName(String a, String b) {
        Set<String> ta = toks(a);
        Set<String> tb = toks(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        if (ta.containsAll(tb) || tb.containsAll(ta)) {
            return true;
        }
        Set<String> common = new HashSet<>(ta);
        common.retainAll(tb);
        return (double) common.size() / Math.min(ta.size(), tb.size()) >= 0.6;
    }

    private static Set<String> toks(String s) {
        Set<String> out = new HashSet<>();
        for (String t : norm(s).split(" ")) {
            if (!t.isEmpty() && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(n).replaceAll(" ").strip();
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        return list(array).stream().map(JsonNode::asString).toList();
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A list as Python prints one, so that the error lines read as the Python scorer's. */
    private static String pyList(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (String s : items) {
            b.append(b.length() > 1 ? ", " : "").append('\'').append(s.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
        }
        return b.append(']').toString();
    }
}
