package io.headwater.resolve;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a source mention into a {@link Mention}: a known name, a document and its author, a pronoun,
 * a back-reference, an unnamed source, or a new person or organisation.
 */
public final class MentionReader {

    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)(?:,\\s*(?:which|who|that|whose|submitted|released|published|issued|seen|obtained|dated|compiled|prepared)\\b"
                    + "|\\s+(?:which|who|whose)\\s).*$");
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?i)\\b(report|reports|study|statement|document|paper|letter|memo|memorandum|filing|analysis|survey|"
                    + "assessment|review|communiqu[eé]|bulletin|dossier|findings|press release|release|story|dispatch|"
                    + "article|investigation|indictment|complaint|lawsuit|ruling|decision|resolution|transcript|"
                    + "presentation|briefing|update|note|notice|brief|testimony)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(it|its|they|them|he|she|him|her|we|i|you)$");
    private static final Pattern BACK = Pattern.compile(
            "(?i)^(?:the|this|that|these|those)\\s+(?:[\\p{L}-]+\\s+){0,2}(panel|experts|committee|council|agency|ministry|"
                    + "department|government|company|firm|group|organi[sz]ation|commission|authority|authorities|office|"
                    + "bank|court|military|army|police|party|campaign|administration|body|board|regime|country|newspaper|"
                    + "outlet|network|broadcaster|spokes(?:wo)?man|spokesperson|official|minister|president|source|"
                    + "researchers|investigators|analysts|officials|team|union|state|watchdog|monitor|institute)$");
    private static final Pattern ANONYMOUS = Pattern.compile(
            "(?i)^(?:a|an|one|two|three|four|several|some|many|other|senior|unnamed|anonymous|\\d+)\\b.*|"
                    + "^(?:officials|sources|experts|analysts|diplomats|witnesses|residents|people|critics|observers|"
                    + "insiders|aides|lawmakers|investigators|researchers|authorities|activists|protesters|economists|"
                    + "scientists|doctors|police|officers|reports|media reports|state media)\\b.*");
    private static final Pattern ORG_WORDS = Pattern.compile(
            "\\b(Ministry|Panel|Agency|Department|Council|Committee|Commission|Party|Bank|University|Institute|Company|"
                    + "Corp|Corporation|Inc|Ltd|Group|Association|Office|Service|Army|Police|Court|Government|Foundation|"
                    + "Center|Centre|Organi[sz]ation|Authority|Board|Bureau|Union|Federation|League|Network|News|Times|"
                    + "Post|Journal|Press|Media|Television|Radio|Club|Fund|Forces|Navy|Assembly|Parliament|Congress|"
                    + "Senate|House|Administration|Campaign|Coalition|Alliance|Program|Programme|Project|Lab|Laboratory)\\b");
    private static final Pattern TITLE = Pattern.compile(
            "^(?:(?:U\\.S\\.|US|UN|former|then|current|acting|deputy|vice|chief|senior|foreign|prime|defen[cs]e|"
                    + "finance|interior|health|state|secretary|minister|president|presidential|sen\\.|senator|rep\\.|"
                    + "representative|gov\\.|governor|mayor|gen\\.|general|col\\.|lt\\.|dr\\.|mr\\.|mrs\\.|ms\\.|prof\\.|"
                    + "professor|judge|justice|ambassador|spokesman|spokeswoman|spokesperson|director|chairman|"
                    + "chairwoman|chair|ceo|candidate|nominee|leader|democratic|republican|white house|press)\\s+)+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AUTHOR = Pattern.compile(
            "^\\s*(?:by|of|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:(?:of|for|on|and|the)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’.-]*)*)");

    /** The last title word before a name: "Fisheries Minister", "White House Press Secretary". */
    private static final Pattern LAST_TITLE = Pattern.compile(
            "^.*\\b(?i:minister|secretary|president|spokes(?:wo)?man|spokesperson|director|chairman|chairwoman|chief|"
                    + "senator|governor|mayor|ambassador|commissioner|general|envoy|adviser|advisor|official|leader|"
                    + "prosecutor|judge|professor|analyst|economist|researcher|editor|correspondent|ceo|founder)\\s+");

    private final Gazetteer gazetteer;

    public MentionReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Reads {@code text}, the words of a source or relay mention. */
    public Mention read(String text) {
        String t = text.strip().replaceAll("[\\s,;:]+$", "");
        String clause = null;
        Matcher cm = CLAUSE.matcher(t);
        String core = t;
        if (cm.find() && cm.start() > 0) {
            clause = t.substring(cm.start()).replaceFirst("^[\\s,]+", "").replaceAll("[\\s,]+$", "");
            core = t.substring(0, cm.start()).strip();
        }
        if (PRONOUN.matcher(core).matches()) {
            return new Mention(Mention.Kind.PRONOUN, t, core, null, null, clause);
        }
        Matcher doc = DOCUMENT.matcher(core);
        Optional<Gazetteer.Found> found = gazetteer.find(core);
        if (doc.find() && isDocumentHead(core, doc)) {
            String afterDocument = core.substring(doc.end());
            Entity author = found.map(Gazetteer.Found::entity).orElseGet(() -> namedAuthor(afterDocument));
            return new Mention(Mention.Kind.DOCUMENT, t, core, author, doc.group(1).toLowerCase(Locale.ROOT), clause);
        }
        Optional<Entity> exact = gazetteer.lookup(core);
        if (exact.isPresent()) {
            return new Mention(Mention.Kind.NAMED, t, core, exact.get(), null, clause);
        }
        if (BACK.matcher(core).matches() && !hasProperName(core.replaceFirst("^\\S+\\s*", ""))) {
            return new Mention(Mention.Kind.BACK_REFERENCE, t, core, null, null, clause);
        }
        if (found.isPresent() && coversName(core, found.get())) {
            return new Mention(Mention.Kind.NAMED, t, core, found.get().entity(), null, clause);
        }
        if (ANONYMOUS.matcher(core).matches() && !hasProperName(core.replaceFirst("^\\S+\\s*", ""))) {
            return new Mention(Mention.Kind.ANONYMOUS, t, core, null, null, clause);
        }
        if (ORG_WORDS.matcher(core).find()) {
            return new Mention(Mention.Kind.ORGANISATION, t, stripArticle(core), null, null, clause);
        }
        if (hasProperName(core)) {
            String name = personName(core);
            return new Mention(Mention.Kind.PERSON, t, name, null, null, clause);
        }
        return new Mention(Mention.Kind.ANONYMOUS, t, core, null, null, clause);
    }

    /** "by the Baltic Fisheries Council": a proper name after by/of/from, as an organisation not in the gazetteer. */
    private static Entity namedAuthor(String after) {
        Matcher m = AUTHOR.matcher(after);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).strip();
        return Entity.adHoc("org:" + ArticleResolver.slug(name), name, EntityType.ORGANISATION);
    }

    /** "a report by X", "the annual report of the UN", "a UN report": the document word heads the phrase. */
    private static boolean isDocumentHead(String core, Matcher doc) {
        String after = core.substring(doc.end()).strip();
        return after.isEmpty() || after.matches("(?is)^(?:by|of|from|on|issued|released|published|prepared|compiled|to|"
                + "submitted|seen|obtained|in|at|dated|\\().*");
    }

    /** True when the known name is most of the mention: "the UN panel of experts", not "a friend of Reuters". */
    private static boolean coversName(String core, Gazetteer.Found f) {
        int words = Gazetteer.normalise(core).split(" ").length;
        return f.words() * 2 >= words || f.firstWord() + f.words() == words && words - f.words() <= 3;
    }

    private static boolean hasProperName(String s) {
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.length() > 1) {
                return true;
            }
        }
        return false;
    }

    private static String stripArticle(String s) {
        return s.replaceFirst("(?i)^(?:the|a|an)\\s+", "");
    }

    /** "Foreign Minister Wang Yi" → "Wang Yi"; an apposition after a comma is dropped. */
    static String personName(String core) {
        String s = core.split(",")[0].strip();
        Matcher title = LAST_TITLE.matcher(s);
        if (title.find() && title.end() < s.length()) {
            s = s.substring(title.end());
        }
        s = TITLE.matcher(s).replaceFirst("");
        s = s.replaceAll("[\\s,]+$", "");
        return s.isEmpty() ? core : s;
    }
}
