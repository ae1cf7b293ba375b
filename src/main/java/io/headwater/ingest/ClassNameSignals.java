package io.headwater.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about its role. Words are matched whole after
 * splitting on punctuation and camel case, so "ad" matches {@code ad-slot} but not {@code header}.
 * Results are cached per distinct attribute text, across pages: a site repeats a few class names
 * thousands of times, and a crawl repeats its sites.
 */
final class ClassNameSignals {

    /** The role a class name suggests. */
    enum Role {
        /** Names page furniture: comments, sharing, related links, ads, newsletters. */
        FURNITURE,
        /** Names the article body: article, story, content, entry. */
        CONTENT,
        /** Names a caption or photo credit. */
        CAPTION,
        /** Says nothing useful. */
        NEUTRAL
    }

    private static final Set<String> FURNITURE_WORDS = Set.of(
            "comment", "comments", "disqus", "respond", "reply", "replies", "share", "sharing", "sharebar", "social",
            "related", "recommended", "recommendations", "recirc", "recirculation", "promo", "promotion", "newsletter",
            "subscribe", "subscription", "signup", "sidebar", "widget", "widgets", "advert", "advertisement",
            "advertising", "ad", "ads", "adslot", "adunit", "adsbygoogle", "dfp", "gpt", "sponsor", "sponsored",
            "banner", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "breadcrumb", "breadcrumbs", "tags",
            "tagged", "tagcloud", "nav", "navbar", "navigation", "menu", "footer", "masthead", "toolbar", "outbrain",
            "taboola", "popular", "trending", "sr", "visually", "hidden", "offscreen", "login", "print",
            "pagination", "pager", "byline", "dateline", "timestamp", "meta", "author", "bio",
            "newsletters", "rail", "teaser", "teasers", "carousel", "slideshow", "gallery", "video", "player",
            "skip", "jump", "toc", "overlay", "alert", "donate", "donation", "download", "follow");
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "paragraph",
            "prose", "richtext", "markdown", "storytext", "postbody");
    /** Content words that mark a whole story, which a caption class on the same element cannot override. */
    private static final Set<String> STORY_WORDS = Set.of("article", "articlebody", "body", "entry", "main", "post", "story");
    private static final Set<String> CAPTION_WORDS = Set.of(
            "caption", "figcaption", "credit", "credits", "photocredit", "copyright", "attribution");

    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, Role> CACHE = new ConcurrentHashMap<>();

    /** The role {@code element}'s class and id suggest. */
    Role roleOf(Element element) {
        String cls = element.className();
        String id = element.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return Role.NEUTRAL;
        }
        String key = id.isEmpty() ? cls : cls + "#" + id;
        Role role = CACHE.get(key);
        if (role == null) {
            role = classify(key);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, role);
        }
        return role;
    }

    static Role classify(String attributes) {
        boolean furniture = false;
        boolean content = false;
        boolean caption = false;
        boolean story = false;
        for (String word : words(attributes)) {
            story |= STORY_WORDS.contains(word);
            if (CAPTION_WORDS.contains(word)) {
                caption = true;
            } else if (FURNITURE_WORDS.contains(word)) {
                furniture = true;
            } else if (CONTENT_WORDS.contains(word)) {
                content = true;
            }
        }
        if (caption && !story) {
            return Role.CAPTION;
        }
        if (furniture) {
            return Role.FURNITURE;
        }
        return content ? Role.CONTENT : Role.NEUTRAL;
    }

    /** Splits "articleBody related-links_2" into article, body, related, links. */
    private static Iterable<String> words(String s) {
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && !w.isEmpty()) {
                    words.add(w.toString().toLowerCase(Locale.ROOT));
                    w.setLength(0);
                }
                w.append(c);
            } else if (!w.isEmpty()) {
                words.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
            prev = c;
        }
        if (!w.isEmpty()) {
            words.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
