package io.headwater.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline: the headline as readers see it (an element marked {@code itemprop=headline}, the
 * {@code <h1>}, a heading classed "entry-title" or "headline"), when what the page declares (JSON-LD, OpenGraph,
 * {@code <title>}) agrees that it is the headline and it is not the site's logo; otherwise the declared headline,
 * and last the {@code <title>} without the site's name.
 */
final class HeadlineChooser {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»•│/]+\\s+|\\s+::\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int LONGEST = 300;
    /** Class words of the line printed over a headline inside its {@code <h1>}: "kicker", "Dachzeile", "overline". */
    private static final Pattern KICKER_CLASS = Pattern.compile(
            "(?i)kicker|dachzeile|overline|topline|eyebrow|supertitle|roofline|spitzmarke|rubrik|category|label|subject");

    private HeadlineChooser() {
    }

    /** The headline of {@code page}; the declared ones may each be null. */
    static String choose(PageScan page, String publisher, String declared, String openGraph, String twitter) {
        String title = titleWithoutSite(page.title, publisher);
        List<String> named = new ArrayList<>();
        for (String s : new String[] {declared, openGraph, twitter, title, page.title}) {
            // a title that is only the site's name says nothing about the headline
            if (s != null && !s.isBlank() && (publisher == null || !key(s).equals(key(publisher)))) {
                named.add(s);
            }
        }
        for (Element h1 : candidates(page)) {
            String text = h1.text().strip();
            if (text.isEmpty() || text.length() > LONGEST || isSiteName(h1, text, publisher, page.title)) {
                continue;
            }
            if (named.isEmpty() || agrees(text, named)) {
                return withoutKicker(h1, text, named);
            }
        }
        for (String s : new String[] {declared, openGraph, twitter, title}) {
            if (s != null && !s.isBlank()) {
                return withoutSiteSuffix(s, publisher);
            }
        }
        return null;
    }

    /** The elements that may print the headline, strongest first. */
    private static List<Element> candidates(PageScan page) {
        List<Element> candidates = new ArrayList<>(page.headlineMarked);
        candidates.addAll(page.h1s);
        candidates.addAll(page.titledHeadings);
        return candidates;
    }

    /** The visible element that prints {@code headline} whole, or null. */
    static Element printedHeadline(PageScan page, String headline) {
        if (headline == null) {
            return null;
        }
        String k = key(headline);
        for (Element e : candidates(page)) {
            String text = e.text().strip();
            if (!k.isEmpty() && key(text).equals(k) && !isSiteName(e, text, null, page.title)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The first {@code <h2>} or {@code <h3>} of {@code body} that prints {@code headline}, for pages whose {@code <h1>} is
     * the site's logo and whose headline heading carries no title class; null when there is none.
     */
    static Element headingPrinting(Element body, String headline) {
        if (body == null || headline == null || key(headline).isEmpty()) {
            return null;
        }
        String k = key(headline);
        for (Element e : body.select("h2, h3")) {
            if (key(e.text()).equals(k)) {
                return e;
            }
        }
        return null;
    }

    /** True when {@code headline} is the text of one of the page's visible headline candidates. */
    static boolean isPrinted(PageScan page, String headline) {
        if (headline == null) {
            return false;
        }
        String k = key(headline);
        for (Element e : candidates(page)) {
            String text = e.text().strip();
            if (key(text).contains(k) && !isSiteName(e, text, null, page.title)) {
                return true;
            }
        }
        return false;
    }

    /** A logo in an {@code <h1>}: the publisher's name, a link home, or the short end of "Headline | Site". */
    private static boolean isSiteName(Element h1, String text, String publisher, String title) {
        String t = key(text);
        if (publisher != null && t.equals(key(publisher))) {
            return true;
        }
        for (Element a : h1.select("a[href]")) {
            String href = a.attr("href");
            if (href.equals("/") || href.matches("https?://[^/]+/?")) {
                return true;
            }
        }
        if (title != null) {
            String[] parts = TITLE_SEPARATOR.split(title.strip());
            if (parts.length >= 2) {
                String first = key(parts[0]);
                String last = key(parts[parts.length - 1]);
                String longest = "";
                for (String p : parts) {
                    longest = key(p).length() > longest.length() ? key(p) : longest;
                }
                return t.equals(last) && !t.equals(first) && !t.equals(longest);
            }
        }
        return false;
    }

    /**
     * "<h1><span>Nach Corona-Lockerungen</span> <span>Autohäuser rechnen ...</span></h1>": a kicker, a date or a
     * section printed in the headline's element is left out when a declared title names one part alone.
     */
    private static String withoutKicker(Element h1, String text, List<String> named) {
        List<String> parts = new ArrayList<>();
        String marked = null;
        for (Element child : h1.children()) {
            if (!child.text().isBlank()) {
                parts.add(child.text().strip());
                if (KICKER_CLASS.matcher(child.className()).find()) {
                    marked = child.text().strip();
                }
            }
        }
        // "<h1><span class=kicker>Tunesien</span> Große Aufgaben ...</h1>": the headline is the h1's own text
        if (!h1.ownText().isBlank()) {
            parts.add(h1.ownText().strip());
        }
        if (parts.size() < 2) {
            return text;
        }
        String best = null;
        for (String p : parts) {
            String k = key(p);
            for (String n : named) {
                String nk = key(n);
                if (nk.equals(k)) {
                    return p;
                }
                if (nk.contains(k) && k.length() * 3 >= key(text).length() && (best == null || p.length() > best.length())) {
                    best = p;
                }
            }
        }
        if (best == null && marked != null && text.startsWith(marked)) {
            best = text.substring(marked.length()).replaceFirst("^[\\s:|–-]+", "").strip();
        }
        return best != null && !best.isEmpty() ? best : text;
    }

    /** True when one of {@code named} contains the text, is contained in it, or shares most of its words. */
    private static boolean agrees(String text, List<String> named) {
        String t = key(text);
        Set<String> words = words(text);
        for (String n : named) {
            String k = key(n);
            if (k.isEmpty()) {
                continue;
            }
            if (k.contains(t) || t.contains(k)) {
                return true;
            }
            Set<String> other = words(n);
            Set<String> shared = new HashSet<>(words);
            shared.retainAll(other);
            if (shared.size() * 2 >= Math.min(words.size(), other.size()) && shared.size() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(fold(s))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String key(String s) {
        return NON_WORD.matcher(fold(s)).replaceAll("");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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

    static String withoutSiteSuffix(String headline, String publisher) {
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

}
