package io.headwater.ingest;

import java.util.ArrayList;
import java.util.List;
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
        /** Names page furniture: sharing, related links, ads, newsletters. */
        FURNITURE,
        /** Names readers' comments and the forms to write them: never the article, however much prose they hold. */
        COMMENTS,
        /**
         * Names a teaser: the lead of the article when it stands between the headline and the text, a teaser of
         * another article anywhere else.
         */
        TEASER,
        /** Names the article body: article, story, content, entry. */
        CONTENT,
        /** Names a caption or photo credit. */
        CAPTION,
        /** Says nothing useful. */
        NEUTRAL
    }

    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "disqus", "respond", "reply", "replies");
    private static final Set<String> TEASER_WORDS = Set.of("teaser");
    /**
     * Words that name furniture only as the thing itself ("hidden", "print-button"), not as a modifier of another
     * word ("field--label-hidden": the label is hidden; "hidden-xs": hidden on small screens only; "print-only").
     */
    private static final Set<String> STATE_WORDS = Set.of("hidden", "print");
    /** What a state word may be followed by and still name the element: "print-button", "d-print-none". */
    private static final Set<String> STATE_OBJECTS = Set.of("none", "hidden", "button", "btn", "icon", "link", "tool", "tools");
    private static final Set<String> STATE_SUBJECTS = Set.of("label", "title", "field", "caption", "legend", "heading");
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "share", "sharing", "sharebar", "social",
            "related", "recommended", "recommendations", "recirc", "recirculation", "promo", "promotion", "newsletter",
            "subscribe", "subscription", "signup", "sidebar", "widget", "widgets", "advert", "advertisement",
            "advertising", "ad", "ads", "adslot", "adunit", "adsbygoogle", "dfp", "gpt", "sponsor", "sponsored",
            "banner", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "breadcrumb", "breadcrumbs", "tags",
            "tagged", "tagcloud", "nav", "navbar", "navigation", "menu", "footer", "masthead", "toolbar", "outbrain",
            "taboola", "popular", "trending", "sr", "visually", "offscreen", "login", "noprint",
            "pagination", "pager", "byline", "dateline", "timestamp", "meta", "author", "bio",
            "newsletters", "rail", "teaser", "teasers", "carousel", "slideshow", "gallery", "video", "player",
            "skip", "jump", "toc", "overlay", "alert", "donate", "donation", "download", "follow", "disclaimer", "messenger");
    /** Page builders name every box a widget ("elementor-widget-container"): there the word says nothing. */
    private static final Set<String> BUILDER_WORDS = Set.of("elementor", "wpb", "fusion", "et", "vc");
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
        boolean comments = false;
        boolean teaser = false;
        boolean content = false;
        boolean caption = false;
        boolean story = false;
        for (String token : attributes.split("[\\s#]+")) {
            List<String> words = words(token);
            boolean builder = !words.isEmpty() && BUILDER_WORDS.contains(words.get(0));
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                story |= STORY_WORDS.contains(word);
                if (CAPTION_WORDS.contains(word)) {
                    caption = true;
                } else if (COMMENT_WORDS.contains(word)) {
                    comments = true;
                } else if (TEASER_WORDS.contains(word)) {
                    teaser = true;
                } else if (STATE_WORDS.contains(word)) {
                    furniture |= namesItself(words, i);
                } else if (FURNITURE_WORDS.contains(word)) {
                    furniture |= !(builder && word.startsWith("widget"));
                } else if (CONTENT_WORDS.contains(word)) {
                    content = true;
                }
            }
        }
        if (caption && !story) {
            return Role.CAPTION;
        }
        if (comments) {
            return Role.COMMENTS;
        }
        if (furniture) {
            return Role.FURNITURE;
        }
        if (teaser) {
            return Role.TEASER;
        }
        return content ? Role.CONTENT : Role.NEUTRAL;
    }

    /**
     * "hidden", "is-hidden", "print-button", "no-print", "d-print-none" (what a page leaves out of print is furniture):
     * the state word names the element; "label-hidden", "hidden-xs", "print-only" do not.
     */
    private static boolean namesItself(List<String> words, int i) {
        if (i > 0 && STATE_SUBJECTS.contains(words.get(i - 1))) {
            return false;
        }
        return i == words.size() - 1 || STATE_OBJECTS.contains(words.get(i + 1));
    }

    /** Splits "articleBody related-links_2" into article, body, related, links. */
    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
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
