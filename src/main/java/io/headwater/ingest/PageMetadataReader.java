package io.headwater.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

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

    /** The separators between a page title's parts: "Headline | Site", "Site - Section". */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|–—-]\\s+|\\s*[|»]\\s*");

    private static final Pattern REVIEW_TYPE = Pattern.compile("(?i)review|comment|answer|question|rating");

    /** The longest byline element read whole as names ("Ana Ruiz, Ben Cole"); longer ones are biographies. */
    private static final int WHOLE_BYLINE = 80;

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

        Element canonical = page.canonical;
        String canonicalUrl = canonical == null ? null : absolute(canonical.absUrl("href"), canonical.attr("href"));
        String url = firstNonNull(address(canonicalUrl), address(absoluteOrNull(meta.get("og:url"))), address(declared.url()),
                address(documentUrl));
        Outlet outlet = new Outlet(publisher, hostOf(url), page.title);

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
        // a <meta name="author"> is often the site's for every page; the article's own microdata is the article's
        boolean declaredInMeta = authors.isEmpty() && !metaAuthors.isEmpty();
        if (authors.isEmpty()) {
            for (String value : metaAuthors) {
                // "talbote.example.de, Talstadt, Germany": the site and its town, no one's name
                if (OUTLET_NAME.matcher(value.split(",")[0].strip().toLowerCase(Locale.ROOT)).find() && value.indexOf(',') > 0) {
                    continue;
                }
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
        boolean outletsOnly = !authors.isEmpty() && authors.stream().allMatch(outlet::names);
        // "Nils" declared, "Eine Kolumne von Nils Pickert" printed: the printed name completes a first name or handle
        boolean handleOnly = !outletsOnly && authors.size() == 1 && authors.get(0).indexOf(' ') < 0;
        for (Element bylineElement : page.bylines()) {
            if (byline == null) {
                byline = bylineElement.text().strip();
            }
            if (declaredInMeta && bylineElement.attr("itemprop").equalsIgnoreCase("author") && !aboutAReview(bylineElement)) {
                // "Landesamt für Wege" in the <meta>, "<span itemprop=author>Joachim Roe</span>" under the text
                declaredInMeta = false;
                List<String> marked = namesInByline(bylineElement);
                marked.removeIf(outlet::isPublisher);
                if (!marked.isEmpty()) {
                    authors = marked;
                    byline = bylineElement.text().strip();
                    break;
                }
            }
            if (!authors.isEmpty() && !outletsOnly && !handleOnly) {
                // "Rudolf Roe" declared, "von Rudolf Roe, Simon Doe" printed: the byline names every writer
                List<String> printed = namesInByline(bylineElement);
                if (printed.size() > authors.size() && printed.containsAll(authors)) {
                    authors = printed;
                    byline = bylineElement.text().strip();
                }
                break;
            }
            if (newsroom == null) {
                newsroom = BylineReader.newsroom(bylineElement.text());
            }
            List<String> printed = namesInByline(bylineElement);
            printed.removeIf(outlet::isPublisher);
            if (printed.isEmpty() && !handleOnly) {
                // "Quelle: hessenschau.de/bb": the newsroom credited in the byline, an outlet by nature
                printed = BylineReader.source(bylineElement.text());
            }
            if (!printed.isEmpty() && (!handleOnly || completes(printed, authors.get(0)))) {
                authors = printed;
                // "Krimiblog-Archiv" printed as the author on krimiblog.de: keep looking for the writer
                outletsOnly = printed.stream().allMatch(outlet::names);
                handleOnly = false;
                byline = bylineElement.text().strip();
            }
            withoutOutletNames(authors, publisher);
        }
        if (authors.isEmpty() || outletsOnly || handleOnly) {
            // the heading that prints the headline: a blog's first <h1> is now and then its name, the post's title an <h2>
            Element heading = HeadlineChooser.printedHeadline(page, headline);
            if (heading == null) {
                heading = HeadlineChooser.headingPrinting(page.body, headline);
            }
            if (heading == null) {
                heading = page.firstH1 != null ? page.firstH1 : page.firstH2;
            }
            if (heading != null) {
                List<String> printed = BylineReader.printedAfter(heading);
                if (printed.isEmpty() && authors.isEmpty()) {
                    printed = BylineReader.printedBefore(heading);
                }
                if (!printed.isEmpty() && (!handleOnly || completes(printed, authors.get(0)))) {
                    authors = printed;
                }
            }
        }
        withoutOutletNames(authors, publisher);
        if (authors.isEmpty() || authors.stream().allMatch(outlet::names)) {
            // "Über den Autor", an author-bio box under the text
            List<String> boxed = AuthorBox.names(page.body);
            if (!boxed.isEmpty()) {
                authors = boxed;
            }
        }
        if (authors.isEmpty() && page.scriptAuthor != null) {
            authors = BylineReader.split(page.scriptAuthor);
            authors.removeIf(outlet::isPublisher);
        }
        if (authors.isEmpty() && newsroom != null) {
            authors = List.of(newsroom);
        }
        if (authors.size() == 1 && page.body != null && BylineReader.newsroom(authors.get(0)) == null && !outlet.names(authors.get(0))) {
            // "Todd" declared or printed, "Todd Roe" beside the text: the writer's whole name
            String whole = BylineReader.completed(authors.get(0), page.body);
            if (whole != null) {
                authors = List.of(whole);
            }
        }
        if (byline == null && !authors.isEmpty()) {
            byline = "By " + String.join(" and ", authors);
        }


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

    /**
     * The outlet that publishes a page, known by its name and its address, to tell it from a writer where the page
     * names it as the author.
     */
    record Outlet(String publisher, String host, String title) {

        /** The outlet of a page already read. */
        static Outlet of(PageMetadata m, String title) {
            return new Outlet(m.publisher(), hostOf(m.url()), title);
        }

        /**
         * "LAOLA1.at", "Die FURCHE" (the publisher), "Krimiblog-Archiv" on krimiblog.de, "Hanns-Seidel-Stiftung" on
         * hss.de, "LN" for "Lübecker Nachrichten": an outlet named where a writer is expected.
         */
        boolean names(String name) {
            if (isPublisher(name)) {
                return true;
            }
            String n = name.toLowerCase(Locale.ROOT);
            String letters = letters(n);
            String site = siteLabel(host);
            if (site != null && site.length() >= 4 && (letters.contains(site) || letters.length() >= 4 && site.contains(letters))) {
                return true;
            }
            // "Achtsam durch die Krise | Die FURCHE": the site's name, a part of the <title> of its own
            if (title != null && name.length() >= 3) {
                for (String part : TITLE_PARTS.split(title)) {
                    if (part.strip().equalsIgnoreCase(name.strip()) && !part.strip().equalsIgnoreCase(title.strip())) {
                        return true;
                    }
                }
            }
            // an abbreviation of the outlet's name or address: "LN", "HSS"
            String initials = initials(name);
            return name.length() <= 5 && name.equals(name.toUpperCase(Locale.ROOT)) && name.length() >= 2
                    && (publisher != null && initials(publisher).equalsIgnoreCase(name) || name.equalsIgnoreCase(site))
                    || initials.length() >= 2 && initials.equalsIgnoreCase(site) && name.indexOf('-') > 0;
        }

        /**
         * "LAOLA1.at", "Die FURCHE": a web address or the publisher's own name. Narrower than {@link #names}: a blog's
         * writer is often named like the blog's address ("Limespacer" on limespace.de), so a printed name is dropped
         * only for this.
         */
        boolean isPublisher(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return OUTLET_NAME.matcher(n).find()
                    || publisher != null && (n.contains(publisher.toLowerCase(Locale.ROOT)) || publisher.toLowerCase(Locale.ROOT).contains(n));
        }

        private static String initials(String name) {
            StringBuilder b = new StringBuilder();
            for (String w : name.split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                    b.appendCodePoint(w.codePointAt(0));
                }
            }
            return b.toString();
        }

        /** "www.krimiblog.de" to "krimiblog", "bayrische-bembel.de" to "bayrischebembel". */
        private static String siteLabel(String host) {
            if (host == null) {
                return null;
            }
            String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
            return labels.length < 2 ? null : letters(labels[labels.length - 2]);
        }
    }

    private static String letters(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Whether a printed name completes {@code handle}: "Nils Pickert" for "Nils", "Arian Schlichenmayer" for "arianschlichenmayer". */
    private static boolean completes(List<String> printed, String handle) {
        String h = letters(handle.toLowerCase(Locale.ROOT));
        for (String name : printed) {
            String n = name.toLowerCase(Locale.ROOT);
            if (name.indexOf(' ') > 0 && (n.startsWith(handle.toLowerCase(Locale.ROOT) + " ") || letters(n).equals(h))) {
                return true;
            }
        }
        return false;
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            return java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
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

    /** Microdata of a review, comment or answer on the page: its author is the reviewer's, not the article's. */
    private static boolean aboutAReview(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.hasAttr("itemtype")) {
                return REVIEW_TYPE.matcher(a.attr("itemtype")).find();
            }
        }
        return false;
    }

    private static List<String> namesInByline(Element byline) {
        List<String> names = new ArrayList<>(BylineReader.names(byline.text()));
        if (!names.isEmpty()) {
            return names;
        }
        for (Element name : byline.select("[itemprop=name], .fn, a[rel=author], a[href*=author], a[href*=/autor], a[href*=/by/]")) {
            List<String> split = BylineReader.split(name.text());
            // "revamp-it Webteam": what the page marks up as the name is one, though not shaped like a person's
            if (split.isEmpty() && (name.attr("itemprop").equals("name") || name.hasClass("fn"))) {
                String marked = name.text().strip();
                if (!marked.isEmpty() && marked.length() <= 40 && Character.isLetter(marked.codePointAt(0))
                        && !BylineReader.isPlaceholder(marked) && !looksLikeUrl(marked)) {
                    split = List.of(marked);
                }
            }
            for (String t : split) {
                if (!names.contains(t)) {
                    names.add(t);
                }
            }
        }
        // the element's whole text as the names, when it is as short as names are: an author's biography is not
        if (names.isEmpty() && byline.text().length() <= WHOLE_BYLINE) {
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

    /** {@code url}; absent when it is longer than any real page address ({@link Article#MAX_URL_CHARS}). */
    private static @Nullable String address(String url) {
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
