package io.headwater.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.headwater.resolve.ResolvedArticle.EntityNode;
import io.headwater.resolve.ResolvedArticle.Link;

/**
 * Whether a report an article cites is one the graph has already: a report is a document, so it is its author
 * <em>and</em> its time. Two mentions are one report when their authors agree (one is the other or part of it)
 * and their symbols, numbers or dates agree (dates within {@value #SAME_DAYS} days: a report made news over a few
 * days); when one side does not say when, they are one report only if they quote it alike (a figure such as
 * "121.6 kilograms", two plainer ones, a data date, six quoted words in a row). Reports of one body at different
 * times never meet.
 */
public final class ReportIdentity {

    /** How far apart two dates of one report may be: the day it was issued and the days it was reported. */
    static final int SAME_DAYS = 21;

    private ReportIdentity() {
    }

    /**
     * What identifies a report, as stored on its node.
     *
     * @param key        the node's key
     * @param author     the author's key
     * @param authorLine the author and the bodies it is part of, nearest first
     * @param dates      days the report is dated by (issued, or made news), ISO
     * @param month      the month it is named by when no year is known (1 to 12), or 0
     * @param previous   true when it was only cited as an earlier report
     * @param symbol     its document symbol
     * @param ordinal    its number, or 0
     * @param facts      what it was quoted as saying (see {@link ReportFacts})
     */
    public record Description(String key, String author, List<String> authorLine, List<String> dates, int month,
                              boolean previous, @Nullable String symbol, int ordinal, Set<String> facts) {

        public Description {
            authorLine = authorLine == null ? List.of(author) : List.copyOf(authorLine);
            dates = dates == null ? List.of() : List.copyOf(dates);
            facts = facts == null ? Set.of() : Set.copyOf(facts);
        }
    }

    /** The node properties that describe a report (stored with it, read back by {@link KnownReports}). */
    static Map<String, Object> describe(Entity author, List<String> authorLine, ReportPeriod period, Set<String> facts) {
        Map<String, Object> props = new HashMap<>();
        props.put("authorKey", author.key());
        props.put("authorLine", List.copyOf(authorLine));
        props.put("dates", period.date() == null ? List.of() : List.of(period.date().toString()));
        props.put("month", period.month());
        props.put("previous", period.previous());
        if (period.symbol() != null) {
            props.put("symbol", period.symbol());
        }
        props.put("ordinal", period.ordinal());
        props.put("facts", List.copyOf(facts));
        return props;
    }

    /** The description stored with a node's properties; absent when the node is no authored report. */
    @SuppressWarnings("unchecked")
    static @Nullable Description of(String key, Map<String, Object> props) {
        Object author = props.get("authorKey");
        if (author == null) {
            return null;
        }
        Object month = props.get("month");
        Object ordinal = props.get("ordinal");
        return new Description(key, String.valueOf(author), (List<String>) props.get("authorLine"),
                (List<String>) props.get("dates"), month == null ? 0 : ((Number) month).intValue(),
                Boolean.TRUE.equals(props.get("previous")), (String) props.get("symbol"),
                ordinal == null ? 0 : ((Number) ordinal).intValue(),
                props.get("facts") == null ? Set.of() : new LinkedHashSet<>((List<String>) props.get("facts")));
    }

    /** True when {@code a} and {@code b} describe one report. */
    public static boolean same(Description a, Description b) {
        if (!a.authorLine().contains(b.author()) && !b.authorLine().contains(a.author())) {
            return false;
        }
        if (a.symbol() != null && b.symbol() != null) {
            return a.symbol().equals(b.symbol());
        }
        if (a.ordinal() != 0 && b.ordinal() != 0) {
            return a.ordinal() == b.ordinal();
        }
        if (!a.dates().isEmpty() && !b.dates().isEmpty()) {
            return near(a.dates(), b.dates());
        }
        if (a.month() != 0 && b.month() != 0 && a.month() != b.month()) {
            return false;
        }
        return ReportFacts.meet(a.facts(), b.facts());
    }

    private static boolean near(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                long days = Math.abs(LocalDate.parse(x).toEpochDay() - LocalDate.parse(y).toEpochDay());
                if (days <= SAME_DAYS) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code resolved} with each report it cites put on the node of the same report when the graph has one, and
     * on a key no other report holds when it does not.
     */
    public static ResolvedArticle settle(ResolvedArticle resolved, KnownReports known) {
        Map<String, String> renames = new HashMap<>();
        Map<String, Map<String, Object>> merged = new HashMap<>();
        for (EntityNode n : resolved.entities()) {
            Description d = of(n.entity().key(), n.properties());
            if (d == null) {
                continue;
            }
            List<Description> candidates = known.byAuthor(d.author(), d.authorLine());
            Description match = null;
            for (Description c : candidates) {
                if (c.key().equals(d.key())) {
                    if (same(c, d)) {
                        match = c;
                        break;
                    }
                    continue;
                }
                if (same(c, d) && (match == null || shared(c, d) > shared(match, d))) {
                    match = c;
                }
            }
            if (match != null) {
                renames.put(d.key(), match.key());
                merged.put(d.key(), union(n.properties(), match));
                continue;
            }
            Set<String> taken = new HashSet<>();
            candidates.forEach(c -> taken.add(c.key()));
            if (taken.contains(d.key())) {
                // Another report of this author holds the key (same month, other report): this one gets its own.
                String key = d.key();
                for (int k = 2; taken.contains(key); k++) {
                    key = d.key() + "-" + k;
                }
                renames.put(d.key(), key);
            }
        }
        return renames.isEmpty() ? resolved : renamed(resolved, renames, merged);
    }

    private static int shared(Description a, Description b) {
        Set<String> s = new HashSet<>(a.facts());
        s.retainAll(b.facts());
        return s.size();
    }

    /** The new article's description of a report joined with what the graph already knew of it. */
    private static Map<String, Object> union(Map<String, Object> props, Description known) {
        Map<String, Object> m = new HashMap<>(props);
        Set<String> facts = new LinkedHashSet<>(known.facts());
        for (Object f : (List<?>) props.getOrDefault("facts", List.of())) {
            if (facts.size() < 4 * ReportFacts.LIMIT) {
                facts.add(String.valueOf(f));
            }
        }
        m.put("facts", List.copyOf(facts));
        Set<String> dates = new LinkedHashSet<>(known.dates());
        for (Object x : (List<?>) props.getOrDefault("dates", List.of())) {
            dates.add(String.valueOf(x));
        }
        m.put("dates", List.copyOf(dates));
        m.put("authorKey", known.author());
        m.put("authorLine", known.authorLine());
        m.put("previous", known.previous() && Boolean.TRUE.equals(props.get("previous")));
        if (known.symbol() != null) {
            m.put("symbol", known.symbol());
        }
        if (known.ordinal() != 0) {
            m.put("ordinal", known.ordinal());
        }
        if (known.month() != 0) {
            m.put("month", known.month());
        }
        return m;
    }

    /** {@code r} with report keys renamed everywhere: nodes, links and the agency stories that carried them. */
    static ResolvedArticle renamed(ResolvedArticle r, Map<String, String> renames, Map<String, Map<String, Object>> merged) {
        Map<String, EntityNode> nodes = new LinkedHashMap<>();
        for (EntityNode n : r.entities()) {
            Entity e = n.entity();
            String key = rename(e.key(), renames);
            Map<String, Object> props = merged.getOrDefault(e.key(), n.properties());
            Entity moved = key.equals(e.key()) ? e : new Entity(key, e.name(), e.type(), e.qid(), e.aliases(), e.partOf(), e.domains());
            nodes.putIfAbsent(key, new EntityNode(moved, props));
        }
        Map<String, Link> links = new LinkedHashMap<>();
        for (Link l : r.links()) {
            Link moved = new Link(l.type(), l.fromEnd(), rename(l.from(), renames), l.toEnd(), rename(l.to(), renames),
                    l.evidence(), l.properties());
            links.putIfAbsent(moved.key(), moved);
        }
        Entity outlet = r.outlet();
        return new ResolvedArticle(r.article(), outlet, new ArrayList<>(nodes.values()), r.quotes(), new ArrayList<>(links.values()),
                r.attributions(), r.credits());
    }

    /**
     * A key after renaming: a report's own key, or a key built on it: the agency stories that carried it
     * ("story:ap>report:iaea:…") and the unnamed sources it cites ("anon:report:iaea:…:diplomats").
     */
    private static String rename(String key, Map<String, String> renames) {
        String direct = renames.get(key);
        if (direct != null) {
            return direct;
        }
        for (Map.Entry<String, String> e : renames.entrySet()) {
            String old = e.getKey();
            if (key.startsWith("story:") && key.endsWith(">" + old)) {
                return key.substring(0, key.length() - old.length()) + e.getValue();
            }
            if (key.startsWith("anon:" + old + ":")) {
                return "anon:" + e.getValue() + key.substring(("anon:" + old).length());
            }
        }
        return key;
    }
}
