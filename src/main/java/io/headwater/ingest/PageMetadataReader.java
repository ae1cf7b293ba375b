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

    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?i)^(?:(?:analysis|opinion|commentary|review|story|words|text|reporting|written)\\s+)?(?:by|von|por|par)\\s*:?\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&|\\bund\\b|\\be\\b|\\by\\b|\\bet\\b)\\s*");
    /** Byline tails that are roles or places rather than names: "Jane Doe, Staff Writer". */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i).*\\b(?:staff|writer|reporter|correspondent|editor|contributor|published|updated|posted|min read|"
                    + "follow|email|twitter|photo|associated press writer)\\b.*|.*\\d.*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");

    private PageMetadataReader() {
    }

    /** Reads the metadata of {@code page}, falling back on {@code documentUrl} for the address. */
    static PageMetadata read(PageScan page, JsonLdArticleReader.Declared declared, String documentUrl) {
        Map<String, String> meta = new HashMap<>();
        List<String> metaAuthors = new ArrayList<>();
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
            if (key.equals("author") || key.equals("article:author") || key.equals("parsely-author")
                    || key.equals("sailthru.author") || key.equals("dc.creator") || key.equals("citation_author")
                    || key.equals("byl")) {
                metaAuthors.add(value);
            }
        }

        String publisher = firstSegment(firstNonNull(declared.publisher(), JsonLdArticleReader.clean(meta.get("og:site_name")),
                JsonLdArticleReader.clean(meta.get("application-name")), nonUrl(meta.get("article:publisher")),
                nonUrl(meta.get("publisher")), nonUrl(meta.get("dc.publisher"))));

        String headline = firstNonNull(declared.headline(), JsonLdArticleReader.clean(meta.get("og:title")),
                JsonLdArticleReader.clean(meta.get("twitter:title")), firstH1(page),
                titleWithoutSite(page.title, publisher));
        headline = withoutSiteSuffix(headline, publisher);

        List<String> authors = new ArrayList<>();
        for (String declaredAuthor : declared.authors()) {
            List<String> names = splitAuthors(declaredAuthor);
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
                for (String name : splitAuthors(value)) {
                    if (!name.equals(publisher) && !authors.contains(name)) {
                        authors.add(name);
                    }
                }
            }
        }
        Element bylineElement = page.byline();
        if (bylineElement != null) {
            byline = bylineElement.text().strip();
            if (authors.isEmpty()) {
                authors.addAll(namesInByline(bylineElement));
                withoutOutletNames(authors, publisher);
            }
        }
        withoutOutletNames(authors, publisher);
        if (byline == null && !authors.isEmpty()) {
            byline = "By " + String.join(" and ", authors);
        }

        String published = firstDate(declared.published(), meta.get("article:published_time"),
                meta.get("og:published_time"), meta.get("datepublished"), meta.get("publishdate"),
                meta.get("publish-date"), meta.get("pubdate"), meta.get("dc.date.issued"), meta.get("dc.date"),
                meta.get("dcterms.created"), meta.get("date"), meta.get("sailthru.date"), meta.get("parsely-pub-date"),
                timeElement(page.publishedTime));
        String modified = firstDate(declared.modified(), meta.get("article:modified_time"),
                meta.get("og:updated_time"), meta.get("datemodified"), meta.get("dc.date.modified"));

        Element canonical = page.canonical;
        String url = firstNonNull(
                canonical == null ? null : address(absolute(canonical.absUrl("href"), canonical.attr("href"))),
                address(absoluteOrNull(meta.get("og:url"))), address(declared.url()), address(documentUrl));

        String language = languageTag(firstNonNull(page.htmlLang, meta.get("content-language"),
                meta.get("og:locale"), declared.language(), meta.get("language"), meta.get("dc.language")));

        String description = firstNonNull(declared.description(), JsonLdArticleReader.clean(meta.get("og:description")),
                JsonLdArticleReader.clean(meta.get("description")));
        return new PageMetadata(headline, authors, byline, published, modified, publisher, url, language, description);
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

    private static String firstH1(PageScan page) {
        if (page.firstH1 == null) {
            return null;
        }
        String t = page.firstH1.text().strip();
        return t.isEmpty() || t.length() > 300 ? null : t;
    }

    /** "Headline | Site" to "Headline" when the site is known or the first part is clearly the longer. */
    static String titleWithoutSite(String title, String publisher) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        String cut = withoutSiteSuffix(t, publisher);
        if (!cut.equals(t)) {
            return cut;
        }
        // Without a known site name, the longest part of "Section - Headline | Site" is the headline.
        return longest.split("\\s+").length >= 4 ? longest : t;
    }

    private static String withoutSiteSuffix(String headline, String publisher) {
        if (headline == null || publisher == null) {
            return headline;
        }
        String lower = headline.toLowerCase(Locale.ROOT);
        String site = publisher.toLowerCase(Locale.ROOT);
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · ", " » "}) {
            if (lower.endsWith(sep + site)) {
                return headline.substring(0, headline.length() - sep.length() - site.length()).strip();
            }
            if (lower.startsWith(site + sep)) {
                return headline.substring(site.length() + sep.length()).strip();
            }
        }
        return headline;
    }

    private static List<String> namesInByline(Element byline) {
        List<String> names = new ArrayList<>();
        for (Element name : byline.select("[itemprop=name], a[rel=author], a[href*=author], a[href*=/by/]")) {
            for (String t : splitAuthors(name.text())) {
                if (!names.contains(t)) {
                    names.add(t);
                }
            }
        }
        if (names.isEmpty()) {
            names.addAll(splitAuthors(byline.text()));
        }
        return names;
    }

    /** "By Jane Doe and John Roe, Reuters" to the names it holds. */
    static List<String> splitAuthors(String value) {
        List<String> names = new ArrayList<>();
        if (value == null || looksLikeUrl(value.strip())) {
            return names;
        }
        String v = BY_PREFIX.matcher(value.strip()).replaceFirst("");
        for (String part : AUTHOR_SPLIT.split(v)) {
            String name = part.strip();
            if (looksLikeName(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean looksLikeName(String s) {
        return !s.isEmpty() && s.length() <= 60 && !looksLikeUrl(s) && !NOT_A_NAME.matcher(s).matches()
                && Character.isLetter(s.codePointAt(0)) && s.split("\\s+").length <= 6;
    }

    private static String timeElement(Element t) {
        if (t == null) {
            return null;
        }
        return t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
    }

    /**
     * The first value that parses as a plausible date: templates print placeholders such as
     * "0001-01-01T00:00:00Z" when the real date is missing, and those must not hide a later source.
     */
    private static String firstDate(String... values) {
        int latest = java.time.Year.now().getValue() + 1;
        for (String value : values) {
            if (value == null) {
                continue;
            }
            String iso = PublicationDateParser.parse(value).orElse(null);
            if (iso != null) {
                int year = Integer.parseInt(iso.substring(0, 4));
                if (year >= 1800 && year <= latest) {
                    return iso;
                }
            }
        }
        return null;
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
