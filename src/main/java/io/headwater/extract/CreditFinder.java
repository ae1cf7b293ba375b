package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.headwater.ingest.Article;
import io.headwater.ingest.Caption;
import io.headwater.ingest.Paragraph;
import io.headwater.ingest.Span;

/**
 * Finds credits: picture credits in captions ("Photograph:(Reuters)", "... provided by KCNA. Reuters"),
 * agency input lines ("(With inputs from agencies)", "AFP contributed to this report", Reuters'
 * "(Reporting by ...; Editing by ...)" sign-off), hat tips ("h/t The Hill") and agency datelines
 * ("WASHINGTON (AP) —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"). Picture credits are kept apart from text provenance.
 */
public final class CreditFinder {

    /** "(With inputs from agencies)", "With inputs from PTI and Reuters", "With agency inputs". */
    private static final Pattern INPUTS = Pattern.compile(
            "(?i)^\\(?\\s*(?<cue>with (?:(?:additional )?inputs? from|agency inputs?|(?:additional )?reporting (?:by|from)|"
                    + "(?:wire|agency) reports?|files from|input from))\\s*(?<names>[^)]*?)\\s*[.)]*\\s*$");
    /** "Reuters contributed to this report", "AFP contributed". */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?i)^\\(?\\s*(?:the\\s+)?(?<names>[\\p{L}\\p{N} .&'’-]{2,60}?)\\s+(?<cue>contributed(?: reporting)?(?: to this (?:report|story|article))?)\\s*[.)]*\\s*$");
    /** "This story has been published from a wire agency feed". */
    private static final Pattern WIRE_FEED = Pattern.compile(
            "(?i)^\\(?.*(?<cue>(?:published|auto-generated|generated) from an? (?:wire|syndicated|agency) (?:agency )?feed).*$");
    /** "SEOUL, Feb. 6 (Yonhap) --", "WASHINGTON (AP) —", "(Reuters) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\p{N} .'’,-]{0,60}?)?\\s*\\((?<names>[\\p{L} .&/-]{2,40})\\)\\s*(?<cue>[—–-]{1,2}|:)\\s");
    /** Reuters' sign-off: "(Reporting by Jane Doe; Editing by John Roe)", often run on at the end of the last paragraph. */
    private static final Pattern REUTERS_SIGN_OFF = Pattern.compile(
            "\\((?<cue>(?:Additional )?[Rr]eporting by)[^()]{2,300}?;\\s*(?:Additional reporting by [^()]*?;\\s*)?(?:Writing|Editing) by [^()]{2,200}\\)");
    /** "h/t The Hill", "(h/t: Mediaite.)", "Hat tip: Politico". */
    private static final Pattern HAT_TIP = Pattern.compile(
            "(?i)^\\(?\\s*(?<cue>h/t/?|hat tip)\\s*:?\\s*(?<names>[^()]{2,60}?)\\s*[.)]*\\s*$");
    /** Words in a caption that name who supplied the picture: "provided by KCNA", "handout from the ministry". */
    private static final Pattern PROVIDED_BY = Pattern.compile(
            // Only the cue ignores case: under (?i) \\p{Lu} would take "on Monday" into the name.
            "\\b(?<cue>(?i:provided by|released by|handout (?:from|by)|courtesy of|distributed by|obtained by|supplied by))\\s+"
                    + "(?<names>(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5})");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|/|;|\\band\\b|&|\\bvia\\b|\\+)\\s*");

    /** All credits of an article: captions first, then lines of its text. */
    public List<Credit> find(Article article) {
        List<Credit> credits = new ArrayList<>();
        for (Caption caption : article.captions()) {
            credits.addAll(fromCaption(caption));
        }
        List<Paragraph> paragraphs = article.paragraphs();
        boolean first = true;
        for (Paragraph p : paragraphs) {
            Span span = p.span();
            credits.addAll(fromLine(span.in(article.text()), span, first && p.kind() == Paragraph.Kind.TEXT));
            first &= p.kind() != Paragraph.Kind.TEXT;
        }
        return credits;
    }

    /** Credits of one caption: its credit line, and suppliers the caption text names. */
    public List<Credit> fromCaption(Caption caption) {
        List<Credit> credits = new ArrayList<>();
        String evidence = join(caption);
        if (caption.credit() != null) {
            for (String name : names(caption.credit())) {
                credits.add(new Credit(Credit.Kind.PHOTO, name, evidence, null, "credit", 0.9));
            }
        }
        if (caption.text() != null) {
            Matcher m = PROVIDED_BY.matcher(caption.text());
            while (m.find()) {
                String name = m.group("names").replaceFirst("^(?i)the\\s+", "").replaceFirst("\\s+in\\s+.*$", "");
                credits.add(new Credit(Credit.Kind.PHOTO, trimName(name), evidence, null, m.group("cue"), 0.7));
            }
        }
        return credits;
    }

    /** Credits stated by a line of the article's text; {@code first} enables dateline credits. */
    public List<Credit> fromLine(String line, Span span, boolean first) {
        List<Credit> credits = new ArrayList<>();
        String stripped = line.strip();
        if (stripped.length() <= 160) {
            Matcher m = INPUTS.matcher(stripped);
            if (m.matches()) {
                List<String> names = names(m.group("names"));
                if (names.isEmpty() || names.stream().allMatch(CreditFinder::isGenericAgencies)) {
                    credits.add(new Credit(Credit.Kind.AGENCY_INPUT, null, stripped, span, m.group("cue"), 0.6));
                } else {
                    for (String name : names) {
                        credits.add(new Credit(Credit.Kind.AGENCY_INPUT, name, stripped, span, m.group("cue"), 0.8));
                    }
                }
                return credits;
            }
            m = CONTRIBUTED.matcher(stripped);
            if (m.matches()) {
                // "Amanda Terkel contributed reporting" is a colleague's byline, not provenance: only agencies count.
                for (String name : names(m.group("names"))) {
                    if (WireAgency.isAgency(name)) {
                        credits.add(new Credit(Credit.Kind.AGENCY_INPUT, name, stripped, span, m.group("cue"), 0.7));
                    }
                }
                return credits;
            }
            m = HAT_TIP.matcher(stripped);
            if (m.matches()) {
                for (String name : names(m.group("names"))) {
                    credits.add(new Credit(Credit.Kind.HAT_TIP, name, stripped, span, m.group("cue"), 0.5));
                }
                return credits;
            }
            m = WIRE_FEED.matcher(stripped);
            if (m.matches()) {
                credits.add(new Credit(Credit.Kind.AGENCY_INPUT, null, stripped, span, m.group("cue"), 0.6));
                return credits;
            }
        }
        Matcher signOff = REUTERS_SIGN_OFF.matcher(line);
        if (signOff.find()) {
            credits.add(new Credit(Credit.Kind.AGENCY_INPUT, "Reuters", signOff.group(), new Span(span.start() + signOff.start(),
                    span.start() + signOff.end()), signOff.group("cue") + " … Editing by", 0.6));
        }
        if (first) {
            Matcher m = DATELINE.matcher(stripped);
            if (m.find()) {
                for (String name : names(m.group("names"))) {
                    credits.add(new Credit(Credit.Kind.DATELINE, name, stripped.substring(0, m.end()).strip(),
                            new Span(span.start(), span.start() + m.end()), m.group("cue"), 0.85));
                }
            }
        }
        return credits;
    }

    /** Splits "Reuters/Kim Hong-Ji", "AFP via Getty Images", "PTI and Reuters" into names. */
    static List<String> names(String credit) {
        List<String> out = new ArrayList<>();
        String c = credit.strip().replaceAll("^[(\\[]+|[)\\].]+$", "").strip();
        for (String part : NAME_SEPARATORS.split(c)) {
            String name = trimName(part);
            if (!name.isEmpty() && !name.equalsIgnoreCase("photo") && !name.equalsIgnoreCase("file")) {
                out.add(name);
            }
        }
        return out;
    }

    private static String trimName(String s) {
        return s.strip().replaceAll("^(?i)(?:photo|photograph|image|pic|file photo)\\s*[:-]?\\s*", "")
                .replaceAll("(?i)\\s+(?:photo|photos|file photo|handout)$", "")
                .replaceAll("[\\s.,;:]+$", "").strip();
    }

    private static boolean isGenericAgencies(String name) {
        return name.matches("(?i)(?:the\\s+)?(?:news\\s+)?(?:agencies|agency|wires?|wire services?)");
    }

    private static String join(Caption c) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {c.title(), c.text(), c.credit()}) {
            if (part != null && !part.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.toString();
    }
}
