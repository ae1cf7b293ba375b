package io.headwater.ingest;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The writer named in an author box beside or under the text, as blogs and magazines print one: a box classed
 * {@code author-bio}, {@code author-box}, {@code author-info} with the name as its heading, or a heading "Autor",
 * "Über den Autor", "About the author", "Sobre el autor", "À propos de l'auteur" with the name under it.
 */
final class AuthorBox {

    /** A class word of the writer: "author", "autor", "auteur" (not "authority"). */
    private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)author(?!ity)|autor|auteur");
    /** A class word of a box about someone: "author-bio", "author-box", "about-author", "teaser-box author". */
    private static final Pattern BOX_CLASS = Pattern.compile("(?i)bio|box|info|about|card|profile");
    /** A box's own label, no one's name: "Autor", "Über den Autor", "About the author", "À propos de l'auteur". */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)(?:über\\s+(?:den|die)\\s+|zu[mr]\\s+|der\\s+|die\\s+|about\\s+(?:the\\s+)?|the\\s+|sobre\\s+(?:el\\s+|la\\s+|o\\s+|a\\s+)?|"
                    + "el\\s+|la\\s+|o\\s+|a\\s+|à\\s+propos\\s+de\\s+l['’]\\s*|l['’]\\s*|sull['’]\\s*)?"
                    + "(?:autor(?:in|en|innen|a|es)?|author(?:s)?|auteur(?:e|s)?|autore|verfasser(?:in)?)\\s*:?");
    /** Boxes about other people: commenters, customers quoted in a testimonial, reviewers. */
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)comment|kommentar|reply|antwort|testimonial|review|quote");
    /** The elements a box prints its name in. */
    private static final String NAME_ELEMENTS = "h1, h2, h3, h4, h5, h6, strong, b, a, span, div, p";
    private static final int MAX_BOXES = 3;
    private static final int MAX_NAME = 40;

    private AuthorBox() {
    }

    /** The name the first author box of {@code body} gives, or none. */
    static List<String> names(Element body) {
        if (body == null) {
            return List.of();
        }
        int boxes = 0;
        for (Element e : body.getAllElements()) {
            if (boxes >= MAX_BOXES) {
                break;
            }
            if (isBox(e)) {
                boxes++;
                String name = nameIn(e);
                if (name != null) {
                    return List.of(name);
                }
            } else if (isHeading(e) && LABEL.matcher(e.text().strip()).matches()) {
                // "Über den Autor" as a heading, the name in the element after it
                boxes++;
                String name = nameAfter(e);
                if (name != null) {
                    return List.of(name);
                }
            }
        }
        return List.of();
    }

    private static boolean isBox(Element e) {
        String cls = e.className();
        return !cls.isEmpty() && AUTHOR_CLASS.matcher(cls).find() && BOX_CLASS.matcher(cls).find()
                && !ELSEWHERE.matcher(cls).find() && !inComments(e);
    }

    /** The first element of the box whose whole text is a name, past the box's label. */
    private static String nameIn(Element box) {
        for (Element e : box.select(NAME_ELEMENTS)) {
            String name = asName(e);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String nameAfter(Element heading) {
        for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (next.text().isBlank()) {
                continue;
            }
            String name = asName(next);
            if (name == null) {
                for (Element e : next.select(NAME_ELEMENTS)) {
                    name = asName(e);
                    if (name != null) {
                        break;
                    }
                }
            }
            return name;
        }
        return null;
    }

    /** The element's text when it is a person's name and nothing else ("Martin Roe"), or the names of "Alles von Martin Roe". */
    private static String asName(Element e) {
        String text = e.text().replace('\u00a0', ' ').strip();
        if (text.isEmpty() || text.length() > MAX_NAME || LABEL.matcher(text).matches() || !isOneText(e)) {
            return null;
        }
        if (BylineReader.isPersonName(text)) {
            return text;
        }
        // "Alles von Martin Roe", "All posts by Jane Roe": the link to the writer's page
        if (e.normalName().equals("a")) {
            List<String> names = BylineReader.names(text);
            return names.size() == 1 && BylineReader.isPersonName(names.get(0)) ? names.get(0) : null;
        }
        return null;
    }

    /** One run of text: "Johanna Roe" over a link "Alle Artikel" in the same box is two texts, not one name. */
    private static boolean isOneText(Element e) {
        return e.getAllElements().stream().flatMap(x -> x.textNodes().stream()).filter(t -> !t.isBlank()).count() == 1;
    }

    private static boolean isHeading(Element e) {
        String name = e.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static boolean inComments(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (ELSEWHERE.matcher(a.className()).find() || ELSEWHERE.matcher(a.id()).find()) {
                return true;
            }
        }
        return false;
    }
}
