package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.headwater.core.Span;
import io.headwater.ingest.Article;
import io.headwater.ingest.Caption;
import io.headwater.ingest.Paragraph;

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
                    + "(?:wire|agency) reports?|files from|input from)|based on (?:reporting|reports) (?:by|from))\\s*(?<names>[^)]*?)\\s*[.)]*\\s*$");
    /**
     * "Additional reporting by AFP", "Compiled by Yonhap", "Compiled from reports by Kyodo and AFP", "Information from
     * The Associated Press was used in this report": lines that name colleagues as often as agencies, so only agencies count.
     */
    private static final Pattern AGENCY_REPORTING = Pattern.compile(
            "(?i)^\\(?\\s*(?<cue>additional reporting (?:by|from)|compiled (?:by|from (?:reports|reporting|dispatches) (?:by|from|of))|"
                    + "(?:information|material) from)\\s+(?<names>[^()]{2,80}?)(?:\\s+(?:was|were) used in this (?:report|story|article))?\\s*[.)]*\\s*$");
    /** "Reuters contributed to this report", "AFP contributed". */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?i)^\\(?\\s*(?:the\\s+)?(?<names>[\\p{L}\\p{N} .&'’-]{2,60}?)\\s+(?<cue>contributed(?: reporting)?(?: to this (?:report|story|article))?)\\s*[.)]*\\s*$");
    /** "This story has been published from a wire agency feed". */
    private static final Pattern WIRE_FEED = Pattern.compile(
            "(?i)^\\(?.*(?<cue>(?:published|auto-generated|generated) from an? (?:wire|syndicated|agency) (?:agency )?feed).*$");
    /**
     * "SEOUL, Feb. 6 (Yonhap) --", "WASHINGTON (AP) —", "(Reuters) -", "Tokyo, April 22 (Jiji Press)--The …", "MADRID (EFE).-",
     * "ANKARA (A.A) -02.01.2009 -", "[India], Mar. 26 (ANI):", "LAHORE, (APP - UrduPoint / … ) :", and "(Reuters) ?"
     * where a copy mangled the dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\[[^\\]]{1,30}\\]\\s*,?\\s*)?(?:\\p{Lu}[\\p{L}\\p{N} .'’,-]{0,60}?)?\\s*\\((?<names>[^()]{2,80})\\)\\s*"
                    + "(?<cue>\\.?[—–-]{1,2}|:|\\?(?=\\s))");
    /** "Tehran, IRNA –": a place and an agency's name without brackets. */
    private static final Pattern BARE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'’-]{1,30},\\s+(?<names>\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,3})\\s*(?<cue>[—–-]{1,2})\\s");
    /** An aggregator's wrapper before the dateline: "(WIREFEED- Kuwait News Agency (KUNA)) LISBON, …". */
    private static final Pattern WRAPPER = Pattern.compile("^\\((?<from>[\\p{L}.]{2,20})-\\s*(?<names>[^()]{2,60})(?:\\([^()]{2,20}\\))?\\)\\s*");
    /** "a confidential report seen by Reuters", "obtained by The Associated Press": the agency had the document. */
    private static final Pattern SEEN_BY = Pattern.compile(
            "\\b(?<cue>(?:seen|obtained|reviewed|viewed)(?:\\s+\\p{Lu}\\p{Ll}+day)?\\s+by)\\s+(?:the\\s+)?(?<names>\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})");
    /** "…, the Associated Press reports.", "… AP reports.": the outlet passes on the agency's story. */
    private static final Pattern AGENCY_REPORTS = Pattern.compile(
            "(?:,|^|[.!?”\"]\\s)\\s*(?:the\\s+)?(?<names>\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})\\s+(?<cue>reports|reported)\\s*[.]");
    /** How many paragraphs from the top or the bottom a lone agency line credits the text. */
    private static final int CREDIT_LINE_REACH = 3;
    /** How many text paragraphs from the top a dateline may stand in (captions and credit lines come first). */
    private static final int DATELINE_PARAGRAPHS = 4;
    /**
     * A line that is only an agency's credit: "• Kyodo", "–IANS", "AGENCE FRANCE-PRESSE", "Associated Press",
     * "Anadolu News Agency, Turkey", "[Copyright The Jiji Press, Ltd.]", "Reuters Published 20 Nov, 2024 06:45am".
     */
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "^[\\s•·*\\[(–—-]*(?:(?:©|\\(c\\)|(?i:copyright))\\s*(?:\\d{4}\\s+)?)?(?:(?i:by|source:)\\s+)?(?<names>[^,;()\\[\\]•]{2,50}?)"
                    + "(?:\\s*,\\s*(?:Ltd\\.?|Inc\\.?|\\p{Lu}[\\p{L} ]{2,30}))?(?:\\s+(?i:published|updated|posted)\\b.*)?[\\s\\])\\.]*$");
    /**
     * A sign-off closing a paragraph: "… growth engine. (Yonhap)", "… on November 5. (AFP)", "… — AFP", "… - Sputnik",
     * "… -- Bernama" (a hyphen counts only between spaces, so "well-known" is no sign-off).
     */
    private static final Pattern SIGN_OFF = Pattern.compile("(?:[.!?\"”’)]\\s*|^)(?:\\((?<names>[^()]{2,40})\\)|(?:[—–]|(?<=\\s)--?(?=\\s))\\s*(?<dashed>\\p{L}[\\p{L} .-]{1,30}))\\s*$");
    /** An agency's item code as a sign-off: "KI/FNA14020613000501". */
    private static final Pattern ITEM_CODE = Pattern.compile("^\\p{Lu}{1,4}/(?<names>\\p{Lu}{2,5})\\d{6,}$");
    /** "did not immediately reply to Reuters' requests for comment", "a request for comment from the AP". */
    private static final Pattern REQUEST_FOR_COMMENT = Pattern.compile(
            "\\b(?<cue>(?:repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?)\\s+to\\s+(?:the\\s+)?(?<names>\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})['’]s?\\s+"
                    + "requests?\\s+for\\s+comment|requests?\\s+for\\s+comment\\s+from\\s+(?:the\\s+)?(?<from>\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}))");
    /** Reuters' sign-off: "(Reporting by Jane Doe; Editing by John Roe)", often run on at the end of the last paragraph. */
    private static final Pattern REUTERS_SIGN_OFF = Pattern.compile(
            "\\((?<cue>(?:Additional )?[Rr]eporting by|Writing by|Compiled by)[^()]{2,300}?;\\s*(?:Additional reporting by [^()]*?;\\s*)?(?:Writing|Editing) by [^()]{2,200}\\)");
    /** "h/t The Hill", "(h/t: Mediaite.)", "Hat tip: Politico". */
    private static final Pattern HAT_TIP = Pattern.compile(
            "(?i)^\\(?\\s*(?<cue>h/t/?|hat tip)\\s*:?\\s*(?<names>[^()]{2,60}?)\\s*[.)]*\\s*$");
    /** Words in a caption that name who supplied the picture: "provided by KCNA", "handout from the ministry". */
    private static final Pattern PROVIDED_BY = Pattern.compile(
            // Only the cue ignores case: under (?i) \\p{Lu} would take "on Monday" into the name.
            "\\b(?<cue>(?i:provided by|released by|handout (?:from|by)|courtesy of|distributed by|obtained by|supplied by))\\s+"
                    + "(?<names>(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5})");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|/|;|\\band\\b|&|\\bvia\\b|\\+)\\s*");

    /** All credits of an article: captions first, then its byline, then lines of its text. */
    public List<Credit> find(Article article) {
        List<Credit> credits = new ArrayList<>();
        for (Caption caption : article.captions()) {
            credits.addAll(fromCaption(caption));
        }
        credits.addAll(fromHeader(article));
        List<Paragraph> paragraphs = article.paragraphs();
        int textParagraphs = 0;
        boolean datelineFound = false;
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = paragraphs.get(k);
            Span span = p.span();
            boolean text = p.kind() == Paragraph.Kind.TEXT;
            boolean mayHoldDateline = text && !datelineFound && textParagraphs < DATELINE_PARAGRAPHS;
            boolean topOrBottom = textParagraphs < CREDIT_LINE_REACH || k >= paragraphs.size() - CREDIT_LINE_REACH;
            List<Credit> found = fromLine(span.in(article.text()), span, mayHoldDateline, topOrBottom);
            datelineFound |= found.stream().anyMatch(c -> c.kind() == Credit.Kind.DATELINE);
            credits.addAll(found);
            textParagraphs += text ? 1 : 0;
        }
        return credits;
    }

    /** An agency printed where the byline or dateline goes ("By AFP", "Reuters Published 20 Nov, 2024"). */
    private List<Credit> fromHeader(Article article) {
        List<Credit> credits = new ArrayList<>();
        for (String field : new String[] {article.byline(), article.dateline()}) {
            if (field == null) {
                continue;
            }
            Matcher m = AGENCY_LINE.matcher(field.strip());
            if (m.matches() && WireAgency.isAgency(m.group("names"))) {
                credits.add(new Credit(Credit.Kind.AGENCY_INPUT, agencyName(m.group("names")), field.strip(), null, "byline", 0.7));
            }
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
        return fromLine(line, span, first, true);
    }

    /**
     * Credits stated by a line of the article's text; {@code first} enables dateline credits, {@code topOrBottom}
     * credit lines that are only an agency's name (in the middle of a story such a line is a picture's credit).
     */
    List<Credit> fromLine(String line, Span span, boolean first, boolean topOrBottom) {
        List<Credit> credits = new ArrayList<>();
        String stripped = line.strip();
        if (stripped.length() <= 160) {
            Matcher m = INPUTS.matcher(stripped);
            if (m.matches()) {
                List<String> names = names(m.group("names")).stream().map(CreditFinder::agencyPrefix).toList();
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
            m = AGENCY_REPORTING.matcher(stripped);
            if (m.matches()) {
                for (String name : names(m.group("names"))) {
                    String agency = name.replaceFirst("^(?i)the\\s+", "");
                    if (WireAgency.isAgency(agency)) {
                        credits.add(new Credit(Credit.Kind.AGENCY_INPUT, agencyName(agency), stripped, span, m.group("cue"), 0.7));
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
            List<Credit> dateline = dateline(stripped, span);
            if (!dateline.isEmpty()) {
                credits.addAll(dateline);
                return credits;
            }
        }
        if (stripped.length() <= 80) {
            Matcher m = AGENCY_LINE.matcher(stripped);
            if (topOrBottom && m.matches() && WireAgency.isAgency(m.group("names"))) {
                credits.add(new Credit(Credit.Kind.AGENCY_INPUT, agencyName(m.group("names")), stripped, span, "credit line", 0.7));
                return credits;
            }
            m = ITEM_CODE.matcher(stripped);
            if (m.matches() && WireAgency.isAgency(m.group("names"))) {
                credits.add(new Credit(Credit.Kind.AGENCY_INPUT, agencyName(m.group("names")), stripped, span, "item code", 0.6));
                return credits;
            }
        }
        Matcher end = SIGN_OFF.matcher(stripped);
        if (end.find()) {
            String name = end.group("names") != null ? end.group("names") : end.group("dashed");
            if (WireAgency.isAgency(name.strip())) {
                int at = span.start() + line.indexOf(stripped) + end.start();
                credits.add(new Credit(Credit.Kind.AGENCY_INPUT, agencyName(name), end.group().strip(),
                        new Span(at, span.start() + line.indexOf(stripped) + end.end()), "sign-off", 0.7));
            }
        }
        Matcher comment = REQUEST_FOR_COMMENT.matcher(line);
        while (comment.find()) {
            String name = comment.group("names") != null ? comment.group("names") : comment.group("from");
            // The agency asked the people in the story for comment: the story is its reporting.
            bodyCredit(credits, name, comment, span, "request for comment");
        }
        for (Pattern p : new Pattern[] {SEEN_BY, AGENCY_REPORTS}) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                bodyCredit(credits, m.group("names"), m, span, m.group("cue"));
            }
        }
        return credits;
    }

    /** A credit an agency's name in the body gives the text ("seen by Reuters", "AP reports"), if it is an agency. */
    private void bodyCredit(List<Credit> credits, String printed, Matcher m, Span span, String cue) {
        String name = printed.replaceFirst("(?<=\\p{Ll}\\p{Ll}|\\p{Lu}\\p{Lu})\\.+$", "");
        if (WireAgency.isAgency(name) && credits.stream().noneMatch(c -> agencyName(name).equals(c.name()))) {
            credits.add(new Credit(Credit.Kind.REPORTED_BY, agencyName(name), m.group().strip(),
                    new Span(span.start() + m.start(), span.start() + m.end()), cue, 0.5));
        }
    }

    /** The agency dateline that opens {@code paragraph}, after an aggregator's wrapper if there is one. */
    private List<Credit> dateline(String paragraph, Span span) {
        List<Credit> credits = new ArrayList<>();
        String rest = paragraph;
        int offset = 0;
        Matcher wrapper = WRAPPER.matcher(paragraph);
        if (wrapper.lookingAt()) {
            for (String name : names(wrapper.group("names"))) {
                if (WireAgency.isAgency(name)) {
                    credits.add(new Credit(Credit.Kind.DATELINE, agencyName(name), wrapper.group().strip(),
                            new Span(span.start(), span.start() + wrapper.end()), "(" + wrapper.group("from") + "-", 0.8));
                }
            }
            offset = wrapper.end();
            rest = paragraph.substring(offset);
        }
        Matcher m = DATELINE.matcher(rest);
        if (!m.find()) {
            m = BARE_DATELINE.matcher(rest);
            if (!m.find() || !WireAgency.isAgency(m.group("names"))) {
                return credits;
            }
        }
        List<String> parts = new ArrayList<>();
        for (String part : m.group("names").split("\\s+-\\s+|\\s*/\\s*|\\s*,\\s*")) {
            parts.addAll(names(part));
        }
        List<String> agencies = parts.stream().filter(WireAgency::isAgency).toList();
        // "(Worthy News) –" names its own outlet; only a one-name bracket that is no agency is kept as printed.
        List<String> named = !agencies.isEmpty() ? agencies
                : parts.size() == 1 && parts.get(0).matches("\\p{Lu}[\\p{L}.&' -]{1,40}") ? parts : List.of();
        for (String name : named) {
            if (credits.stream().noneMatch(c -> agencyName(name).equals(c.name()))) {
                credits.add(new Credit(Credit.Kind.DATELINE, agencyName(name), rest.substring(0, m.end()).strip(),
                        new Span(span.start() + offset, span.start() + offset + m.end()), m.group("cue"), 0.85));
            }
        }
        return credits;
    }

    /** "dpa XS SM MD LG" (a credit run on into page widgets) is "dpa": the longest start of a name that is an agency. */
    private static String agencyPrefix(String name) {
        if (WireAgency.isAgency(name)) {
            return name;
        }
        String[] words = name.split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            if (WireAgency.isAgency(prefix)) {
                return prefix;
            }
        }
        return name;
    }

    /** The printed name, or its full name where the short form is a common word elsewhere ("A.A"). */
    private static String agencyName(String printed) {
        String n = trimName(printed.strip().replaceFirst("^(?i)the\\s+", ""));
        return isGenericAgencies(n) ? null : WireAgency.creditName(n);
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
