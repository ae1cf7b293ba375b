package io.headwater.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;
import io.headwater.extract.Attribution;
import io.headwater.ingest.Article;

/**
 * In-article coreference: reads one article's source mentions in order, and remembers each, so that "it" and
 * "the report" point back to the last report or organisation, "the panel" to the last body, "he" to the last person,
 * a surname to the full name met before, initials to the name they stand for. Report mentions go to the article's
 * {@link ReportMentions}, which decides later which of them are one report.
 */
final class SourceReader {

    /** Pronouns and back-references look this many source mentions back at most: an antecedent is a few sentences away. */
    private static final int MAX_LOOK_BACK = 500;

    private final Gazetteer gazetteer;
    private final MentionReader mentions;
    private final Article article;
    private final String text;
    private final ReportMentions reports;
    private final NameInText.Finder names;
    /** Every source read so far, in order, with where its mention stands (for pronouns and back-references). */
    private final List<SourceRef> seen = new ArrayList<>();
    private final List<Span> seenAt = new ArrayList<>();
    /** The content of the attribution whose source is being read: mentions inside it are not its antecedents. */
    private @Nullable Span within;
    /** Where the source mention being read stands, so that a document's author can be read to the end of its clause. */
    private @Nullable Span reading;
    private final Map<String, Entity> people = new LinkedHashMap<>();
    /** The first person met under each last word of a full name ("Benioff": Marc Benioff), looked up instead of searched. */
    private final Map<String, Entity> peopleBySurname = new HashMap<>();

    SourceReader(Gazetteer gazetteer, MentionReader mentions, Article article, ReportMentions reports) {
        this.gazetteer = gazetteer;
        this.mentions = mentions;
        this.article = article;
        this.text = article.text();
        this.reports = reports;
        this.names = new NameInText.Finder(text);
    }

    /**
     * The source of {@code a}, whose mention stands at {@code mention}. "North Korea also demonstrated ..., it said":
     * "it" is not the North Korea inside what it said, so mentions inside the content are no antecedents here.
     */
    @Nullable SourceRef source(Attribution a, Span mention) {
        within = a.content();
        reading = NameClues.runOnCut(mention, a, text);
        SourceRef antecedent = relativeAntecedent(reading);
        SourceRef source = antecedent != null ? antecedent : spokeThroughReport(read(reading.in(text)), a);
        reading = null;
        within = null;
        return source;
    }

    /** Who saw a document, as a relay: a publisher, or unnamed "news agencies". */
    @Nullable SourceRef seer(String mentionText) {
        SourceRef r = read(mentionText);
        if (r != null && r.entity() != null && r.entity().type().isPublisher()) {
            return r;
        }
        if (mentionText.matches("(?i).*\\b(?:news agencies|agencies|wire services)\\b.*")) {
            return SourceRef.of(ArticleResolver.UNNAMED_AGENCIES);
        }
        return null;
    }

    /** The publisher the source spoke to ("he told the Telegraph"): it carried these words. */
    @Nullable SourceRef addressee(Attribution a) {
        String to = CueContext.addressee(a, text);
        if (to == null) {
            return null;
        }
        Optional<Entity> known = gazetteer.lookup(to).filter(e -> e.type().isPublisher());
        if (known.isPresent()) {
            return SourceRef.of(known.get());
        }
        String medium = CueContext.mediumName(to);
        if (medium == null) {
            return null;
        }
        return SourceRef.of(gazetteer.lookup(medium).filter(e -> e.type().isPublisher())
                .orElse(Entity.adHoc("outlet:" + ArticleResolver.slug(medium), medium, EntityType.OUTLET)));
    }

    /** "The monitors said in a report …": a body that speaks through a report has the report as the source. */
    private SourceRef spokeThroughReport(SourceRef source, Attribution a) {
        String spokeIn = CueContext.inReport(a, text);
        if (source != null && source.report() != null && spokeIn != null) {
            reports.spokeIn(source.report(), spokeIn);
        }
        if (source != null && (source.report() != null || source.entity() == null || source.isPerson()
                || source.entity().type().isPublisher())) {
            return source;
        }
        if (source == null && !mentions.read(a.sourceText(text)).kind().equals(Mention.Kind.PRONOUN)) {
            return null;
        }
        String report = spokeIn;
        if (report == null) {
            return source;
        }
        // "they said in a report" before the text names them: a report whose author a later mention gives
        return document(new Mention(Mention.Kind.DOCUMENT, report, report, source == null ? null : source.entity(), "report", null));
    }

    /** What one source mention points at, read from its words (and the country before it); absent when it names no one. */
    @Nullable SourceRef read(String mentionText) {
        Mention m = mentions.read(reading == null ? mentionText : NameClues.withCountry(mentionText, text, reading.start()));
        SourceRef titled = titledPerson(m.core());
        if (titled != null) {
            return titled;
        }
        SourceRef spelledOut = acronymOfSeen(m.core());
        if (spelledOut != null) {
            return spelledOut;
        }
        return switch (m.kind()) {
            case NAMED -> named(m);
            case DOCUMENT -> document(m);
            case PRONOUN -> pronoun(m.core());
            case BACK_REFERENCE -> backReference(m.core());
            case ANONYMOUS -> new SourceRef(null, null, m.core());
            case PERSON -> SourceRef.of(person(m.core()));
            case ORGANISATION -> SourceRef.of(Entity.adHoc("org:" + ArticleResolver.slug(m.core()), m.core(), EntityType.ORGANISATION));
            case PLACE -> SourceRef.of(Entity.adHoc("gov:" + ArticleResolver.slug(m.core()), m.core(), EntityType.GOVERNMENT));
            case NONE -> null;
        };
    }

    /** A named source; a generic body ("UN experts") narrowed by the story's subject; a body that speaks only in reports, its report. */
    private SourceRef named(Mention m) {
        Entity e = narrowed(m.entity(), m);
        if (gazetteer.speaksThroughReports(e.key())) {
            return document(new Mention(Mention.Kind.DOCUMENT, m.text(), m.core(), e, "report", m.clause()));
        }
        return SourceRef.of(e);
    }

    /**
     * A document's author read to the end of the mention's clause in the text: the extractor's span may stop at
     * "a report by the Harbour Board'" where the text goes on "safety office published on Monday".
     */
    private Entity authorToClauseEnd(Mention m) {
        if (reading == null) {
            return m.entity();
        }
        int end = reading.end();
        int stop = end;
        // The full stop of an initial ("the U.N. Panel of Experts") does not end the clause.
        while (stop < text.length() && stop - end < 80
                && (",.;:\n(".indexOf(text.charAt(stop)) < 0 || MentionReader.isInitialStop(text, stop))) {
            stop++;
        }
        String extended = text.substring(reading.start(), stop);
        Optional<Gazetteer.Found> inMention = gazetteer.find(text.substring(reading.start(), end));
        Optional<Gazetteer.Found> inClause = gazetteer.find(extended);
        if (inClause.isEmpty() || inClause.get().entity().type().isPublisher()) {
            return m.entity();
        }
        if (m.entity() == null) {
            String[] words = Gazetteer.normalise(extended).split(" ");
            int at = inClause.get().firstWord();
            int before = at > 0 && words[at - 1].equals("the") ? at - 2 : at - 1;
            boolean byAuthor = before >= 0 && List.of("by", "of", "from").contains(words[before]);
            return byAuthor && inMention.isEmpty() ? inClause.get().entity() : null;
        }
        boolean longer = inMention.isPresent() && inClause.get().firstWord() == inMention.get().firstWord()
                && inClause.get().words() > inMention.get().words();
        return longer ? inClause.get().entity() : m.entity();
    }

    private Entity narrowed(Entity e, Mention m) {
        return e == null ? null : gazetteer.narrow(e, m.text(), text);
    }

    private SourceRef document(Mention m) {
        Entity author = narrowed(authorToClauseEnd(m), m);
        if (author != null && author.type().isPublisher()) {
            return SourceRef.of(author);
        }
        return new SourceRef(null, reports.mention(author, m), null);
    }

    private SourceRef pronoun(String p) {
        String w = p.toLowerCase(Locale.ROOT);
        if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her") || w.equals("i")) {
            SourceRef person = last(true);
            // "A senior union figure rejected the plan. '…,' he told the Gazette."
            person = person != null ? person : lastOnePerson();
            // "Film star Jan Roe has posted … '…,' he wrote": the person the text named last
            return person != null ? person : namedBefore();
        }
        SourceRef nonPerson = last(false);
        return nonPerson != null ? nonPerson : last(true);
    }

    private SourceRef backReference(String core) {
        String head = core.toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
        Set<EntityType> wanted = switch (head) {
            case "panel", "experts", "committee", "commission", "board", "body", "team", "researchers",
                    "investigators", "monitor", "watchdog", "authors" -> Set.of(EntityType.BODY, EntityType.ORGANISATION);
            case "agency", "newspaper", "outlet", "network", "broadcaster", "daily", "paper", "channel", "magazine", "service" ->
                    Set.of(EntityType.AGENCY, EntityType.OUTLET);
            case "ministry", "department", "government", "administration", "authorities", "authority", "office",
                    "military", "army", "police", "regime", "state", "country" ->
                    Set.of(EntityType.GOVERNMENT, EntityType.ORGANISATION);
            case "spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "nominee", "candidate",
                    "businessman", "businesswoman", "billionaire", "mogul", "senator", "governor", "mayor", "congressman",
                    "congresswoman", "lawmaker", "leader", "chairman", "chairwoman", "aide", "adviser", "advisor",
                    "strategist", "pollster", "attorney", "lawyer", "manager", "director", "secretary", "speaker", "host",
                    "anchor", "ambassador", "prosecutor", "judge", "frontrunner", "front-runner", "incumbent",
                    "challenger" -> Set.of(EntityType.PERSON);
            case "campaign" -> Set.of(EntityType.ORGANISATION);
            default -> Set.of(EntityType.ORGANISATION, EntityType.BODY, EntityType.GOVERNMENT);
        };
        ReportMentions.Candidate lastReport = reports.last();
        if (wanted.contains(EntityType.BODY) && lastReport != null && lastReport.author != null
                && wanted.contains(lastReport.author.type())) {
            return SourceRef.of(lastReport.author);
        }
        SourceRef named = lastNamedWith(head);
        if (named != null) {
            // "the agency" after the International Atomic Energy Agency, "the weather agency" after the Meteorological Agency
            return named;
        }
        for (SourceRef r : new SourceRef[] {last(false), last(true)}) {
            if (r != null && r.entity() != null && wanted.contains(r.entity().type())) {
                return r;
            }
        }
        if (wanted.contains(EntityType.PERSON)) {
            return new SourceRef(null, null, core);
        }
        // "the fisheries ministry" with nothing to point back to: an organisation known only to this article.
        EntityType type = wanted.contains(EntityType.GOVERNMENT) ? EntityType.GOVERNMENT : EntityType.ORGANISATION;
        String name = core.replaceFirst("^(?i)(?:the|this|that|these|those)\\s+", "");
        return SourceRef.of(Entity.adHoc("org:" + article.id() + ":" + ArticleResolver.slug(name), capitalise(name), type));
    }

    /**
     * A name read as a person's. A single word ("Benioff", "Apple") is a person met before by full name, or
     * one whose full name or title the article prints elsewhere ("Marc Benioff", "Mr. Benioff"); news
     * introduces people that way, so a single name the article never introduces is an organisation's.
     */
    private Entity person(String name) {
        if (!name.contains(" ")) {
            Entity met = peopleBySurname.get(name);
            if (met != null) {
                return met;
            }
            NameInText introduced = names.find(name);
            if (introduced == NameInText.NONE) {
                return Entity.adHoc("org:" + ArticleResolver.slug(name), name, EntityType.ORGANISATION);
            }
            if (introduced.fullName() != null) {
                return person(introduced.fullName());
            }
        }
        Entity fuller = fullerName(name);
        if (fuller != null) {
            return fuller;
        }
        Entity p = people.computeIfAbsent("person:" + ArticleResolver.slug(name), k -> Entity.adHoc(k, name, EntityType.PERSON));
        int space = p.name().lastIndexOf(' ');
        if (space >= 0) {
            peopleBySurname.putIfAbsent(p.name().substring(space + 1), p);
        }
        return p;
    }

    /**
     * The one person met before whose full name ends with {@code name}'s words: "Ortega Diaz" after "Luis Ortega Diaz",
     * "Costa Lima" after "Ana Maria Costa Lima" (surnames of two words). Absent when none or several are.
     */
    private @Nullable Entity fullerName(String name) {
        if (people.containsKey("person:" + ArticleResolver.slug(name))) {
            return null;
        }
        String tail = " " + name.toLowerCase(Locale.ROOT);
        Entity found = null;
        for (Entity p : people.values()) {
            if (p.name().toLowerCase(Locale.ROOT).endsWith(tail)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** Keeps {@code r}, read at {@code at}, as an antecedent of later mentions. */
    void remember(@Nullable SourceRef r, @Nullable Span at) {
        if (r != null) {
            seen.add(r);
            seenAt.add(at);
        }
    }

    /** The last person (or named non-person) read, leaving out mentions inside {@link #within}. */
    private SourceRef last(boolean person) {
        for (int k = seen.size() - 1; k >= Math.max(0, seen.size() - MAX_LOOK_BACK); k--) {
            SourceRef r = seen.get(k);
            Span at = seenAt.get(k);
            if (within != null && at != null && within.contains(at)) {
                continue;
            }
            if (person ? r.isPerson() : !r.isPerson() && r.anonymous() == null) {
                return r;
            }
        }
        return null;
    }

    /** "the chair of the board" after "board chair Maria Roe": that person. */
    private SourceRef titledPerson(String core) {
        Entity p = NameClues.titled(core, people.values(), text);
        return p == null ? null : SourceRef.of(p);
    }

    /** "The JMA" after the Japan Meteorological Agency: the initials of a name read before. */
    private SourceRef acronymOfSeen(String core) {
        String c = NameClues.acronym(core);
        if (c == null || gazetteer.lookup(c).isPresent()) {
            return null;
        }
        for (int k = seen.size() - 1; k >= 0; k--) {
            Entity e = seen.get(k).entity();
            if (e != null && !e.type().isPerson() && NameClues.initials(e.name()).equals(c)) {
                return SourceRef.of(e);
            }
        }
        return null;
    }

    /** "the union — which has warned …": the name a relative pronoun stands for, read as the source. */
    private SourceRef relativeAntecedent(Span mention) {
        String name = NameClues.antecedent(mention, text);
        SourceRef r = name == null ? null : read(name);
        return r != null && r.entity() != null ? r : null;
    }

    /** The full name the text printed last before the mention being read, as a person. */
    private @Nullable SourceRef namedBefore() {
        String name = reading == null ? null : NameClues.fullNameBefore(text, reading.start(), gazetteer);
        return name == null ? null : SourceRef.of(person(name));
    }

    /** The last named non-person whose name holds {@code head} as a word ("Agency" for "the agency"). */
    private @Nullable SourceRef lastNamedWith(String head) {
        if (head.length() < 4) {
            return null;
        }
        Pattern word = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(head) + "(?![\\p{L}])");
        for (int k = seen.size() - 1; k >= 0; k--) {
            SourceRef r = seen.get(k);
            Span at = seenAt.get(k);
            if (within != null && at != null && within.contains(at)) {
                continue;
            }
            Entity e = r.report() != null ? r.report().author : r.entity();
            if (e != null && !e.type().isPerson() && e.type() != EntityType.ANONYMOUS && word.matcher(e.name()).find()) {
                return SourceRef.of(e);
            }
        }
        return null;
    }

    /** The last unnamed source that is one person ("a senior diplomat", "a distraught man"). */
    private @Nullable SourceRef lastOnePerson() {
        for (int k = seen.size() - 1; k >= 0; k--) {
            SourceRef r = seen.get(k);
            Span at = seenAt.get(k);
            if (within != null && at != null && within.contains(at)) {
                continue;
            }
            if (r.anonymous() != null && r.anonymous().matches("(?i)^(?:a|an|one|another|the)\\s+(?:[\\p{L}-]+\\s+){0,3}"
                    + "(?:man|woman|figure|official|diplomat|source|spokes(?:wo)?man|spokesperson|resident|witness|"
                    + "member|aide|adviser|advisor|executive|officer|insider|person|analyst|expert|lawmaker)$")) {
                return r;
            }
        }
        return null;
    }

    /** The entity {@code r} stands for once reports are resolved; an unnamed source is one within {@code scope} (else the article). */
    @Nullable Entity entityOf(@Nullable SourceRef r, @Nullable Entity scope) {
        if (r == null) {
            return null;
        }
        if (r.report() != null) {
            return r.report().resolved;
        }
        if (r.entity() != null) {
            return r.entity();
        }
        String description = r.anonymous();
        String within = scope == null ? article.id() : scope.key();
        return Entity.adHoc("anon:" + within + ":" + ArticleResolver.slug(description), description, EntityType.ANONYMOUS);
    }

    /** An unnamed source cited by {@code container} ("a member state" in a report) is that container's. */
    @Nullable Entity anonymousWithin(@Nullable SourceRef r, Entity container) {
        return r == null || r.anonymous() == null ? entityOf(r, null) : entityOf(r, container);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
