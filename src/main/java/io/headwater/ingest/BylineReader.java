package io.headwater.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Reads authors' names from bylines as pages print them, in many languages: "By Jane Doe and John Roe",
 * "Von Moritz Wichmann", "Par Matthieu Hy", "Por Ana Ruiz y Luis Gil", "Autorin: Uta Helkenberg",
 * "Ein Artikel von Pamela Sladky | 27.01.2022", "Redaktion: Eberhard Fuhr (Pressesprecher)" - without the
 * dates, places, job titles and "Redaktion" printed around the names.
 */
final class BylineReader {

    /** The word that introduces the names, with the words that may stand before it ("Ein Artikel von"). */
    private static final Pattern LEAD = Pattern.compile(
            "(?iu)(?:^|[\\s|•·,–-])(?:(?:ein\\s+)?(?:artikel|beitrag|blog\\s*beitrag|bericht|text|story|words|reporting|analysis|"
                    + "opinion|commentary|review|written|posted|published|publiziert|veröffentlicht|geschrieben|verfasst|"
                    + "un\\s+article|publicado|escrito|publié|écrit|scritto|articolo|artigo)\\s+)?"
                    + "(?:by|von|par|por|di|door|af|av)\\s*:?\\s+"
                    + "|(?:^|[\\s|•·])(?:autor(?:in|en|innen)?|author(?:s)?|auteur(?:e|s)?|text|texte|redaktion|redacción|"
                    + "reportage|words|fotos?\\s+und\\s+text)\\s*:\\s*");
    /** Where the names end: a date, a time, a separator, a parenthesis, "am"/"on" before a date, a line. */
    private static final Pattern END = Pattern.compile(
            "(?iu)\\s*(?:[|•·(\\[/\\n]|\\s[-–—]\\s|\\d|\\s(?:am|on|le|el|em|il|op|den|vom|publié|updated|aktualisiert)\\s"
                    + "|\\s(?:hace|il y a|vor)\\s|$)");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b)\\s*");
    /** What a byline may say that is no one's name. */
    private static final Set<String> NOT_NAMES = Set.of("admin", "administrator", "wordpressadmin", "redaktion", "editor",
            "editorial", "author", "autor", "name", "guest", "gast", "team", "webmaster", "user", "anonymous", "anonym",
            "alle artikel", "all posts", "staff");
    private static final int SHORT = 160;
    private static final int NEAR = 1200;

    private BylineReader() {
    }

    /** The names a printed byline gives, or none when it introduces no names. */
    static List<String> names(String byline) {
        List<String> names = new ArrayList<>();
        if (byline == null) {
            return names;
        }
        String text = byline.replace('\u00a0', ' ').strip();
        Matcher lead = LEAD.matcher(text);
        if (!lead.find()) {
            return names;
        }
        String rest = text.substring(lead.end());
        Matcher end = END.matcher(rest);
        if (end.find()) {
            rest = rest.substring(0, end.start());
        }
        for (String part : SPLIT.split(rest)) {
            String name = part.strip().replaceAll("[.:;,]+$", "").strip();
            if (isName(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The names of the first byline printed in the text after {@code heading}, or none. */
    static List<String> printedAfter(Element heading) {
        List<String> found = new ArrayList<>();
        Set<Element> seen = new HashSet<>();
        TextAfterHeading.walk(heading, NEAR, new TextAfterHeading.Visitor() {
            @Override
            public boolean text(TextNode t) {
                Element block = t.parent();
                if (block == null || !seen.add(block)) {
                    return false;
                }
                String text = block.text();
                if (text.length() > SHORT) {
                    text = t.text();
                }
                found.addAll(names(text));
                return !found.isEmpty();
            }
        });
        return found;
    }

    /** A name: starts with a letter, at most six words, no address, no words that are no one's name. */
    static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 60 || !Character.isLetter(s.codePointAt(0)) || s.split("\\s+").length > 6) {
            return false;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return !NOT_NAMES.contains(lower) && !lower.contains("@") && !lower.startsWith("http") && !lower.startsWith("www.")
                && !lower.endsWith(" said") && !lower.endsWith(" says") && !lower.endsWith(" sagt") && !lower.endsWith("*");
    }
}
