package io.headwater.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Reads a page's headline, authors, dates, publisher, canonical address and language. What the page
 * declares for machines wins (JSON-LD, then OpenGraph and other {@code <meta>}, then microdata and
 * {@code <time>}); the visible markup (first {@code <h1>}, a "By ..." byline, {@code <title>}) fills
 * the gaps.
 */
final class PageMetadataReader {

    /** What {@code twitter:label1} says when {@code twitter:data1} holds the writer's name. */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?iu)\\s*(?:written\\s+by|(?:verfasst|geschrieben)\\s+von|autor(?:in)?|author|auteur|écrit\\s+par|escrito\\s+por|scritto\\s+da|"
                    + "geschreven\\s+door)\\s*:?\\s*");
    /** A web address in a name: "orf.at", "mdr.de", "finanztreff.de". */
    private static final Pattern OUTLET_NAME = Pattern.compile("[a-z0-9]\\.(?:[a-z]{2}|com|org|net|info)\\b");

    private PageMetadataReader() {
    }

    /** Reads the metadata of {@code page}, falling back on {@code documentUrl} for the address. */
    static PageMetadata read(PageScan page, JsonLdArticleReader.Declared declared, String documentUrl) {
        Map<String, String> meta = new HashMap<>();
        List<String> metaAuthors = new ArrayList<>();
        List<String> authorData = new ArrayList<>();
        for (Element m : page.metas) {
            String key = m.hasAttr("property") ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop")
                    : m.attr("http-equiv");
            String value = m.hasAttr("content") ? m.attr("content") : m.attr("value");
            if (key.isEmpty() || value.isBlank()) {
                continue;
            }
            key = key.toLowerCase(Locale.ROOT).strip();
            value = value.strip();
            meta.putIfAbsent(key, value);
            // Yoast and others print "Written by" / "Verfasst von" in twitter:label1 and the name in twitter:data1
            if (key.startsWith("twitter:label") && AUTHOR_LABEL.matcher(value).matches()) {
                authorData.add("twitter:data" + key.substring("twitter:label".length()));
            }
            if (key.equals("author") || key.equals("article:author") || key.equals("parsely-author")
                    || key.equals("sailthru.author") || key.equals("dc.creator") || key.equals("citation_author")
                    || key.equals("byl")) {
                metaAuthors.add(value);
            }
        }

        for (String key : authorData) {
            if (meta.containsKey(key)) {
                metaAuthors.add(meta.get(key));
            }
        }

        String publisher = firstSegment(firstNonNull(declared.publisher(), JsonLdArticleReader.clean(meta.get("og:site_name")),
                JsonLdArticleReader.clean(meta.get("application-name")), nonUrl(meta.get("article:publisher")),
                nonUrl(meta.get("publisher")), nonUrl(meta.get("dc.publisher"))));

        String headline = HeadlineChooser.choose(page, publisher, declared.headline(),
                JsonLdArticleReader.clean(meta.get("og:title")), JsonLdArticleReader.clean(meta.get("twitter:title")));

        List<String> authors = new ArrayList<>();
        for (String declaredAuthor : declared.authors()) {
            List<String> names = BylineReader.split(declaredAuthor);
            // A declared author that is no person's name ("Science X staff") is still what the page says.
            for (String name : names.isEmpty() ? List.of(declaredAuthor) : names) {
                if (!authors.contains(name)) {
                    authors.add(name);
                }
            }
        }
        withoutOutletNames(authors, publisher);
        String byline = null;
        if (authors.isEmpty()) {
            for (String value : metaAuthors) {
                for (String name : BylineReader.split(value)) {
                    if (!name.equals(publisher) && !authors.contains(name)) {
                        authors.add(name);
                    }
                }
            }
        }
        // "Redaktion" is no one's name, but when the page credits no one else it is the page's own credit
        String newsroom = firstNonNull(authors.stream().map(BylineReader::newsroom).filter(n -> n != null).findFirst().orElse(null),
                metaAuthors.stream().map(BylineReader::newsroom).filter(n -> n != null).findFirst().orElse(null));
        authors.removeIf(BylineReader::isPlaceholder);
        // "LAOLA1.at" declared as the author while the page prints "von Alexander Karper": the printed person wins
        boolean outletsOnly = !authors.isEmpty() && authors.stream().allMatch(a -> isOutlet(a, publisher));
        for (Element bylineElement : page.bylines()) {
            if (byline == null) {
                byline = bylineElement.text().strip();
            }
            if (!authors.isEmpty() && !outletsOnly) {
                break;
            }
            if (newsroom == null) {
                newsroom = BylineReader.newsroom(bylineElement.text());
            }
            List<String> printed = namesInByline(bylineElement);
            printed.removeIf(a -> isOutlet(a, publisher));
            if (!printed.isEmpty()) {
                authors = printed;
                outletsOnly = false;
                byline = bylineElement.text().strip();
            }
            withoutOutletNames(authors, publisher);
        }
        if (authors.isEmpty() || outletsOnly) {
            Element heading = page.firstH1 != null ? page.firstH1 : page.firstH2;
            if (heading != null) {
                List<String> printed = BylineReader.printedAfter(heading);
                if (!printed.isEmpty()) {
                    authors = printed;
                }
            }
        }
        withoutOutletNames(authors, publisher);
        if (authors.isEmpty() && page.scriptAuthor != null) {
            authors = BylineReader.split(page.scriptAuthor);
            authors.removeIf(a -> isOutlet(a, publisher));
        }
        if (authors.isEmpty() && newsroom != null) {
            authors = List.of(newsroom);
        }
        if (byline == null && !authors.isEmpty()) {
            byline = "By " + String.join(" and ", authors);
        }

        Element canonical = page.canonical;
        String canonicalUrl = canonical == null ? null : absolute(canonical.absUrl("href"), canonical.attr("href"));
        String url = firstNonNull(address(canonicalUrl), address(absoluteOrNull(meta.get("og:url"))), address(declared.url()),
                address(documentUrl));

        String language = languageTag(firstNonNull(page.htmlLang, meta.get("content-language"),
                meta.get("og:locale"), declared.language(), meta.get("language"), meta.get("dc.language")));

        PublicationDateFinder.Dates dates = PublicationDateFinder.find(page, declared, meta,
                java.util.Arrays.asList(canonicalUrl, meta.get("og:url"), declared.url(), documentUrl), language);
        String published = dates.published();
        String modified = dates.modified();

        String description = firstNonNull(declared.description(), JsonLdArticleReader.clean(meta.get("og:description")),
                JsonLdArticleReader.clean(meta.get("description")));
        return new PageMetadata(headline, authors, byline, published, modified, publisher, url, language, description);
    }

    /** "LAOLA1.at", "Die FURCHE" (the publisher): an outlet named where a writer is expected. */
    private static boolean isOutlet(String name, String publisher) {
        String n = name.toLowerCase(Locale.ROOT);
        return OUTLET_NAME.matcher(n).find()
                || publisher != null && (n.contains(publisher.toLowerCase(Locale.ROOT)) || publisher.toLowerCase(Locale.ROOT).contains(n));
    }

    /** "Autoracing | F1 | Indy" names the site first; the rest is a list of sections. */
    private static String firstSegment(String name) {
        if (name == null) {
            return null;
        }
        int bar = name.indexOf(" | ");
        return bar > 0 ? name.substring(0, bar).strip() : name;
    }

    /**
     * "Jill Disis, CNN Business" declares the outlet beside the writer: a name that contains the
     * publisher's is dropped when a person's name remains.
     */
    private static void withoutOutletNames(List<String> authors, String publisher) {
        if (publisher == null || authors.size() < 2) {
            return;
        }
        String outlet = publisher.toLowerCase(Locale.ROOT);
        List<String> people = new ArrayList<>();
        for (String a : authors) {
            if (!a.toLowerCase(Locale.ROOT).contains(outlet)) {
                people.add(a);
            }
        }
        if (!people.isEmpty()) {
            authors.retainAll(people);
        }
    }

    private static List<String> namesInByline(Element byline) {
        List<String> names = BylineReader.names(byline.text());
        if (!names.isEmpty()) {
            return names;
        }
        for (Element name : byline.select("[itemprop=name], a[rel=author], a[href*=author], a[href*=/by/]")) {
            for (String t : BylineReader.split(name.text())) {
                if (!names.contains(t)) {
                    names.add(t);
                }
            }
        }
        if (names.isEmpty()) {
            names.addAll(BylineReader.split(byline.text()));
        }
        return names;
    }

    /** "en_US", "EN-us", "English" to a BCP-47 tag; null when it is not one. */
    static String languageTag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace('_', '-');
        int comma = v.indexOf(',');
        if (comma > 0) {
            v = v.substring(0, comma).strip();
        }
        if (!v.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
            return null;
        }
        String tag = Locale.forLanguageTag(v).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    /** {@code url}, or null when it is longer than any real page address ({@link Article#MAX_URL_CHARS}). */
    private static String address(String url) {
        return url == null || url.length() > Article.MAX_URL_CHARS ? null : url;
    }

    private static String absoluteOrNull(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    private static String absolute(String resolved, String raw) {
        if (!resolved.isEmpty()) {
            return resolved;
        }
        return absoluteOrNull(raw);
    }

    private static String nonUrl(String s) {
        return s == null || looksLikeUrl(s) ? null : JsonLdArticleReader.clean(s);
    }

    private static boolean looksLikeUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//") || s.startsWith("www.");
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
