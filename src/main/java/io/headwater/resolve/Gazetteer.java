package io.headwater.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Known agencies, outlets and organisations with their aliases, read from {@code gazetteer.yaml}.
 * Lookups are case-insensitive and ignore a leading article, possessives and punctuation.
 */
public final class Gazetteer {

    private final Map<String, Entity> byKey = new HashMap<>();
    private final Map<String, Entity> byAlias = new HashMap<>();
    private final Map<String, Entity> byDomain = new HashMap<>();
    private final Map<String, List<Entity>> narrower = new HashMap<>();
    private final Map<String, List<Pattern>> about = new HashMap<>();
    private final Set<String> periodic = new HashSet<>();
    private final int longestAlias;

    /**
     * What the gazetteer says about an entity beyond its names.
     *
     * @param narrows         key of the generic entry this one is a case of
     * @param about           words that name this entry's subject
     * @param periodicReports true when the entity issues numbered or periodic reports
     */
    public record Knowledge(@Nullable String narrows, List<String> about, boolean periodicReports) {

        /** Nothing beyond the names. */
        public static final Knowledge NONE = new Knowledge(null, List.of(), false);
    }

    private Gazetteer(Collection<Entity> entities) {
        this(entities, Map.of());
    }

    private Gazetteer(Collection<Entity> entities, Map<String, Knowledge> knowledge) {
        int longest = 1;
        for (Entity e : entities) {
            if (byKey.put(e.key(), e) != null) {
                throw new IllegalArgumentException("gazetteer key " + e.key() + " appears twice");
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String alias : names) {
                String norm = normalise(alias);
                if (!norm.isEmpty()) {
                    byAlias.putIfAbsent(norm, e);
                    longest = Math.max(longest, norm.split(" ").length);
                }
            }
            for (String d : e.domains()) {
                byDomain.put(d.toLowerCase(Locale.ROOT), e);
            }
        }
        this.longestAlias = longest;
        knowledge.forEach((key, k) -> {
            Entity e = byKey.get(key);
            if (e == null) {
                return;
            }
            if (k.narrows() != null) {
                narrower.computeIfAbsent(k.narrows(), x -> new ArrayList<>()).add(e);
            }
            List<Pattern> words = new ArrayList<>();
            for (String w : k.about()) {
                words.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE));
            }
            about.put(key, words);
            if (k.periodicReports()) {
                periodic.add(key);
            }
        });
    }

    /** A gazetteer over the given entities (for tests and tools). */
    public static Gazetteer of(Collection<Entity> entities) {
        return new Gazetteer(entities);
    }

    /** A gazetteer over the given entities with what is known about them, by key (for tests and tools). */
    public static Gazetteer of(Collection<Entity> entities, Map<String, Knowledge> knowledge) {
        return new Gazetteer(entities, knowledge);
    }

    /** The gazetteer shipped with Headwater. */
    public static Gazetteer standard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer.yaml")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.yaml is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer.yaml", e);
        }
    }

    /** Reads a gazetteer in the shipped YAML format. */
    @SuppressWarnings("unchecked")
    public static Gazetteer parse(InputStream yaml) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Entity> entities = new ArrayList<>();
        Map<String, Knowledge> knowledge = new HashMap<>();
        for (Object o : (List<Object>) doc) {
            Map<String, Object> m = (Map<String, Object>) o;
            knowledge.put(String.valueOf(m.get("key")), new Knowledge(m.get("narrows") == null ? null : String.valueOf(m.get("narrows")),
                    strings(m.get("about")), Boolean.TRUE.equals(m.get("periodicReports"))));
            entities.add(new Entity(
                    String.valueOf(m.get("key")),
                    String.valueOf(m.get("name")),
                    EntityType.parse(String.valueOf(m.get("type"))),
                    m.get("qid") == null ? null : String.valueOf(m.get("qid")),
                    strings(m.get("aliases")),
                    m.get("partOf") == null ? null : String.valueOf(m.get("partOf")),
                    strings(m.get("domains"))));
        }
        return new Gazetteer(entities, knowledge);
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object x : (List<?>) o) {
            out.add(String.valueOf(x));
        }
        return out;
    }

    /** The entity with this key. */
    public Optional<Entity> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entity whose name or alias is exactly {@code mention} (after normalisation). */
    public Optional<Entity> lookup(String mention) {
        return Optional.ofNullable(byAlias.get(normalise(mention)));
    }

    /** The entity publishing on {@code host} or a parent domain of it. */
    public Optional<Entity> byHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (h.contains(".")) {
            Entity e = byDomain.get(h);
            if (e != null) {
                return Optional.of(e);
            }
            h = h.substring(h.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** A name found inside a longer mention, with its position in words. */
    public record Found(Entity entity, int firstWord, int words) {
    }

    /**
     * The longest known name inside {@code mention} ("the confidential report by the UN experts" holds
     * "UN experts"); ties go to the rightmost, the head of a "by"/"of" phrase.
     */
    public Optional<Found> find(String mention) {
        String[] words = normalise(mention).split(" ");
        for (int n = Math.min(longestAlias, words.length); n >= 1; n--) {
            Found best = null;
            for (int i = 0; i + n <= words.length; i++) {
                Entity e = byAlias.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (e != null) {
                    best = new Found(e, i, n);
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** True when {@code ancestor} is {@code key} or an entity {@code key} is part of, directly or not. */
    public boolean isWithin(String key, String ancestor) {
        String k = key;
        for (int depth = 0; k != null && depth < 10; depth++) {
            if (k.equals(ancestor)) {
                return true;
            }
            Entity e = byKey.get(k);
            k = e == null ? null : e.partOf();
        }
        return false;
    }

    /**
     * The narrower entry a generic one means here: "UN experts" in a story about Libya is the Panel of Experts on
     * Libya. The words of the mention's own clause count first ("experts monitoring sanctions on Yemen"), then the
     * whole text; {@code generic} itself when no narrower entry's subject is named, or two are named as often.
     */
    public Entity narrow(Entity generic, String clause, String text) {
        List<Entity> options = narrower.getOrDefault(generic.key(), List.of());
        Entity best = generic;
        int bestScore = 0;
        boolean tie = false;
        for (Entity e : options) {
            int score = 0;
            for (Pattern w : about.getOrDefault(e.key(), List.of())) {
                score += 20 * count(w, clause) + count(w, text);
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? generic : best;
    }

    private static int count(Pattern p, String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        java.util.regex.Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** True for bodies that issue numbered or periodic reports (the IAEA's quarterly reports, a panel's annual one). */
    public boolean issuesPeriodicReports(String key) {
        return periodic.contains(key);
    }

    /**
     * True for report-issuing bodies that speak only in their reports (panels of experts, monitoring teams): what
     * "UN experts" warn of is what their report says.
     */
    public boolean speaksThroughReports(String key) {
        Entity e = byKey.get(key);
        return e != null && e.type() == EntityType.BODY && periodic.contains(key);
    }

    /** The short form news uses for the entity ("IAEA", "UNSC"), or its name when it has none. */
    public static String shortName(Entity e) {
        String best = null;
        for (String a : e.aliases()) {
            String t = a.strip();
            if (t.matches("\\p{Lu}[\\p{Lu}.]{1,7}") && (best == null || t.length() < best.length())) {
                best = t;
            }
        }
        return best != null ? best : e.name();
    }

    /** Number of entities. */
    public int size() {
        return byKey.size();
    }

    /** Lower case, accents folded, leading article, possessive and punctuation dropped, spaces single. */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}&]+", " ").strip();
        n = n.replaceFirst("^(?:the|a|an) ", "");
        return n;
    }
}
