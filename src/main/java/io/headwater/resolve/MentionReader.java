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
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(it|its|they|them|he|she|him|her|his|their|we|i|you)$");
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?i)^(this|that|these|those|which|what|who)$");
    private static final Pattern BACK = Pattern.compile(
            "(?i)^(?:the|this|that|these|those)\\s+(?:[\\p{L}-]+\\s+){0,2}(panel|experts|committee|council|agency|ministry|"
                    + "department|government|company|firm|group|organi[sz]ation|commission|authority|authorities|office|"
                    + "bank|court|military|army|police|party|campaign|administration|body|board|regime|country|newspaper|"
                    + "outlet|network|broadcaster|spokes(?:wo)?man|spokesperson|official|minister|president|source|"
                    + "researchers|investigators|analysts|officials|team|union|state|watchdog|monitor|institute|authors)$");
    private static final Pattern ANONYMOUS = Pattern.compile(
            "(?i)^(?:a|an|one|two|three|four|several|some|many|other|another|each|both|either|neither|senior|unnamed|"
                    + "anonymous|\\d+)\\b.*|^(?:anyone|someone|somebody|everyone|everybody|nobody|no one)$|"
                    + "^(?:officials|sources|experts|analysts|diplomats|witnesses|residents|people|critics|observers|"
                    + "insiders|aides|lawmakers|investigators|researchers|authorities|activists|protesters|economists|"
                    + "scientists|doctors|police|officers|reports|media reports|state media|others)\\b.*|"
                    + "^(?:his|her|their|my|our|your)\\s.*");
    private static final Pattern ORG_WORDS = Pattern.compile(
            "\\b(Ministry|Panel|Agency|Department|Council|Committee|Commission|Party|Bank|University|Institute|Company|"
                    + "Corp|Corporation|Inc|Ltd|Group|Association|Office|Service|Army|Police|Court|Government|Foundation|"
                    + "Center|Centre|Organi[sz]ation|Authority|Board|Bureau|Union|Federation|League|Network|News|Times|"
                    + "Post|Journal|Press|Media|Television|Radio|Club|Fund|Forces|Navy|Assembly|Parliament|Congress|"
                    + "Senate|House|Administration|Campaign|Coalition|Alliance|Program|Programme|Project|Lab|Laboratory|Labs|"
                    + "Studio|Studios|Technologies|Technology|Systems|Chronicle|Herald|Tribune|Gazette|Observer|Guardian|"
                    + "Telegraph|Magazine|Brothers|Partners|Holdings|Motors|Airlines|Airways|Pharmaceuticals|Entertainment|"
                    + "Records|Software|Industries|Enterprises|Ventures|Depot|Stores|Institution|Hospital|School|College)\\b");
    private static final Pattern TITLE = Pattern.compile(
            "^(?:(?:U\\.S\\.|US|UN|former|retired|then|current|acting|deputy|vice|chief|senior|foreign|prime|defen[cs]e|"
                    + "finance|interior|health|state|secretary|minister|president|presidential|sen\\.|senator|rep\\.|"
                    + "representative|gov\\.|governor|mayor|gen\\.|general|col\\.|lt\\.|dr\\.|mr\\.|mrs\\.|ms\\.|prof\\.|"
                    + "professor|judge|justice|ambassador|spokesman|spokeswoman|spokesperson|director|chairman|"
                    + "chairwoman|chair|ceo|candidate|nominee|leader|democratic|republican|white house|press)\\s+)+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern POSSESSIVE_END = Pattern.compile("\\p{L}['’]s?$");
    private static final Pattern DANGLING_END = Pattern.compile(
            "(?:\\s(?i:with|of|for|from|to|at|in|on|by|and|or|than|the|a|an)|\\s\\p{Ll}+\\s\\p{Lu}\\p{Ll}+(?:an|ese|ish|ian|ic))$");
    private static final Pattern LONE_PARTICIPLE = Pattern.compile("^\\p{L}+ing$");
    private static final Pattern NEGATED = Pattern.compile("(?i)^no\\s+\\p{L}.*");
    private static final Pattern FINITE_VERB = Pattern.compile(
            "\\s(?:is|are|was|were|has|have|had|will|would|did|does)\\s+\\p{Ll}");
    /** "the board said port members": a reporting clause run into the name after it. */
    private static final Pattern SAYING_INSIDE = Pattern.compile("\\s(?:said|says|told)\\s+\\S");
    /** "U.N. members", "NATO member states": the states that belong to a body, not the body. */
    private static final Pattern MEMBERS = Pattern.compile("(?i)\\s(?:members|member states|member countries|member nations)$");
    private static final Pattern NAME_OF_A_NAME = Pattern.compile(
            "(?i)^(?:its|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+)?(?:acronym|abbreviation|name|nickname|title|slogan)\\b");
    /** "by the American media outlet", "of the Japanese daily": a publisher described, not named. */
    private static final Pattern BY_PUBLISHER = Pattern.compile(
            "^\\s*(?:by|of|from)\\s+(?:the|this|that)\\s+(?:[\\p{L}-]+\\s+){0,3}?(outlet|media outlet|news agency|agency|newspaper|daily|"
                    + "broadcaster|network|channel|paper|magazine|wire service)\\s*$");
    private static final Pattern AUTHOR = Pattern.compile(
            "^\\s*(?:by|of|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:(?:of|for|on|and|the)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’.-]*)*)");

    /** The last title word before a name: "Fisheries Minister", "White House Press Secretary". */
    private static final Pattern LAST_TITLE = Pattern.compile(
            "^.*\\b(?i:minister|secretary|president|spokes(?:wo)?man|spokesperson|director|chairman|chairwoman|chief|"
                    + "senator|governor|mayor|ambassador|commissioner|general|envoy|adviser|advisor|official|leader|"
                    + "prosecutor|judge|professor|analyst|economist|researcher|editor|correspondent|ceo|founder|attorney|"
                    + "lawyer|strategist|pollster|aide|manager|nominee|candidate|congressman|congresswoman|rep\\.|sen\\.|"
                    + "gov\\.|speaker|chair|host|anchor|businessman|businesswoman|surrogate|activist|organizer|employee|worker|"
                    + "resident|student|owner|coach|player|teacher|officer|insider|administrator|commander|cmdr\\.|captain|"
                    + "capt\\.|sergeant|sgt\\.|detective|det\\.|chancellor|premier|scientist|astronomer|physicist|moderator|"
                    + "reporter|journalist|columnist|commentator|contributor|pundit)\\s+");

    /** Mentions that cannot be a source: they start like an adjunct ("at a forum", "with footage of") or are numbers. */
    private static final Pattern NOT_A_SOURCE = Pattern.compile(
            "(?i)^(?:for|at|with|in|on|by|from|to|of|about|after|before|during|while|when|if|since|despite|among|into|"
                    + "over|under|than|that|which|what|there|anything|something|everything|nothing)\\b.*|^[\\d.,%$ ]+(?:percent|per cent|%)?.*|"
                    + "^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                    + "hundreds|thousands|half|most|many|some|few)\\s+(?:percent|per cent|of)\\b.*");
    private static final Pattern DETERMINER = Pattern.compile("(?i)^(?:the|this|that|these|those|his|her|their|its|our)\\s");
    /** Heads of descriptions that point back to a person or a body named before. */
    private static final Pattern ROLE_OR_BODY = Pattern.compile(
            "(?i)nominee|candidate|businessman|businesswoman|billionaire|mogul|senator|governor|mayor|congressman|"
                    + "congresswoman|lawmaker|leader|chairman|chairwoman|aide|adviser|advisor|strategist|pollster|attorney|"
                    + "lawyer|manager|director|secretary|speaker|host|anchor|president|spokesman|spokeswoman|spokesperson|"
                    + "official|minister|ambassador|prosecutor|judge|frontrunner|front-runner|incumbent|challenger|"
                    + "campaign|committee|administration|government|ministry|department|agency|company|firm|group|"
                    + "organi[sz]ation|commission|council|panel|board|party|network|newspaper");
    /** Common-noun heads that make a named phrase an organisation: "the Clinton campaign", "the Trump administration". */
    private static final Pattern ORG_HEAD = Pattern.compile(
            "(?i)campaign|administration|government|committee|foundation|organi[sz]ation|team|staff|camp|office|"
                    + "ministry|department|agency|company|firm|party|network|newspaper|magazine|group|institute|university");
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|da|del|bin|al))*");

    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|da|del|bin|al)){0,4}");

    /** Words in an apposition that say the name before it is a person's: "Ann Lee, co-author of the study". */
    private static final Pattern PERSON_ROLE = Pattern.compile(
            "(?i)\\b(?:author|co-author|fellow|professor|lecturer|researcher|scientist|physicist|chemist|biologist|economist|"
                    + "analyst|director|founder|co-founder|ceo|cfo|cto|president|chairman|chairwoman|chair|chief|officer|"
                    + "executive|manager|spokes(?:wo)?man|spokesperson|minister|secretary|senator|governor|mayor|lawyer|"
                    + "attorney|judge|doctor|physician|nurse|engineer|designer|architect|artist|student|resident|owner|"
                    + "partner|member|head|editor|reporter|correspondent|writer|expert|adviser|advisor|aide|official|leader|"
                    + "coach|player|teacher|father|mother|son|daughter|wife|husband|veteran|candidate|nominee|lawmaker|"
                    + "activist|organi[sz]er|critic|supporter|opponent|specialist|consultant|historian|psychologist|strategist|investor|entrepreneur)s?\\b");

    /** "Rosaly Lopes of NASA's Jet Propulsion Laboratory", "Dan McLaughlin at the National Review": a name and its body. */
    private static final Pattern NAME_OF = Pattern.compile("^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s+(of|at|from|with)\\s+(.+)$");

    /** The department in a title ("Secretary of State John Kerry"), left once the title word is gone. */
    private static final Pattern OF_DEPARTMENT = Pattern.compile("^of\\s+(?:the\\s+)?(?:Homeland Security|Veterans Affairs|"
            + "Foreign Affairs|Home Affairs|Health and Human Services|Housing and Urban Development|State|Defen[cs]e|Energy|"
            + "Commerce|Labou?r|Agriculture|Education|Transportation|Treasury|Justice|Finance|Health|Housing|Interior|Trade|"
            + "Economy|Tourism|Culture)\\s+");

    /** A number or quantity of people: "some Democrats", "one Republican", "two White House officials". */
    private static final Pattern QUANTIFIED = Pattern.compile(
            "(?i)^(?:one|two|three|four|five|six|several|some|many|most|other|another|each|both|either|neither|few|"
                    + "various|numerous|\\d+)\\s.*");
    /** A name joined with lower-case words: "Citizens for Tax Justice", "Commission on Presidential Debates". */
    private static final Pattern JOINED_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|for|on|and|the|in|to|against|with))*\\s+(?:of|for|on|against|with)\\s+"
                    + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|for|on|and|the|in))*$");
    private static final Pattern FOLLOWED_BY_ADJUNCT = Pattern.compile("(?i)['’]s?\\s|\\s+(?:in|at|on|of|for|from|with|during|after|before)\\s");
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)the|a|an|this|that|these|those|his|her|their|its|our");

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
        core = tidy(core);
        if (core.isEmpty() || NOT_A_SOURCE.matcher(core).matches() || DEMONSTRATIVE.matcher(core).matches()
                || isFragment(t, core)) {
            return new Mention(Mention.Kind.NONE, t, core, null, null, clause);
        }
        if (PRONOUN.matcher(core).matches()) {
            return new Mention(Mention.Kind.PRONOUN, t, core, null, null, clause);
        }
        Mention apposed = apposition(t, core, clause);
        if (apposed != null) {
            return apposed;
        }
        Matcher doc = DOCUMENT.matcher(core);
        Optional<Gazetteer.Found> found = gazetteer.find(core);
        if (doc.find() && Character.isLowerCase(doc.group(1).codePointAt(0)) && isDocumentHead(core, doc)) {
            String afterDocument = core.substring(doc.end());
            Matcher publisher = BY_PUBLISHER.matcher(afterDocument);
            if (publisher.matches()) {
                // "the report by the American media outlet": the story of a publisher named before
                return new Mention(Mention.Kind.BACK_REFERENCE, t, "the " + publisher.group(1), null, null, clause);
            }
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
        if (found.isPresent() && MEMBERS.matcher(core).find()) {
            // "U.N. members assess …": member states speaking, an unnamed group
            return new Mention(Mention.Kind.ANONYMOUS, t, core, null, null, clause);
        }
        if (found.isPresent() && coversName(core, found.get())) {
            return new Mention(Mention.Kind.NAMED, t, core, found.get().entity(), null, clause);
        }
        String head = lastWord(core);
        boolean commonHead = !head.isEmpty() && Character.isLowerCase(head.codePointAt(0));
        if (commonHead && ORG_HEAD.matcher(head).matches() && hasProperName(core)) {
            // "the Clinton campaign", "the Trump administration": a named body
            return new Mention(Mention.Kind.ORGANISATION, t, stripArticle(core), null, null, clause);
        }
        if (commonHead && DETERMINER.matcher(core).lookingAt() && ROLE_OR_BODY.matcher(head).matches()) {
            // "the GOP nominee", "the Clinton campaign": a description pointing back to someone named before
            return new Mention(Mention.Kind.BACK_REFERENCE, t, core, null, null, clause);
        }
        if (QUANTIFIED.matcher(core).matches()) {
            return new Mention(Mention.Kind.ANONYMOUS, t, core, null, null, clause);
        }
        if (ANONYMOUS.matcher(core).matches() && !hasProperName(core.replaceFirst("^\\S+\\s*", ""))) {
            return new Mention(Mention.Kind.ANONYMOUS, t, core, null, null, clause);
        }
        Matcher title = LAST_TITLE.matcher(core);
        if (title.find() && title.end() < core.length() && isProperName(core.substring(title.end()))) {
            return new Mention(Mention.Kind.PERSON, t, personName(core), null, null, clause);
        }
        Matcher nameOf = NAME_OF.matcher(core);
        if (nameOf.matches() && !ORG_WORDS.matcher(nameOf.group(1)).find() && !Places.isPlace(nameOf.group(1))) {
            return new Mention(Mention.Kind.PERSON, t, personName(nameOf.group(1)), null, null,
                    (nameOf.group(2) + " " + nameOf.group(3)) + (clause == null ? "" : ", " + clause));
        }
        if (JOINED_NAME.matcher(core).matches() && !TITLE.matcher(core).lookingAt()) {
            return new Mention(Mention.Kind.ORGANISATION, t, stripArticle(core), null, null, clause);
        }
        if (core.startsWith("The ") && isProperName(core.substring(4))) {
            // "The San Francisco Chronicle", "The Doobie Brothers": people's names do not start with "The"
            return new Mention(Mention.Kind.ORGANISATION, t, core.substring(4), null, null, clause);
        }
        if (ORG_WORDS.matcher(core).find()) {
            return new Mention(Mention.Kind.ORGANISATION, t, stripArticle(core), null, null, clause);
        }
        if (Places.isPlace(core)) {
            return new Mention(Mention.Kind.PLACE, t, stripArticle(core), null, null, clause);
        }
        if (!commonHead && hasProperName(core)) {
            String name = personName(core);
            if (isProperName(name)) {
                return new Mention(Mention.Kind.PERSON, t, name, null, null, clause);
            }
            // "Clark in October", "NASA's Monday": a name followed by words that are not part of it
            Matcher lead = CAPITALISED_RUN.matcher(core);
            if (lead.lookingAt() && lead.end() < core.length()
                    && FOLLOWED_BY_ADJUNCT.matcher(core.substring(lead.end())).lookingAt()) {
                String leading = lead.group().replaceAll("['’]s?$", "").strip();
                if (!leading.isEmpty() && !leading.equals(core) && !FUNCTION_WORD.matcher(leading).matches()) {
                    Mention m = read(leading);
                    return new Mention(m.kind(), t, m.core(), m.entity(), m.document(), clause);
                }
            }
        }
        return new Mention(Mention.Kind.ANONYMOUS, t, core, null, null, clause);
    }

    /**
     * "Paul Torrey, associate professor of physics and co-author of the study": a name, then a description of
     * it after a comma. The name decides what the mention is (the description is kept as its clause), and a
     * description of a person's role makes it a person whatever words of organisations or documents it holds.
     * Null when the mention is not of that shape.
     */
    private Mention apposition(String text, String core, String clause) {
        int comma = core.indexOf(',');
        if (comma <= 0 || gazetteer.lookup(core).isPresent()) {
            return null;
        }
        String name = core.substring(0, comma).strip();
        String description = core.substring(comma + 1).strip().replaceAll("[\\s,]+$", "");
        if (!isProperName(name) && description.contains(" ") && isProperName(description)
                && (PERSON_ROLE.matcher(name).find() || LAST_TITLE.matcher(name + " ").find())) {
            // "Apple's chief executive, Tim Cook": a role, then the person's name
            return new Mention(Mention.Kind.PERSON, text, personName(description), null, null, clause == null ? name : name + ", " + clause);
        }
        if (description.isEmpty() || !isProperName(name)) {
            return null;
        }
        String allClauses = clause == null ? description : description + ", " + clause;
        Mention head = read(name);
        if (PERSON_ROLE.matcher(description).find()
                && (head.kind() == Mention.Kind.PERSON || head.kind() == Mention.Kind.ORGANISATION)) {
            return new Mention(Mention.Kind.PERSON, text, personName(name), null, null, allClauses);
        }
        return new Mention(head.kind(), text, head.core(), head.entity(), head.document(), allClauses);
    }

    /**
     * True for words that are no name nor description of a source, however the extractor cut them: a possessive
     * ("board chair Maria Roe's"), a phrase that stops on a preposition or an adjective ("about 3,000 farmers with",
     * "the three European"), a lone participle ("Pointing"), a negated noun ("no irregularities"), a clause ("The
     * militants were equally divided"), a name of a name ("its Arab acronym Daesh").
     */
    static boolean isFragment(String printed, String core) {
        String p = printed.strip().replaceAll("[\\s,;:]+$", "");
        return POSSESSIVE_END.matcher(p).find() || DANGLING_END.matcher(core).find() || LONE_PARTICIPLE.matcher(core).matches() && !Places.isPlace(core)
                || NEGATED.matcher(core).matches() || FINITE_VERB.matcher(core).find() || SAYING_INSIDE.matcher(core).find()
                || NAME_OF_A_NAME.matcher(core).find();
    }

    /** True when a name holds words of organisations or publications ("Ministry", "News", "Times"). */
    static boolean looksLikeOrganisation(String name) {
        return ORG_WORDS.matcher(name).find();
    }

    /**
     * True when the full stop at {@code at} closes a one-letter initial ("U.N.", "U.S.", "E.U."): the name goes on after it,
     * so it ends no clause.
     */
    static boolean isInitialStop(String text, int at) {
        return text.charAt(at) == '.' && at >= 1 && Character.isUpperCase(text.charAt(at - 1))
                && (at < 2 || !Character.isLetter(text.charAt(at - 2)))
                && (at + 1 >= text.length() || text.charAt(at + 1) != '\n');
    }

    /** Drops what is not part of a name: bracketed asides ("(R-IN)"), adverbs after it ("Trump also"), a leading "and". */
    static String tidy(String core) {
        // "the report.The departure …": two sentences run together; the mention is the first one's end
        String c = core.replaceFirst("(?<=\\p{Ll})\\.(?=\\p{Lu}\\p{Ll}).*$", "");
        // "the country's Meteorological Agency": the body's name follows the country's
        c = c.replaceFirst("^(?i)the\\s+(?:country|nation|state|kingdom|republic)['’]s\\s+(?=\\p{Lu})", "");
        c = c.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("\\s*\\([^)]*$", "").strip();
        c = c.replaceFirst("^(?i)(?:and|but|or|so|as|while|then)\\s+", "");
        String before;
        do {
            before = c;
            c = c.replaceFirst("\\s+(?:also|now|apparently|too|again|later|earlier|previously|himself|herself|themselves|"
                    + "itself|repeatedly|recently|then|still|once|instead|however|already|yet|reportedly|privately|"
                    + "publicly|separately|simply|first|today|yesterday|tonight|nevertheless|nonetheless|meanwhile|though|"
                    + "likewise|too|alone|themselves|in turn|on its part|for its part)$", "");
        } while (!c.equals(before));
        return c.strip();
    }

    private static String lastWord(String s) {
        String[] words = s.split("\\s+");
        return words.length == 0 ? "" : words[words.length - 1].replaceAll("[^\\p{L}'’-]", "");
    }

    /** Every word capitalised (or a name particle): "Brad Holm", "Ana de Souza". */
    private static boolean isProperName(String s) {
        return PERSON_NAME.matcher(s.strip()).matches();
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

    /** An organisation's name without the article and describing words before it ("the nonpartisan Commission on ..."). */
    private static String stripArticle(String s) {
        String n = s.replaceFirst("(?i)^(?:the|a|an)\\s+", "");
        String named = n.replaceFirst("^(?:\\p{Ll}[\\p{L}-]*\\s+)+(?=\\p{Lu})", "");
        return named.isEmpty() ? n : named;
    }

    /**
     * The person's name in a mention: "Foreign Minister Wang Yi" → "Wang Yi", "longtime Democratic pollster Pat
     * Caddell" → "Pat Caddell" (the last run of capitalised words); an apposition after a comma is dropped.
     */
    static String personName(String core) {
        String s = core.split(",")[0].strip();
        Matcher title = LAST_TITLE.matcher(s);
        if (title.find() && title.end() < s.length()) {
            s = s.substring(title.end());
        }
        s = OF_DEPARTMENT.matcher(s).replaceFirst("");
        s = s.replaceFirst("^\\S+['’]s\\s+(?=\\p{Lu})", "").replaceFirst("['’]s$", "");
        s = TITLE.matcher(s).replaceFirst("");
        s = s.replaceAll("[\\s,]+$", "");
        Matcher run = CAPITALISED_RUN.matcher(s);
        String last = null;
        while (run.find()) {
            last = run.group().strip();
        }
        if (last != null && !last.equals(s) && last.contains(" ")) {
            s = last;
        }
        return s.isEmpty() ? core : s;
    }
}
