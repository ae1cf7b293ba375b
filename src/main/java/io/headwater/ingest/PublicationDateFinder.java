package io.headwater.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds when a page was first published, from the strongest evidence down: the JSON-LD article's
 * {@code datePublished}, the {@code <meta>} names publishers and CMSs use for it, microdata, a full date in
 * the address ({@code /2022/02/06/}), elements marked as the publication date ({@code <time pubdate>},
 * {@code abbr.published}), and last the date printed by the headline. A date that could not be a
 * publication date (before 1995, after tomorrow, a template's "0001-01-01") never counts; a date printed as
 * "Updated ..." or inside comments, teasers and side lists gives way to one that is not.
 */
final class PublicationDateFinder {

    /** {@code <meta>} names (lower case) of the publication date, strongest first. */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "datecreated", "date_published", "date_created", "publishdate", "publish-date", "publish_date",
            "published-date", "publication_date", "pubdate", "og:pubdate", "rnews:datepublished", "dc.date.issued",
            "dc.date.created", "dc.date.publication", "dcterms.created", "dcterms.issued", "dc.created", "dc:created",
            "citation_publication_date", "citation_date", "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime",
            "shareaholic:article_published_time", "article.published", "article.created", "article_date_original",
            "originalpublicationdate", "displaydate", "sw-pubdate", "pdate", "ptime", "bt:pubdate", "rbpubdate",
            "dcsext.articlefirstpublished", "uploaddate");
    /**
     * {@code <meta>} names of a date that says nothing of which it is: as often the day the page was generated or
     * changed as its publication, so a date printed for readers comes before them.
     */
    private static final List<String> UNSPECIFIED_META = List.of("dc.date", "dcterms.date", "dc:date", "date", "created");
    /** {@code <meta>} names of the last change. */
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
            "last-modified", "lastmod", "article:modified", "modified");
    /** A full date in an address: "/2022/02/06/", "/2022-02-06-", "/20220206/". */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    /** Class or id words of an element that holds the publication date itself. */
    private static final Pattern PUBLISHED_CLASS = Pattern.compile("(?i)publish|created|post-?date|entry-?date|pubdate|date-?posted|datum|fecha");
    /** Words that mark a printed date as a later change, in the languages of the pages read. */
    private static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?iu)\\b(?:updated|last updated|modified|aktualisiert|geändert|mis à jour|modifié|actualizado|actualizada|"
                    + "atualizado|atualizada|aggiornato|bijgewerkt|zuletzt)\\b");
    private static final int MAX_TEXT = 120;
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|kommentar|reply|antwort|discussion|disqus");
    /** How much text after the headline is searched for a printed date. */
    private static final int NEAR = 1500;
    /** A date line is a date and a few words: "16.10.2021 | Botschaft", "Mise en ligne 23 mai 2019". */
    private static final int DATE_LINE = 40;
    private static final int MAX_TEXT_NODES = 20_000;
    /** How much of a paragraph's start may hold the date it opens with ("06.02.2022 - ", "6 de febrero de 2022:"). */
    private static final int OPENING_DATE = 24;

    private PublicationDateFinder() {
    }

    /** The publication and last-change dates of a page, ISO-8601, either null. */
    record Dates(String published, String modified) {
    }

    static Dates find(PageScan page, JsonLdArticleReader.Declared declared, Map<String, String> meta,
                      List<String> urls, String language) {
        String modified = firstPlausible(language, declared.modified(), metaValue(meta, MODIFIED_META, language));
        // What the page declares for machines, strongest first; the first one counts unless the date printed
        // for readers confirms another.
        List<String> declaredDates = new ArrayList<>();
        for (String iso : new String[] {plausible(declared.published(), language), metaValue(meta, PUBLISHED_META, language),
                microdata(page, language), fromUrls(urls)}) {
            if (iso != null) {
                declaredDates.add(iso);
            }
        }
        String printed = markedElement(page, language);
        if (printed == null) {
            printed = printedNearHeadline(page, language);
        }
        String published = declaredDates.isEmpty() ? firstNonNull(printed, metaValue(meta, UNSPECIFIED_META, language))
                : declaredDates.get(0);
        if (printed != null) {
            for (String iso : declaredDates) {
                // within a day: a declared time stamp is often in UTC where the page prints its local day
                if (daysApart(printed, iso) <= 1) {
                    published = printed;
                    break;
                }
            }
        }
        if (published == null) {
            published = modified;
        }
        if (published == null) {
            // "08.11.2021 | Online-Fachtag ...": a date in the page's own title
            published = plausible(page.title, language);
        }
        return new Dates(published, modified);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static long daysApart(String a, String b) {
        return Math.abs(LocalDate.parse(a.substring(0, 10)).toEpochDay() - LocalDate.parse(b.substring(0, 10)).toEpochDay());
    }

    private static String metaValue(Map<String, String> meta, List<String> names, String language) {
        for (String name : names) {
            String iso = plausible(meta.get(name), language);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    private static String microdata(PageScan page, String language) {
        for (Element e : page.dateElements) {
            String prop = e.attr("itemprop");
            if (prop.equalsIgnoreCase("datePublished") || prop.equalsIgnoreCase("dateCreated")) {
                String iso = plausible(declaredValue(e), language);
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
    }

    static String fromUrls(List<String> urls) {
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            // An archive's own timestamp ("web.archive.org/web/20140226054445/...") is not the page's date.
            String path = url.replaceFirst("^https?://web\\.archive\\.org/web/\\d+[a-z_]*/", "");
            Matcher m = URL_DATE.matcher(path);
            if (m.find()) {
                String iso = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
                if (PublicationDateParser.parse(iso).isPresent() && PublicationDateParser.plausible(iso)) {
                    return iso;
                }
            }
        }
        return null;
    }

    /** {@code <time pubdate>}, {@code abbr.published}, an element classed "post-date" or "datum": its date. */
    private static String markedElement(PageScan page, String language) {
        for (Element e : page.dateElements) {
            boolean marked = e.hasAttr("pubdate") || PUBLISHED_CLASS.matcher(e.className()).find()
                    || PUBLISHED_CLASS.matcher(e.id()).find();
            if (marked && !elsewhere(e)) {
                String iso = plausible(declaredValue(e), language);
                if (iso == null) {
                    iso = plausible(shortText(e), language);
                }
                if (iso != null && !isUpdate(e)) {
                    return iso;
                }
            }
        }
        return null;
    }

    /**
     * The first date printed after the headline, in its text or in a date-like element, outside comments and
     * teasers; then any date-like element of the page; a date printed as a later change only when no other is.
     */
    private static String printedNearHeadline(PageScan page, String language) {
        String[] update = new String[1];
        Element heading = page.firstH1 != null ? page.firstH1 : page.firstH2;
        if (heading != null) {
            String iso = textAfter(heading, language, update);
            if (iso != null) {
                return iso;
            }
        }
        int from = Math.max(0, page.datesBeforeH1);
        // Passes: after the headline, before it, and then, since a date in a teaser-like box is more often the
        // article's own than not when it is the only one, the same in boxes that look like teasers.
        for (int pass = 0; pass < 4; pass++) {
            List<Element> elements = pass % 2 == 0 ? page.dateElements.subList(from, page.dateElements.size())
                    : page.dateElements.subList(0, from);
            for (Element e : elements) {
                if (elsewhere(e) != pass >= 2 || pass >= 2 && inComments(e)) {
                    continue;
                }
                String iso = plausible(declaredValue(e), language);
                if (iso == null) {
                    iso = plausible(shortText(e), language);
                }
                if (iso == null) {
                    continue;
                }
                if (!isUpdate(e.className() + " " + e.text())) {
                    return iso;
                }
                if (update[0] == null) {
                    update[0] = iso;
                }
            }
        }
        if (update[0] != null) {
            return update[0];
        }
        return dateLine(page.body, language);
    }

    /**
     * The last resort, as htmldate's extensive search: the first line of the page's text that is a date and little
     * else ("21.01.2022", "2021-10-16 | Botschaft"), outside navigation, comments, teasers and footers.
     */
    private static String dateLine(Element body, String language) {
        if (body == null) {
            return null;
        }
        for (TextNode t : textNodesOf(body)) {
            String text = t.text().strip();
            if (text.length() < 6 || text.length() > DATE_LINE) {
                continue;
            }
            Element parent = t.parent();
            if (parent == null || !Character.isDigit(text.charAt(0)) && parent.text().length() > DATE_LINE) {
                continue;
            }
            String iso = plausible(text, language);
            if (iso != null && !elsewhere(parent) && !inComments(parent) && !isUpdate(parent.text().length() > MAX_TEXT ? text : parent.text())) {
                return iso;
            }
        }
        return null;
    }

    private static List<TextNode> textNodesOf(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && nodes.size() < MAX_TEXT_NODES) {
                nodes.add(t);
            }
        }, root);
        return nodes;
    }

    /** The first date in the text after the headline ({@link #NEAR} characters), a later change's only if no other. */
    private static String textAfter(Element heading, String language, String[] update) {
        String[] found = new String[1];
        TextAfterHeading.walk(heading, NEAR, new TextAfterHeading.Visitor() {
            @Override
            public boolean text(TextNode t) {
                String text = t.text().strip();
                if (text.length() > 200) {
                    // "01.02.2022 „Der Arbeitsmarkt ...": the date that opens the first paragraph, as a dateline
                    text = Character.isDigit(text.charAt(0)) ? text.substring(0, OPENING_DATE) : "";
                }
                if (text.isEmpty()) {
                    return false;
                }
                String iso = plausible(text, language);
                if (iso == null) {
                    return false;
                }
                // "Aktualisiert: 30.12.2016" may stand in a text node of its own after its label
                String label = t.parent() != null ? t.parent().text() : text;
                if (!isUpdate(label.length() > MAX_TEXT ? text : label)) {
                    found[0] = iso;
                    return true;
                }
                update[0] = update[0] == null ? iso : update[0];
                return false;
            }

            @Override
            public boolean element(Element e) {
                if (e.normalName().equals("time") || e.normalName().equals("abbr")) {
                    String iso = plausible(declaredValue(e), language);
                    if (iso != null && !isUpdate(e.className() + " " + shortTextOrEmpty(e.parent()))) {
                        found[0] = iso;
                        return true;
                    }
                }
                return false;
            }
        });
        return found[0];
    }

    private static String shortTextOrEmpty(Element e) {
        if (e == null) {
            return "";
        }
        String t = e.text();
        return t.length() > MAX_TEXT ? "" : t;
    }

    private static String declaredValue(Element e) {
        for (String attr : new String[] {"datetime", "content", "title", "data-date", "data-published-at-date"}) {
            String v = e.attr(attr);
            if (!v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String shortText(Element e) {
        String t = e.text();
        return t.length() > MAX_TEXT ? null : t;
    }

    private static boolean isUpdate(Element e) {
        String t = e.text();
        return isUpdate(e.className() + " " + (t.length() > MAX_TEXT ? "" : t));
    }

    private static boolean isUpdate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return UPDATE_LABEL.matcher(lower).find() || lower.contains("modified") || lower.contains("updated");
    }

    /** True when {@code e} sits in a comment, a teaser or a list of other articles. */
    private static boolean elsewhere(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth++ < 6; a = a.parent()) {
            String name = a.normalName();
            if (name.equals("article") || name.equals("main") || name.equals("body")) {
                return false;
            }
            if (name.equals("aside") || name.equals("footer") || name.equals("nav") || name.equals("li") && a != e
                    && a.parent() != null && a.parent().childrenSize() > 3) {
                return true;
            }
            if (TextAfterHeading.ELSEWHERE.matcher(a.className()).find() || TextAfterHeading.ELSEWHERE.matcher(a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Comments are other people's and later: their dates are never the page's. */
    private static boolean inComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (COMMENTS.matcher(a.className()).find() || COMMENTS.matcher(a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String firstPlausible(String language, String... values) {
        for (String v : values) {
            String iso = plausible(v, language);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    private static String plausible(String value, String language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String iso = PublicationDateParser.parse(value, language).orElse(null);
        return PublicationDateParser.plausible(iso) ? iso : null;
    }
}
