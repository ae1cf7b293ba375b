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
            "(?iu)(?:^|[\\s|•·,–-])(?:(?:eine?\\s+)?(?:artikel|beitrag|blog\\s*beitrag|gastbeitrag|bericht|kolumne|kommentar|text|story|words|reporting|analysis|column|"
                    + "opinion|commentary|review|written|posted|published|publiziert|veröffentlicht|geschrieben|verfasst|erstellt|gespeichert|eingestellt|submitted|"
                    + "un\\s+article|publicado|escrito|publié|écrit|scritto|articolo|artigo)\\s+)?"
                    + "(?:by|von|par|por|di|door|af|av)\\s*:?\\s+"
                    + "|(?:^|[\\s|•·])(?:autor(?:in|en|innen)?|author(?:s)?|auteur(?:e|s)?|text|texte|redaktion|redacción|interview|"
                    + "reportage|words|fotos?\\s+und\\s+text|"
                    // "Text & Fotos: Ivan Roe", "Texte et photos : Léa Roe": one credit for words and pictures
                    + "(?:text|texte|texto|words)\\s*(?:&|\\+|/|und|and|et|y|e)\\s*(?:fotos?|photos?|bilder?|pictures)|"
                    + "(?:fotos?|photos?|bilder?)\\s*(?:&|\\+|/|und|and|et|y|e)\\s*(?:text|texte|texto|words))\\s*:\\s*");
    /** Where the names end: a date, a time, a separator, a parenthesis, "am"/"on" before a date, a line. */
    private static final Pattern END = Pattern.compile(
            "(?iu)\\s*(?:[|•·(\\[\\n]|/(?!(?-i:\\p{Ll}{1,4})(?![\\p{L}\\d]))|\\s[-–—]\\s|(?<![\\p{L}\\d])\\d|(?<=\\p{L}\\d{1,6})(?=\\s)|\\s(?:am|on|le|el|em|il|op|den|vom|publié|updated|aktualisiert|in|under|unter)\\s"
                    + "|\\s(?:hace|il y a|vor)\\s|$)");
    private static final Pattern DATE_FIRST = Pattern.compile(
            "(?iu)^(?:\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?:\\s*[|•·,–-]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*uhr)?)?\\s*[|•·,–-]\\s*");
    /** Between two names: "und", "and", a comma, and an interview's credit ("Jane Roe im Gespräch mit John Doe"). */
    private static final Pattern SPLIT = Pattern.compile("(?iu)\\s+(?:im\\s+(?:gespräch|interview)\\s+mit|in\\s+conversation\\s+with|"
            + "en\\s+conversation\\s+avec|en\\s+(?:conversación|entrevista)\\s+con|in\\s+conversazione\\s+con)\\s+"
            + "|(?-i)\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b)\\s*");
    /** What a byline may say that is no one's name. */
    private static final Set<String> NOT_NAMES = Set.of("admin", "administrator", "wordpressadmin", "redaktion", "editor",
            "editorial", "author", "autor", "name", "guest", "gast", "team", "webmaster", "user", "anonymous", "anonym",
            "alle artikel", "alle beiträge", "all posts", "staff", "text", "texte", "foto", "fotos", "photo", "bild", "quelle", "source");
    private static final Pattern NEWSROOM = Pattern.compile(
            "(?iu)\\s*(?:(?:by|von|par|por|di)\\s*:?\\s+)?((?:die\\s+|la\\s+|the\\s+)?(?:redaktion|rédaction|redacción|redazione|redação|newsroom|staff(?:\\s+(?:writer|reporter))?))[\\s.,;:|]*");
    /** Byline tails that are roles rather than names: "Jane Doe, Staff Writer", "Max Roth, Korrespondent". */
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)\\b(?:staff|writer|reporter|reporterin|correspondent|editor|contributor|columnist|journalist|journalistin|"
                    + "redakteur|redakteurin|korrespondent|korrespondentin|chefredakteur|chefredakteurin|volontär|volontärin|"
                    + "rédacteur|rédactrice|correspondant|correspondante|journaliste|periodista|corresponsal|redactor|redactora|"
                    + "jornalista|repórter|giornalista|inviato|published|updated|posted|min read|follow|email|twitter|photo|"
                    + "associated press writer)\\b");
    private static final int SHORT = 160;
    private static final Pattern SOURCE = Pattern.compile("(?iu)(?:quelle|source|fuente|fonte)\\s*:\\s*(.+)");
    /** "Publiziert am 13. Januar 2014 von uriebe": how far into a byline its lead word may stand. */
    private static final int MAX_BEFORE_LEAD = 60;
    /** A closing to the readers and the name after it: "Euer Hans", "Liebe Grüße, Marie", "Cheers, Tom", "Bises, Léa". */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?iu)(?:euer|eure|dein|deine|yours|cheers|bises|saludos|un\\s+abrazo|(?:viele|liebe|herzliche|beste)\\s+grüße|"
                    + "(?:best|kind|warm)\\s+regards)\\s*[,!]?\\s+(\\S.{0,38})");
    /** A first name as people write one: "Todd", "Anne-Marie". */
    private static final Pattern FIRST_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    /** An agency's or desk's code: "dpa", "AFP", "dpa/lno", "APA/red"; capitalised words ("Bild", "Archiv") are none. */
    private static final String CODE = "(?:\\p{Lu}{2,6}|\\p{Ll}{2,4})(?:/(?:\\p{Lu}{2,6}|\\p{Ll}{2,4}))?";
    /** "(FR mit dpa)", "(dpa)", "(AFP/red)" after the last sentence: an agency code or two, no word of the text. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "[.!?\"“”»«]\\s*\\((" + CODE + "(?:\\s*(?:mit|with|und|and|avec|et|con|y|,)\\s*" + CODE + ")?)\\)$");
    /** "Posted in Datenschutz by ...": a byline's verb opens what stands before its lead word. */
    private static final Pattern POSTED = Pattern.compile(
            "(?iu)(?:posted|published|written|filed|veröffentlicht|publiziert|geschrieben|erstellt|gespeichert|eingestellt|"
                    + "publié|écrit|publicado|escrito|pubblicato|scritto)\\b");
    private static final Pattern PREFIX_END = Pattern.compile("[|•·,:;–—)\\]-]$");
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}");
    private static final int NEAR = 1200;
    /** How many elements before a headline may hold its byline. */
    private static final int BEFORE_HEADING = 4;
    /** A lead word printed alone, the names in the next element: "By", "Von:", "Autor", "Auteur", "Geschrieben von". */
    private static final Pattern LABEL_ALONE = Pattern.compile(
            "(?iu)(?:(?:written|posted|geschrieben|erstellt|verfasst|publié|escrito|publicado)\\s+)?(?:by|von|par|por|di|door)\\s*:?"
                    + "|(?:autor(?:in|en|innen)?|authors?|auteur(?:e|s)?|autore|verfasser(?:in)?)\\s*:?");
    /** A signature is a short line: a name, maybe a date under it. */
    private static final int SIGNATURE = 80;
    /** "©", "(c) 2019" before a signature's name. */
    private static final Pattern SIGNED = Pattern.compile("^(?:©|\\(c\\))\\s*(?:\\d{4}\\s*)?", Pattern.CASE_INSENSITIVE);
    /** A date line under a signature: "10. September 2017", "Montag, 6. Januar 2020". */
    private static final int DATE_LINE = 40;

    private BylineReader() {
    }

    /** The names a printed byline gives, or none when it introduces no names. */
    static List<String> names(String byline) {
        return names(byline, false);
    }

    /**
     * The names a byline printed in running text gives: {@link #names(String)}, but a lead word that follows a word of
     * the text ("Bilder des Bürgermeisters von Talstadt") introduces no names.
     */
    static List<String> namesInText(String byline) {
        return names(byline, true);
    }

    private static List<String> names(String byline, boolean inText) {
        List<String> names = new ArrayList<>();
        if (byline == null) {
            return names;
        }
        // "11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10 Uhr | Uta Helkenberg": a date before the names
        String printed = byline.replace('\u00a0', ' ').strip();
        String text = DATE_FIRST.matcher(printed).replaceFirst("");
        Matcher lead = LEAD.matcher(text);
        String rest;
        if (lead.find() && lead.start() <= MAX_BEFORE_LEAD && (!inText || isBylinePrefix(text.substring(0, lead.start())))) {
            rest = text.substring(lead.end());
        } else if (text.length() < printed.length() && PERSON.matcher(text).matches()) {
            rest = text;
        } else {
            return names;
        }
        Matcher end = END.matcher(rest);
        if (end.find()) {
            rest = rest.substring(0, end.start());
        }
        String[] parts = SPLIT.split(rest);
        for (int i = 0; i < parts.length; i++) {
            String name = withoutRole(parts[i], i).replaceAll("[.:;,]+$", "").strip();
            if (isName(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * What may stand before a byline's lead word: nothing, a date or time ("Publiziert am 13. Januar 2014 von"), or a
     * separator ("Sport | von"); a word of the text does not ("Bilder des Bürgermeisters von Talstadt" names no one).
     */
    private static boolean isBylinePrefix(String before) {
        String b = before.strip();
        return b.isEmpty() || b.chars().anyMatch(Character::isDigit) || PREFIX_END.matcher(b).find() || POSTED.matcher(b).lookingAt();
    }

    /**
     * The names in a byline or an author field as declared or printed whole ("By Jane Doe and John Roe, Reuters",
     * "Ana Ruiz | Ben Cole"), without the lead word, roles and what is no one's name; none for a web address.
     */
    static List<String> split(String value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        String v = value.replace('\u00a0', ' ').strip();
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//") || lower.startsWith("www.")) {
            return names;
        }
        Matcher lead = LEAD.matcher(v);
        if (lead.lookingAt()) {
            v = v.substring(lead.end());
        }
        String[] parts = SPLIT.split(v);
        for (int i = 0; i < parts.length; i++) {
            String name = withoutRole(parts[i], i);
            if (isName(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The names of the first byline printed in the text after {@code heading}, or none. A lead word printed alone
     * ("By", "Autor:") reads with the text that follows it ("Todd Roe" in the next element).
     */
    static List<String> printedAfter(Element heading) {
        List<String> found = new ArrayList<>();
        Set<Element> seen = new HashSet<>();
        StringBuilder label = new StringBuilder();
        TextAfterHeading.walk(heading, NEAR, new TextAfterHeading.Visitor() {
            @Override
            public boolean text(TextNode t) {
                Element block = t.parent();
                // the white space between elements belongs to a wrapper whose text starts with the headline itself;
                // "US-Sport in Zeiten von Corona" is a heading, and no heading is a byline
                if (t.isBlank() || block == null || !seen.add(block) || inHeading(block)) {
                    return false;
                }
                String text = block.text().strip();
                // "Die Schätze von St. Johannes" as the one <span> of a heading is the heading
                if (text.length() > SHORT || isWholeHeading(block)) {
                    label.setLength(0);
                    return false;
                }
                if (!label.isEmpty()) {
                    // "<a><b>Von:</b> Götz Roe</a>": the label's own element may hold the names too
                    found.addAll(namesInText(text.regionMatches(true, 0, label.toString(), 0, label.length()) ? text : label + ": " + text));
                    label.setLength(0);
                } else if (LABEL_ALONE.matcher(text).matches()) {
                    label.append(text.replaceFirst("\\s*:$", ""));
                } else {
                    found.addAll(namesInText(text));
                }
                return !found.isEmpty();
            }
        });
        return found;
    }

    /**
     * The names of a byline printed right above {@code heading}, as agency and association pages print the date and
     * the credit over the headline ("04.02.2022 | 13:10 Uhr | Uta Roe", "05.02.2020 - Redaktion: Jan Roe"), or none.
     */
    static List<String> printedBefore(Element heading) {
        int looked = 0;
        for (Element at = heading; at != null && looked < BEFORE_HEADING; at = at.parent()) {
            String next = null;
            for (Element e = at.previousElementSibling(); e != null && looked < BEFORE_HEADING; e = e.previousElementSibling()) {
                String text = e.text().strip();
                looked++;
                String after = next;
                next = text;
                if (text.isEmpty() || text.length() > SHORT || inHeading(e) || TextAfterHeading.ELSEWHERE.matcher(e.className()).find()) {
                    continue;
                }
                // "by" printed alone, the name in the element after it
                List<String> names = namesInText(LABEL_ALONE.matcher(text).matches() && after != null
                        ? text.replaceFirst("\\s*:$", "") + ": " + after : text);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** A text inside a heading that is all of the heading's text: a part ("Stars <span>von Olga</span>") is not. */
    private static boolean isWholeHeading(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (inHeading(a)) {
                return a.text().strip().equals(e.text().strip());
            }
        }
        return false;
    }

    /** A heading's own text; a byline in a {@code <span>} inside a heading ("Stars <span>von Olga</span>") is no heading. */
    private static boolean inHeading(Element e) {
        String name = e.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /**
     * The names a page signs its text with at the end: "Text: Klausmartin Friedrich", "Von: Götz Warnke",
     * "© 2019 Sven Schreivogel" as one of the last short paragraphs of the main text; none when they are anything
     * else (a name alone is not enough: "Weitere Informationen" looks like one).
     */
    static List<String> signature(List<String> lastParagraphs) {
        // a block's lines stand apart: "Autor: Jane Doe" over "Tags: ..." is one block of two lines
        List<String> lines = new ArrayList<>();
        for (String block : lastParagraphs) {
            block.replace('\u00a0', ' ').lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String paragraph = lines.get(i);
            if (paragraph.length() > SIGNATURE) {
                continue;
            }
            // "Von:" on a line of its own, the name on the next
            if (i + 1 < lines.size() && LABEL_ALONE.matcher(paragraph).matches()) {
                List<String> names = names(paragraph.replaceFirst("\\s*:$", "") + ": " + lines.get(i + 1));
                if (!names.isEmpty()) {
                    return names;
                }
            }
            String signedOff = signedOff(paragraph);
            if (signedOff != null) {
                return List.of(signedOff);
            }
            // "Benni" over "10. September 2017": a letter or post signed with a name and dated under it
            if (i + 1 < lines.size() && isDateAlone(lines.get(i + 1)) && isSignedName(paragraph)) {
                return List.of(paragraph);
            }
            Matcher lead = LEAD.matcher(paragraph);
            if (lead.find() && lead.start() == 0) {
                return names(paragraph);
            }
            List<String> source = source(paragraph);
            if (!source.isEmpty()) {
                return source;
            }
            String line = paragraph.lines().findFirst().orElse("");
            Matcher signed = SIGNED.matcher(line);
            if (signed.find() && PERSON.matcher(line.substring(signed.end()).strip()).matches()) {
                String name = line.substring(signed.end()).strip();
                return isName(name) ? List.of(name) : List.of();
            }
        }
        return List.of();
    }

    /**
     * The writer's whole name where the page gives only a first name ("Todd" declared, "Todd Roe" printed beside the
     * text, "I'm Todd Roe" in the author's box): the first text of {@code body} that prints the name followed by a surname,
     * or null. Only a first name as people write one is completed; "DT" or "stefa.nus" are not.
     */
    static String completed(String firstName, Element body) {
        if (!FIRST_NAME.matcher(firstName).matches()) {
            return null;
        }
        Pattern whole = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(firstName) + " (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\d])");
        // within one text node: the text of two elements side by side ("Tobi" "Ein Kommentar") is no name
        for (Element e : body.getAllElements()) {
            if (e.normalName().equals("script") || e.normalName().equals("style")) {
                continue;
            }
            for (TextNode t : e.textNodes()) {
                if (!t.text().contains(firstName)) {
                    continue;
                }
                Matcher m = whole.matcher(t.text().replace('\u00a0', ' '));
                while (m.find()) {
                    String surname = m.group(1);
                    String name = firstName + " " + surname;
                    if (!surname.equals(firstName) && MonthNames.month(surname, null) == null && isName(name)) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The name a text is signed with in italics under its last paragraph ("<p><b><i>Stefan Roe</i></b></p>", "...
     * <br><em>Claudia Roe</em></p>") or right-aligned, as magazines print it; null for anything else. A name alone in
     * bold is not enough ("<strong>Weitere Informationen</strong>" is a heading of the same shape); in italics or set
     * to the right it signs.
     */
    static String signedInItalics(Element block) {
        String[] lines = block.wholeText().strip().split("\\s*\\n\\s*");
        String last = lines.length == 0 ? "" : lines[lines.length - 1].replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (last.length() > DATE_LINE || !PERSON.matcher(last).matches() || !isName(last) || isPlaceholder(last)) {
            return null;
        }
        boolean right = block.attr("align").equalsIgnoreCase("right") || block.attr("style").replace(" ", "").contains("text-align:right");
        for (Element e : block.select("em, i")) {
            if (e.text().strip().equals(last)) {
                return last;
            }
        }
        return right && block.text().strip().equals(last) ? last : null;
    }

    /**
     * "... hieß es. (FR mit dpa)": the newsroom and agency credited in parentheses closing the last paragraph, as
     * German and Austrian papers credit agency copy; null for a paragraph that ends otherwise ("(2019)", "(siehe oben)").
     */
    static String closingCredit(String paragraph) {
        Matcher m = CLOSING_CREDIT.matcher(paragraph.replace('\u00a0', ' ').strip());
        return m.find() && !isPlaceholder(m.group(1)) ? m.group(1) : null;
    }

    /**
     * "Euer Hans", "Liebe Grüße, Marie", "Cheers, Tom": the name a post is signed off with, as blogs and forums
     * close a text to their readers; null for any other line.
     */
    static String signedOff(String line) {
        Matcher m = SIGN_OFF.matcher(line.replace('\u00a0', ' ').strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).replaceAll("[.!]+$", "").strip();
        return isName(name) && !isPlaceholder(name) && Character.isUpperCase(name.codePointAt(0)) ? name : null;
    }

    /** "10. September 2017", "21.01.2022": a line that is a date and little else. */
    private static boolean isDateAlone(String line) {
        if (line.length() > DATE_LINE || PublicationDateParser.parse(line).isEmpty()) {
            return false;
        }
        // no word but a month's name, and a weekday before a comma: "Malte Roe | 29.07.2006" is a byline, no date line
        List<String> others = new ArrayList<>();
        for (String word : line.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && MonthNames.month(word, null) == null) {
                others.add(word);
            }
        }
        return others.isEmpty() || others.size() == 1 && line.startsWith(others.get(0) + ",");
    }

    /** A name as one signs: "Benni", "Jane Doe"; no heading-like phrase ("Weitere Informationen" is two words, lower case after). */
    private static boolean isSignedName(String line) {
        return line.length() <= 40 && (line.matches("\\p{Lu}[\\p{Ll}]+") || PERSON.matcher(line).matches()) && isName(line)
                && !isPlaceholder(line);
    }

    /**
     * "Quelle: hessenschau.de/bb", "Source : AFP": the newsroom or agency a page credits as the source of its text,
     * where it signs the text (under its last paragraph, in its byline); none for anything else. Only there: above a
     * chart or a table the same words credit the figures, not the text.
     */
    static List<String> source(String credit) {
        Matcher m = SOURCE.matcher(credit.replace('\u00a0', ' ').strip());
        if (!m.lookingAt()) {
            return List.of();
        }
        String rest = m.group(1).strip();
        Matcher end = END.matcher(rest);
        if (end.find()) {
            rest = rest.substring(0, end.start()).strip();
        }
        rest = rest.replaceAll("[.:;,]+$", "");
        return !rest.isEmpty() && rest.length() <= 40 && Character.isLetter(rest.codePointAt(0)) && !isPlaceholder(rest)
                ? List.of(rest) : List.of();
    }

    /**
     * The name in part {@code index} of a byline: "Adam Roe Staff Writer" (the first part) to "Adam Roe", a job title
     * glued on; a later part with a job title ("Jane Doe, Transport Correspondent") is the title alone, no name.
     */
    static String withoutRole(String part, int index) {
        Matcher role = ROLE.matcher(part);
        if (!role.find()) {
            return part.strip();
        }
        String name = index == 0 && role.start() > 0 ? part.substring(0, role.start()).strip() : "";
        // "Rasender Reporter" is a pen name, not "Rasender" with a job title: a name left of one word is no name
        return name.split("\\s+").length >= 2 ? name : "";
    }

    /**
     * "Redaktion", "von Redaktion,", "La rédaction": a byline crediting the newsroom as a whole, as the page prints
     * the word; null when it credits anyone or anything else.
     */
    static String newsroom(String byline) {
        if (byline == null) {
            return null;
        }
        Matcher m = NEWSROOM.matcher(byline.replace('\u00a0', ' '));
        return m.matches() ? m.group(1) : null;
    }

    /** "admin", "Name *", an e-mail address: what a template prints where no author was entered. */
    static boolean isPlaceholder(String s) {
        String lower = s.strip().toLowerCase(java.util.Locale.ROOT);
        return NOT_NAMES.contains(lower) || lower.contains("@") || lower.endsWith("*") || lower.isEmpty();
    }

    /** A person's name and nothing else: two to four capitalised words ("Martin Roe"), no job title, no placeholder. */
    static boolean isPersonName(String s) {
        return PERSON.matcher(s).matches() && isName(s) && !isPlaceholder(s);
    }

    /** A name: starts with a letter, at most six words, no address, no words that are no one's name. */
    static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 60 || !Character.isLetter(s.codePointAt(0)) || s.split("\\s+").length > 6) {
            return false;
        }
        String[] words = s.split("\\s+");
        // "Jane Doe", "Ludwig van Beethoven", "uriebe": a name of several words begins and ends with a capital
        if (words.length > 1 && !(Character.isUpperCase(words[0].codePointAt(0))
                && Character.isUpperCase(words[words.length - 1].codePointAt(0)))) {
            return false;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return s.indexOf(':') < 0 && !ROLE.matcher(s).find() && !NOT_NAMES.contains(lower) && !lower.contains("@") && !lower.startsWith("http") && !lower.startsWith("www.")
                && !lower.endsWith(" said") && !lower.endsWith(" says") && !lower.endsWith(" sagt") && !lower.endsWith("*");
    }
}
