package io.headwater.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.parser.Parser;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the schema.org article a page declares in {@code <script type="application/ld+json">}: the
 * most article-like object of all blocks, {@code @graph}s and arrays, with {@code @id} references
 * (Yoast-style graphs name the author by reference) resolved.
 */
final class JsonLdArticleReader {

    /** What a JSON-LD article declares; every field may be null or empty. */
    record Declared(String headline, List<String> authors, String published, String modified, String publisher,
                    String url, String language, String articleBody, String description) {

        static final Declared NONE = new Declared(null, List.of(), null, null, null, null, null, null, null);
    }

    // Pages hand-write JSON-LD: raw newlines in strings, trailing commas and stray escapes are common.
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private static final Map<String, Integer> TYPE_RANK = Map.ofEntries(
            Map.entry("newsarticle", 10), Map.entry("reportagenewsarticle", 10), Map.entry("analysisnewsarticle", 10),
            Map.entry("opinionnewsarticle", 10), Map.entry("reviewnewsarticle", 10),
            Map.entry("backgroundnewsarticle", 10), Map.entry("liveblogposting", 9), Map.entry("article", 8),
            Map.entry("blogposting", 8), Map.entry("socialmediaposting", 6), Map.entry("report", 6),
            Map.entry("scholarlyarticle", 6), Map.entry("techarticle", 6), Map.entry("webpage", 2),
            Map.entry("itempage", 2), Map.entry("howto", 5), Map.entry("recipe", 5), Map.entry("review", 5),
            Map.entry("discussionforumposting", 6), Map.entry("qapage", 3), Map.entry("videoobject", 3),
            Map.entry("podcastepisode", 4), Map.entry("creativework", 3), Map.entry("medicalwebpage", 3),
            Map.entry("aboutpage", 2), Map.entry("collectionpage", 1));

    private JsonLdArticleReader() {
    }

    /** The most article-like declaration on the page, or {@link Declared#NONE}. */
    static Declared read(List<String> scripts) {
        List<JsonNode> objects = new ArrayList<>();
        for (String script : scripts) {
            if (!mayHoldArticle(script)) {
                continue;
            }
            JsonNode root = parse(script);
            if (root != null) {
                flatten(root, objects);
            }
        }
        if (objects.isEmpty()) {
            return Declared.NONE;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode o : objects) {
            String id = text(o.get("@id"));
            if (id != null && o.size() > 1) {
                byId.putIfAbsent(id, o);
            }
        }
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode o : objects) {
            int rank = rank(o);
            if (rank > bestRank) {
                best = o;
                bestRank = rank;
            }
        }
        if (best == null) {
            return Declared.NONE;
        }
        JsonNode article = best;
        return new Declared(
                clean(firstText(article, "headline", "name", "alternativeHeadline")),
                names(resolve(article.get("author"), byId), byId),
                firstText(article, "datePublished", "dateCreated", "uploadDate"),
                firstText(article, "dateModified"),
                firstName(resolve(firstPresent(article, "publisher", "sourceOrganization", "provider"), byId)),
                urlOf(article),
                language(article.get("inLanguage")),
                firstText(article, "articleBody", "text"),
                clean(firstText(article, "description")));
    }

    /**
     * Pages carry several blocks (breadcrumbs, site search, videos); only those that can declare an
     * article, or the people and organisations an article refers to by {@code @id}, are worth parsing.
     */
    private static boolean mayHoldArticle(String script) {
        return script.contains("rticle") || script.contains("Posting") || script.contains("@graph")
                || script.contains("Report") || script.contains("WebPage") || script.contains("ItemPage")
                || script.contains("HowTo") || script.contains("Recipe") || script.contains("Review")
                || script.contains("VideoObject") || script.contains("Episode") || script.contains("CreativeWork")
                || script.contains("Organization") || script.contains("Person");
    }

    private static JsonNode parse(String json) {
        String s = json.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LENIENT.readTree(s);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Collects every object of the tree that has a type, breadth-first, without recursion. */
    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int visited = 0;
        while (!todo.isEmpty() && visited++ < 10_000) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.values().forEach(todo::add);
            } else if (n.isObject()) {
                if (n.has("@type") || n.has("@id")) {
                    out.add(n);
                }
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null && main.isObject()) {
                    todo.add(main);
                }
            }
        }
    }

    private static int rank(JsonNode o) {
        int best = 0;
        for (String type : types(o)) {
            best = Math.max(best, TYPE_RANK.getOrDefault(type, 0));
        }
        if (best > 0 && o.has("articleBody")) {
            best++;
        }
        return best;
    }

    private static Set<String> types(JsonNode o) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode t = o.get("@type");
        if (t == null) {
            return types;
        }
        if (t.isArray()) {
            t.values().forEach(v -> types.add(v.asString("").toLowerCase(Locale.ROOT)));
        } else {
            types.add(t.asString("").toLowerCase(Locale.ROOT));
        }
        return types;
    }

    private static JsonNode resolve(JsonNode n, Map<String, JsonNode> byId) {
        if (n == null) {
            return null;
        }
        if (n.isObject() && n.size() == 1 && n.has("@id")) {
            JsonNode target = byId.get(text(n.get("@id")));
            return target != null ? target : n;
        }
        return n;
    }

    private static List<String> names(JsonNode n, Map<String, JsonNode> byId) {
        List<String> names = new ArrayList<>();
        if (n == null) {
            return names;
        }
        List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) {
            n.values().forEach(items::add);
        } else {
            items.add(n);
        }
        for (JsonNode item : items) {
            String name = firstName(resolve(item, byId));
            if (name != null && !looksLikeUrl(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String firstName(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : firstName(n.get(0));
        }
        if (n.isString()) {
            return clean(n.stringValue());
        }
        if (n.isObject()) {
            String name = text(n.get("name"));
            if (name == null) {
                String given = text(n.get("givenName"));
                String family = text(n.get("familyName"));
                if (given != null || family != null) {
                    name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
                }
            }
            return clean(name);
        }
        return null;
    }

    private static String urlOf(JsonNode article) {
        String url = text(article.get("url"));
        if (url == null) {
            JsonNode main = article.get("mainEntityOfPage");
            url = main != null && main.isObject() ? text(main.get("@id")) : text(main);
        }
        return url != null && looksLikeUrl(url) ? url : null;
    }

    private static String language(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isObject()) {
            String alt = text(n.get("alternateName"));
            return alt != null ? alt : text(n.get("name"));
        }
        return text(n);
    }

    private static JsonNode firstPresent(JsonNode o, String... keys) {
        for (String key : keys) {
            JsonNode v = o.get(key);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return null;
    }

    private static String firstText(JsonNode o, String... keys) {
        for (String key : keys) {
            String v = text(o.get(key));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isString() || n.isNumber()) {
            String s = n.asString().strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    /** Declarations often carry HTML entities or tags inside strings; the text is what is meant. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s;
        if (t.indexOf('&') >= 0) {
            t = Parser.unescapeEntities(t, false);
        }
        if (t.indexOf('<') >= 0) {
            t = org.jsoup.Jsoup.parseBodyFragment(t).text();
        }
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean looksLikeUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//") || s.startsWith("/");
    }
}
