package io.headwater.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The elements metadata is read from, gathered in one walk over the page rather than one query per
 * field: on a large page each query is a full traversal.
 */
final class PageScan {

    private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)(^|[-_ ])(byline|by-line)([-_ ]|$)");
    /** "author", "c-author__name", "authorname-txt", "autor", "verfasser": class words of a byline's names. */
    private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)author|autor|verfasser|writer");
    /** Class or id words of the elements pages print their dates in ("post-date", "entry-meta", "datum", "fecha"). */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|datum|time|publi|posted|fecha|dateline|meta|info|stand|zeit|byline|author|data");
    private static final int MAX_DATE_ELEMENTS = 300;
    private static final Pattern TITLE_CLASS = Pattern.compile("(?i)entry-title|post-title|article-title|headline|story-title|page-title");

    final List<Element> metas = new ArrayList<>();
    final List<String> jsonLd = new ArrayList<>();
    Element canonical;
    /** The page's {@code <body>}, for the last searches over all its text. */
    Element body;
    String htmlLang;
    String title;
    Element firstH1;
    /** The first few {@code <h1>} of the body: the first is now and then the site's logo. */
    final List<Element> h1s = new ArrayList<>();
    /** Elements marked {@code itemprop=headline} in the body. */
    final List<Element> headlineMarked = new ArrayList<>();
    /** Headings below {@code <h1>} classed as a title ("entry-title", "post-title", "headline"): blogs put theirs in an h2. */
    final List<Element> titledHeadings = new ArrayList<>();
    /** The first {@code <h2>} of the body, the headline of pages that have no {@code <h1>}. */
    Element firstH2;
    /**
     * Byline candidates by strength (itemprop=author, rel=author, class byline, class author), a few of each in
     * document order: the first of a kind is now and then an empty wrapper or a label ("Autor:") beside the name.
     */
    @SuppressWarnings("unchecked")
    final List<Element>[] bylines = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};
    private static final int BYLINES_OF_A_KIND = 3;
    /** Elements that may print or declare a date, in document order: {@code <time>}, {@code <abbr>}, itemprop dates, date-like classes. */
    final List<Element> dateElements = new ArrayList<>();
    /** The index in {@link #dateElements} the first {@code <h1>} of the body stands at. */
    int datesBeforeH1 = -1;

    /** The author a page's own script data names ({@code dataLayer = [{'author': 'Jane Doe'}]}). */
    @Nullable String scriptAuthor;
    private static final Pattern SCRIPT_AUTHOR = Pattern.compile(
            "[\"']author(?:_?name)?[\"']\\s*:\\s*[\"']([^\"'\\\\<>{}]{3,60})[\"']", Pattern.CASE_INSENSITIVE);

    private PageScan() {
    }

    static PageScan of(Document page) {
        PageScan scan = new PageScan();
        boolean inBody = false;
        for (Element e : page.getAllElements()) {
            switch (e.normalName()) {
                case "html" -> scan.htmlLang = e.attr("lang");
                case "body" -> {
                    inBody = true;
                    scan.body = e;
                }
                case "meta" -> scan.metas.add(e);
                case "title" -> {
                    if (scan.title == null && !inBody) {
                        scan.title = e.text();
                    }
                }
                case "link" -> {
                    if (scan.canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        scan.canonical = e;
                    }
                }
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        scan.jsonLd.add(e.data());
                    } else if (scan.scriptAuthor == null) {
                        scan.scriptAuthor = scriptAuthor(e.data());
                    }
                }
                case "h2", "h3" -> {
                    if (scan.firstH2 == null && inBody && e.normalName().equals("h2")) {
                        scan.firstH2 = e;
                    }
                    if (inBody && scan.titledHeadings.size() < 3 && TITLE_CLASS.matcher(e.className()).find()) {
                        scan.titledHeadings.add(e);
                    }
                }
                case "h1" -> {
                    if (inBody && scan.h1s.size() < 5) {
                        scan.h1s.add(e);
                    }
                    if (scan.firstH1 == null && inBody) {
                        scan.firstH1 = e;
                        scan.datesBeforeH1 = scan.dateElements.size();
                    }
                }
                default -> {
                }
            }
            if (inBody && scan.headlineMarked.size() < 3 && e.attr("itemprop").equalsIgnoreCase("headline")
                    && !e.normalName().equals("meta")) {
                scan.headlineMarked.add(e);
            }
            if (inBody) {
                scan.noteByline(e);
                scan.noteDate(e);
            }
        }
        return scan;
    }

    private static String scriptAuthor(String script) {
        if (!script.contains("uthor")) {
            return null;
        }
        java.util.regex.Matcher m = SCRIPT_AUTHOR.matcher(script);
        return m.find() ? m.group(1).strip() : null;
    }

    private void noteDate(Element e) {
        if (dateElements.size() >= MAX_DATE_ELEMENTS) {
            return;
        }
        String name = e.normalName();
        if (name.equals("time") || name.equals("abbr") || e.attr("itemprop").startsWith("date")
                || (!name.equals("meta") && !name.equals("body") && !name.equals("html") && !name.equals("script")
                && (DATE_CLASS.matcher(e.className()).find() || DATE_CLASS.matcher(e.id()).find()))) {
            dateElements.add(e);
        }
    }

    private void noteByline(Element e) {
        if (e.normalName().equals("meta")) {
            return;
        }
        String cls = e.className();
        if (!e.hasAttr("itemprop") && !e.hasAttr("rel") && cls.isEmpty()) {
            return;
        }
        if (aboutOtherThings(e)) {
            return;
        }
        if (e.attr("itemprop").equalsIgnoreCase("author")) {
            noteByline(0, e);
        }
        if (e.attr("rel").equalsIgnoreCase("author")) {
            noteByline(1, e);
        }
        if (cls.isEmpty()) {
            return;
        }
        String lower = cls.toLowerCase(Locale.ROOT);
        if (lower.contains("by") && BYLINE_CLASS.matcher(lower).find()) {
            noteByline(2, e);
        }
        if (AUTHOR_CLASS.matcher(lower).find() && !lower.contains("authority")) {
            noteByline(3, e);
        }
    }

    private void noteByline(int kind, Element e) {
        if (bylines[kind].size() < BYLINES_OF_A_KIND && fits(e)) {
            bylines[kind].add(e);
        }
    }

    /** A byline-like element in a comment, a comment form or a teaser names someone else. */
    private static boolean aboutOtherThings(Element e) {
        int depth = 0;
        // a footer is the page's, unless it turns out to be the post's own ("post-footer" on Blogger, an
        // <article>'s <footer>), where blogs print "Posted by ..."
        boolean inFooter = false;
        for (Element a = e; a != null && depth++ < 12; a = a.parent()) {
            String name = a.normalName();
            if (name.equals("form") || name.equals("label") || name.equals("aside")) {
                return true;
            }
            if (name.equals("article") || name.equals("main") || isPost(a)) {
                return false;
            }
            if (name.equals("body")) {
                return inFooter;
            }
            String cls = a.className();
            inFooter |= name.equals("footer") || FOOTER.matcher(cls).find();
            // classes only: ids such as "sidebar" name whole content areas on some sites
            if (TextAfterHeading.ELSEWHERE.matcher(FOOTER.matcher(cls).replaceAll("")).find()) {
                return true;
            }
        }
        return inFooter;
    }

    private static final Pattern FOOTER = Pattern.compile("(?i)footer");
    /** Class words of the element holding one whole blog post or article. */
    private static final java.util.Set<String> POST_CLASSES = java.util.Set.of("post", "hentry", "blog-post", "type-post", "article");

    private static boolean isPost(Element e) {
        for (String c : e.classNames()) {
            if (POST_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(Element e) {
        String t = e.text();
        return !t.isBlank() && t.length() <= 120;
    }

    /** The byline candidates with printable text, strongest first. */
    List<Element> bylines() {
        List<Element> all = new ArrayList<>();
        for (List<Element> kind : bylines) {
            all.addAll(kind);
        }
        return all;
    }
}
