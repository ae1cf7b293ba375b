package io.headwater.resolve;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.headwater.extract.Attribution;
import io.headwater.extract.Credit;
import io.headwater.extract.Evidence;
import io.headwater.extract.ExtractorVersion;
import io.headwater.ingest.Article;
import io.headwater.ingest.Paragraph;
import io.headwater.ingest.Span;
import io.headwater.resolve.ResolvedArticle.End;
import io.headwater.resolve.ResolvedArticle.EntityNode;
import io.headwater.resolve.ResolvedArticle.Link;
import io.headwater.resolve.ResolvedArticle.QuoteNode;

/**
 * Resolves an article's attributions and credits to canonical entities and provenance links.
 * <p>
 * Within the article it follows coreference: "it" and "the report" point back to the last report or
 * organisation, "the panel" to the last body; all report mentions whose authors agree ("a UN report",
 * "the confidential report by the UN panel of experts") are one report. Statements by a report's
 * author in an article about that report count as the report's. When the article says a relay passed a
 * source on ("Yonhap quoted the report"), every attribution to that source goes through the relay: the
 * outlet knew the report only from the relay's story.
 */
public final class ArticleResolver {

    private static final Pattern SUBMITTED = Pattern.compile(
            "(?i)\\b(?:submitted|presented|sent|delivered|handed|circulated|reported)\\s+to\\s+(?:the\\s+)?(?<to>.+?)(?:\\s*[,;(]|$)");
    /** "The IAEA report", "the agency's previous report", "a report by the United Nations' nuclear watchdog". */
    private static final Pattern REPORT_AUTHOR = Pattern.compile(
            "(?<before>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,5}\\p{Lu}[\\p{L}.-]*)(?:['’]s?)?\\s+(?:\\p{Ll}+\\s+){0,2}reports?\\b"
                    + "|\\breports?\\s+(?:\\p{Ll}+\\s+){0,3}(?:by|of|from)\\s+(?<after>(?:the\\s+)?[\\p{L}'’. -]{3,60}?)(?=[,.;:]|\\s+(?:on|in|that|which|seen|released|said|says)\\b)");
    private static final Pattern RUN_ON = Pattern.compile("(?<=\\p{Ll})\\.(?=\\p{Lu}\\p{Ll})");
    /** The name right before a relative pronoun: "terrorist network al-Qaeda — ", "the Justice Department, ". */
    private static final Pattern ANTECEDENT = Pattern.compile(
            "(?<name>(?:the\\s+)?(?:\\p{L}+[ -])?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4})\\s*(?:,|—|–|-)\\s*$");
    private static final Pattern COUNTRYS = Pattern.compile("(?i)^the\\s+(?:country|nation)['’]s\\s+(?=\\p{Lu})");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?");

    /** "JMA" for "Japan Meteorological Agency": the first letters of its capitalised words. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                b.appendCodePoint(w.codePointAt(0));
            }
        }
        return b.toString();
    }

    /** "the Director General of the IAEA", "the Secretary-General of NATO": a title and a body. */
    private static final Pattern TITLE_OF = Pattern.compile(
            "^(?i:the)\\s+(?<title>\\p{Lu}[\\p{L}]+(?:[ -]\\p{Lu}[\\p{L}]+){0,2})\\s+of\\s+(?:the\\s+)?\\S.*$");
    /** Two or three capitalised words, each with lower-case letters: "Amitabh Bachchan", not "Big B" or "UN". */
    private static final Pattern FULL_NAME = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}(?![\\p{L}'’-])");
    private static final Entity UNNAMED_AGENCIES = Entity.adHoc("unnamed-agencies", "Unnamed news agencies", EntityType.AGENCY);

    private final Gazetteer gazetteer;
    private final MentionReader mentions;

    public ArticleResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.mentions = new MentionReader(gazetteer);
    }

    /** Resolves {@code attributions} and {@code credits} found in {@code article}. */
    public ResolvedArticle resolve(Article article, List<Attribution> attributions, List<Credit> credits) {
        return new Run(article, attributions, credits).build();
    }

    /** The gazetteer this resolver uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** A report mentioned in the article, gathered over all its mentions before it gets a key. */
    private static final class ReportCandidate {
        Entity author;
        final Set<String> mentions = new LinkedHashSet<>();
        final List<String> clauses = new ArrayList<>();
        ReportPeriod period = ReportPeriod.UNKNOWN;
        final Set<String> facts = new LinkedHashSet<>();
        Entity resolved;
    }

    /** What a mention points at, before report candidates become entities. */
    private record Ref(Entity entity, ReportCandidate report, String anonymous) {
        static Ref of(Entity e) {
            return new Ref(e, null, null);
        }

        boolean isPerson() {
            return entity != null && entity.type().isPerson();
        }
    }

    private final class Run {
        final Article article;
        final String text;
        final List<Attribution> attributions;
        final List<Credit> credits;
        final List<ReportCandidate> reports = new ArrayList<>();
        ReportCandidate lastReport;
        /** Every source read so far, in order, with where its mention stands (for pronouns and back-references). */
        final List<Ref> seen = new ArrayList<>();
        final List<Span> seenAt = new ArrayList<>();
        /** The content of the attribution whose source is being read: mentions inside it are not its antecedents. */
        Span within;
        /** Where the source mention being read stands, so that a document's author can be read to the end of its clause. */
        Span reading;
        final Map<String, Entity> people = new LinkedHashMap<>();
        final Map<String, EntityNode> nodes = new LinkedHashMap<>();
        final Map<String, Link> links = new LinkedHashMap<>();
        final List<QuoteNode> quotes = new ArrayList<>();

        /** The attributions as the extractor gave them, before their roles were set right. */
        final List<Attribution> extracted;
        /** The article's own date, against which "on Tuesday" and "the May report" are read, or null. */
        final java.time.LocalDate anchor;

        Run(Article article, List<Attribution> attributions, List<Credit> credits) {
            this.article = article;
            this.anchor = ArticleDate.anchor(article);
            this.text = article.text();
            this.extracted = attributions;
            this.attributions = attributions.stream().map(a -> CueContext.uninverted(a, article.text())).toList();
            this.credits = credits;
        }

        ResolvedArticle build() {
            int n = attributions.size();
            Ref[] sources = new Ref[n];
            Ref[] relays = new Ref[n];
            boolean[] silent = new boolean[n];
            String[] mentionText = new String[n];
            for (int i = 0; i < n; i++) {
                Attribution a = attributions.get(i);
                Span mention = a.source();
                mentionText[i] = mention == null ? null : mention.in(text);
                silent[i] = NonStatements.reportsNothing(a, text, extracted.get(i).source() != null);
                if (silent[i]) {
                    if (NonStatements.isSeeing(a, text) && a.source() != null) {
                        // "News agencies saw the confidential report": they carried it, whatever it said came through them
                        sources[i] = read(a.contentText(text));
                        relays[i] = seer(a.sourceText(text));
                    }
                    continue;
                }
                relays[i] = a.relay() == null ? addressee(a) : read(a.relayText(text));
                sources[i] = sameSourceAsBefore(i, sources);
                if (sources[i] == null && mention != null) {
                    // "North Korea also demonstrated ..., it said": "it" is not the North Korea inside what it said
                    within = a.content();
                    reading = runOnCut(mention, a);
                    Ref antecedent = relativeAntecedent(reading);
                    sources[i] = antecedent != null ? antecedent : spokeThroughReport(read(reading.in(text)), a);
                    reading = null;
                    within = null;
                }
                String cited = CueContext.cited(a, text);
                if (cited != null && relays[i] == null && sources[i] != null && sources[i].entity() != null
                        && sources[i].entity().type().isPublisher()) {
                    // "Bloomberg reported, citing a person familiar with the plan": Bloomberg relays that person.
                    Ref who = read(cited);
                    if (who != null) {
                        relays[i] = sources[i];
                        sources[i] = who;
                    }
                }
                remember(sources[i], mention);
            }
            Entity authorInText = null;
            for (ReportCandidate r : reports) {
                if (r.author == null) {
                    // "The report, seen by The AP, said …" while the text calls it "the IAEA report" elsewhere
                    authorInText = authorInText != null ? authorInText : reportAuthorInText();
                    r.author = authorInText;
                }
                r.resolved = reportEntity(r);
            }
            Entity[] source = new Entity[n];
            Entity[] relay = new Entity[n];
            for (int i = 0; i < n; i++) {
                source[i] = authorToReport(entityOf(sources[i], null));
                relay[i] = entityOf(relays[i], null);
            }
            gatherReportFacts(source);
            int[] parent = parents();
            boolean[] passedOn = new boolean[n];
            Entity[] container = new Entity[n];
            for (int i = 0; i < n; i++) {
                if (parent[i] >= 0 && silent[parent[i]]) {
                    parent[i] = -1;
                }
                Entity outer = parent[i] >= 0 ? source[parent[i]] : null;
                if (outer != null && outer.type().isPublisher()) {
                    // "The ministry said ..., Reuters reported": Reuters passed the ministry's words on.
                    relay[i] = relay[i] == null ? outer : relay[i];
                    passedOn[parent[i]] = true;
                } else {
                    container[i] = outer;
                }
            }
            propagateRelays(source, relay);
            Entity outlet = outlet();
            Entity wire = wireAgency(outlet);
            if (outlet != null) {
                node(outlet);
                link("PUBLISHED_BY", End.ARTICLE, article.id(), End.ENTITY, outlet.key(), null, Map.of());
            }
            String[] quoteKeys = new String[n];
            for (int i = 0; i < n; i++) {
                quoteKeys[i] = article.id() + ":q" + attributions.get(i).content().start();
            }
            for (int i = 0; i < n; i++) {
                if (silent[i]) {
                    continue;
                }
                Attribution a = attributions.get(i);
                Entity s = source[i];
                if (container[i] != null && s != null && s.type() == EntityType.ANONYMOUS) {
                    s = anonymousWithin(sources[i], container[i]);
                }
                addAttribution(a, mentionText[i], s, ownRelay(relay[i], outlet), wire, quoteKeys[i],
                        parent[i] >= 0 ? quoteKeys[parent[i]] : null, container[i], !passedOn[i]);
            }
            for (ReportCandidate r : reports) {
                addReportFacts(r);
            }
            addCredits(outlet);
            addHierarchy();
            return new ResolvedArticle(article, outlet, List.copyOf(nodes.values()), quotes, List.copyOf(links.values()),
                    attributions, credits);
        }

        /** Who saw a document, as a relay: a publisher, or unnamed "news agencies". */
        private Ref seer(String mentionText) {
            Ref r = read(mentionText);
            if (r != null && r.entity() != null && r.entity().type().isPublisher()) {
                return r;
            }
            if (mentionText.matches("(?i).*\\b(?:news agencies|agencies|wire services)\\b.*")) {
                return Ref.of(UNNAMED_AGENCIES);
            }
            return null;
        }

        /** The publisher the source spoke to ("he told the Telegraph"): it carried these words. */
        private Ref addressee(Attribution a) {
            String to = CueContext.addressee(a, text);
            if (to == null) {
                return null;
            }
            Optional<Entity> known = gazetteer.lookup(to).filter(e -> e.type().isPublisher());
            if (known.isPresent()) {
                return Ref.of(known.get());
            }
            String medium = CueContext.mediumName(to);
            if (medium == null) {
                return null;
            }
            return Ref.of(gazetteer.lookup(medium).filter(e -> e.type().isPublisher())
                    .orElse(Entity.adHoc("outlet:" + slug(medium), medium, EntityType.OUTLET)));
        }

        /** "The monitors said in a report …": a body that speaks through a report has the report as the source. */
        private Ref spokeThroughReport(Ref source, Attribution a) {
            if (source != null && (source.report() != null || source.entity() == null || source.isPerson()
                    || source.entity().type().isPublisher())) {
                return source;
            }
            if (source == null && !mentions.read(a.sourceText(text)).kind().equals(Mention.Kind.PRONOUN)) {
                return null;
            }
            String report = CueContext.inReport(a, text);
            if (report == null) {
                return source;
            }
            // "they said in a report" before the text names them: a report whose author a later mention gives
            return document(new Mention(Mention.Kind.DOCUMENT, report, report, source == null ? null : source.entity(), "report", null));
        }

        /** The body the text names as a report's author anywhere ("the IAEA report", "a report by the UN nuclear watchdog"), or null. */
        private Entity reportAuthorInText() {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Entity> byKey = new HashMap<>();
            Matcher m = REPORT_AUTHOR.matcher(text);
            while (m.find()) {
                String words = m.group("before") != null ? m.group("before") : m.group("after");
                Optional<Gazetteer.Found> f = gazetteer.find(words);
                if (f.isPresent() && !f.get().entity().type().isPublisher() && !f.get().entity().type().isPerson()) {
                    Entity e = gazetteer.narrow(f.get().entity(), words, text);
                    counts.merge(e.key(), 1, Integer::sum);
                    byKey.put(e.key(), e);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byKey.get(e.getKey())).orElse(null);
        }

        /** A quote carried over from the previous speaker shares that speaker's mention span: reuse its reading. */
        private Ref sameSourceAsBefore(int i, Ref[] sources) {
            Attribution a = attributions.get(i);
            if (a.source() == null || a.kind() != Attribution.Kind.CONTINUED) {
                return null;
            }
            for (int k = i - 1; k >= 0; k--) {
                if (a.source().equals(attributions.get(k).source())) {
                    return sources[k];
                }
            }
            return null;
        }

        private Ref read(String mentionText) {
            Mention m = mentions.read(countryNamed(mentionText));
            Ref titled = titledPerson(m.core());
            if (titled != null) {
                return titled;
            }
            Ref spelledOut = acronymOfSeen(m.core());
            if (spelledOut != null) {
                return spelledOut;
            }
            return switch (m.kind()) {
                case NAMED -> named(m);
                case DOCUMENT -> document(m);
                case PRONOUN -> pronoun(m.core());
                case BACK_REFERENCE -> backReference(m.core());
                case ANONYMOUS -> new Ref(null, null, m.core());
                case PERSON -> Ref.of(person(m.core()));
                case ORGANISATION -> Ref.of(Entity.adHoc("org:" + slug(m.core()), m.core(), EntityType.ORGANISATION));
                case PLACE -> Ref.of(Entity.adHoc("gov:" + slug(m.core()), m.core(), EntityType.GOVERNMENT));
                case NONE -> null;
            };
        }

        /** A named source; a generic body ("UN experts") narrowed by the story's subject; a body that speaks only in reports, its report. */
        private Ref named(Mention m) {
            Entity e = narrowed(m.entity(), m);
            if (gazetteer.speaksThroughReports(e.key())) {
                return document(new Mention(Mention.Kind.DOCUMENT, m.text(), m.core(), e, "report", m.clause()));
            }
            return Ref.of(e);
        }

        /**
         * A document's author read to the end of the mention's clause in the text: the extractor's span may stop at
         * "a new report by the United Nations'" where the text goes on "nuclear watchdog released on Thursday".
         */
        private Entity authorToClauseEnd(Mention m) {
            if (reading == null) {
                return m.entity();
            }
            int end = reading.end();
            int stop = end;
            while (stop < text.length() && stop - end < 80 && ",.;:\n(".indexOf(text.charAt(stop)) < 0) {
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

        private Ref document(Mention m) {
            Entity author = narrowed(authorToClauseEnd(m), m);
            if (author != null && author.type().isPublisher()) {
                return Ref.of(author);
            }
            ReportPeriod period = ReportPeriod.read(m.text(), anchor);
            ReportCandidate r = compatibleReport(author, period);
            if (r == null) {
                r = new ReportCandidate();
                reports.add(r);
            }
            if (author != null && (r.author == null || gazetteer.isWithin(author.key(), r.author.key()))) {
                r.author = author;
            }
            r.period = r.period.orElse(period);
            r.mentions.add(m.core());
            if (m.clause() != null) {
                r.clauses.add(m.clause());
            }
            lastReport = r;
            return new Ref(null, r, null);
        }

        /**
         * The report a mention continues: one whose author agrees and whose period does not differ. A mention that
         * names no time is the current report, not an earlier one named by its month ("the May report").
         */
        private ReportCandidate compatibleReport(Entity author, ReportPeriod period) {
            boolean timed = period.isKnown() || period.previous();
            ReportCandidate earlier = null;
            for (int k = reports.size() - 1; k >= 0; k--) {
                ReportCandidate r = reports.get(k);
                boolean authorsAgree = author == null || r.author == null || gazetteer.isWithin(author.key(), r.author.key())
                        || gazetteer.isWithin(r.author.key(), author.key());
                if (!authorsAgree) {
                    continue;
                }
                if (timed) {
                    if (periodsAgree(period, r.period)) {
                        return r;
                    }
                    continue;
                }
                if (!r.period.previous()) {
                    return r;
                }
                earlier = earlier == null ? r : earlier;
            }
            return timed ? null : earlier;
        }

        private static boolean periodsAgree(ReportPeriod p, ReportPeriod q) {
            if (p.previous() != q.previous()) {
                // "its previous report" is not the current one; an untimed current report may still learn its date
                return !p.previous() && !q.isKnown();
            }
            if (p.symbol() != null && q.symbol() != null) {
                return p.symbol().equals(q.symbol());
            }
            if (p.ordinal() != 0 && q.ordinal() != 0) {
                return p.ordinal() == q.ordinal();
            }
            if (p.date() != null && q.date() != null) {
                return Math.abs(p.date().toEpochDay() - q.date().toEpochDay()) <= (p.precise() && q.precise() ? 16 : 31);
            }
            if (p.month() != 0 && q.month() != 0) {
                return p.month() == q.month();
            }
            return true;
        }

        private Ref pronoun(String p) {
            String w = p.toLowerCase(Locale.ROOT);
            if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her") || w.equals("i")) {
                Ref person = last(true);
                // "A senior Taliban figure denied the report. '…,' he told the Telegraph."
                person = person != null ? person : lastOnePerson();
                // "Bollywood icon Amitabh Bachchan has shared … '…,' he wrote": the person the text named last
                return person != null ? person : namedBefore();
            }
            Ref nonPerson = last(false);
            return nonPerson != null ? nonPerson : last(true);
        }

        private Ref backReference(String core) {
            String head = core.toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
            Set<EntityType> wanted = switch (head) {
                case "panel", "experts", "committee", "commission", "board", "body", "team", "researchers",
                        "investigators", "monitor", "watchdog" -> Set.of(EntityType.BODY, EntityType.ORGANISATION);
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
            if (wanted.contains(EntityType.BODY) && lastReport != null && lastReport.author != null
                    && wanted.contains(lastReport.author.type())) {
                return Ref.of(lastReport.author);
            }
            Ref named = lastNamedWith(head);
            if (named != null) {
                // "the agency" after the International Atomic Energy Agency, "the weather agency" after the Meteorological Agency
                return named;
            }
            for (Ref r : new Ref[] {last(false), last(true)}) {
                if (r != null && r.entity() != null && wanted.contains(r.entity().type())) {
                    return r;
                }
            }
            if (wanted.contains(EntityType.PERSON)) {
                return new Ref(null, null, core);
            }
            // "the fisheries ministry" with nothing to point back to: an organisation known only to this article.
            EntityType type = wanted.contains(EntityType.GOVERNMENT) ? EntityType.GOVERNMENT : EntityType.ORGANISATION;
            String name = core.replaceFirst("^(?i)(?:the|this|that|these|those)\\s+", "");
            return Ref.of(Entity.adHoc("org:" + article.id() + ":" + slug(name), capitalise(name), type));
        }

        /**
         * A name read as a person's. A single word ("Benioff", "Apple") is a person met before by full name, or
         * one whose full name or title the article prints elsewhere ("Marc Benioff", "Mr. Benioff"); news
         * introduces people that way, so a single name the article never introduces is an organisation's.
         */
        private Entity person(String name) {
            if (!name.contains(" ")) {
                for (Entity p : people.values()) {
                    if (p.name().endsWith(" " + name)) {
                        return p;
                    }
                }
                NameInText introduced = NameInText.find(article.text(), name);
                if (introduced == NameInText.NONE) {
                    return Entity.adHoc("org:" + slug(name), name, EntityType.ORGANISATION);
                }
                if (introduced.fullName() != null) {
                    return person(introduced.fullName());
                }
            }
            return people.computeIfAbsent("person:" + slug(name), k -> Entity.adHoc(k, name, EntityType.PERSON));
        }

        private void remember(Ref r, Span at) {
            if (r != null) {
                seen.add(r);
                seenAt.add(at);
            }
        }

        /** The last person (or named non-person) read, leaving out mentions inside {@link #within}. */
        private Ref last(boolean person) {
            for (int k = seen.size() - 1; k >= 0; k--) {
                Ref r = seen.get(k);
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

        /**
         * A mention that runs over a sentence the page ran on ("a quid pro quo for U.S. troop withdrawal.But the UN
         * Monitoring Team says"): the part next to the cue is the source.
         */
        private Span runOnCut(Span mention, Attribution a) {
            Matcher m = RUN_ON.matcher(mention.in(text));
            if (!m.find()) {
                return mention;
            }
            boolean cueAfter = a.cue() != null && a.cue().start() >= mention.end();
            return cueAfter ? new Span(mention.start() + m.end(), mention.end()) : new Span(mention.start(), mention.start() + m.start());
        }

        /** "al-Qaeda — which has threatened …": the name a relative pronoun stands for, read as the source. */
        private Ref relativeAntecedent(Span mention) {
            if (!mention.in(text).strip().matches("(?i)which|who|that")) {
                return null;
            }
            Matcher m = ANTECEDENT.matcher(text.substring(Math.max(0, mention.start() - 80), mention.start()));
            if (!m.find()) {
                return null;
            }
            Ref r = read(m.group("name"));
            return r != null && r.entity() != null ? r : null;
        }

        /** "the country's Meteorological Agency" in a story on Japan: "Japan Meteorological Agency". */
        private String countryNamed(String mentionText) {
            Matcher m = COUNTRYS.matcher(mentionText.strip());
            if (!m.lookingAt() || reading == null) {
                return mentionText;
            }
            String country = null;
            Matcher name = CAPITALISED.matcher(text.substring(0, reading.start()));
            while (name.find()) {
                if (Places.isCountry(name.group())) {
                    country = name.group();
                }
            }
            return country == null ? mentionText : country + " " + mentionText.strip().substring(m.end());
        }

        /** "The JMA" after the Japan Meteorological Agency: the initials of a name read before. */
        private Ref acronymOfSeen(String core) {
            String c = core.replaceFirst("^(?i)the\\s+", "");
            if (!c.matches("\\p{Lu}{2,6}") || gazetteer.lookup(c).isPresent()) {
                return null;
            }
            for (int k = seen.size() - 1; k >= 0; k--) {
                Entity e = seen.get(k).entity();
                if (e != null && !e.type().isPerson() && initials(e.name()).equals(c)) {
                    return Ref.of(e);
                }
            }
            return null;
        }

        /** "the Director General of the IAEA" after "IAEA Director General Rafael Grossi": that person. */
        private Ref titledPerson(String core) {
            Matcher t = TITLE_OF.matcher(core);
            if (!t.matches()) {
                return null;
            }
            String title = t.group("title");
            for (Entity p : people.values()) {
                Pattern printed = Pattern.compile(Pattern.quote(title).replace(" ", "\\E[ -]\\Q") + "[ ,]+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}?"
                        + Pattern.quote(p.name()), Pattern.CASE_INSENSITIVE);
                if (printed.matcher(text).find()) {
                    return Ref.of(p);
                }
            }
            return null;
        }

        /** The full name the text printed last before the mention being read, as a person, or null. */
        private Ref namedBefore() {
            if (reading == null) {
                return null;
            }
            Matcher m = FULL_NAME.matcher(text.substring(0, reading.start()));
            String last = null;
            while (m.find()) {
                String name = m.group();
                if (!Places.isPlace(name) && gazetteer.find(name).isEmpty() && !MentionReader.looksLikeOrganisation(name)
                        && !name.matches("^(?:The|A|An|In|On|At|For|But|And|When|After|Before|This|That)\\s.*")) {
                    last = name;
                }
            }
            return last == null ? null : Ref.of(person(last));
        }

        /** The last named non-person whose name holds {@code head} as a word ("Agency" for "the agency"), or null. */
        private Ref lastNamedWith(String head) {
            if (head.length() < 4) {
                return null;
            }
            Pattern word = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(head) + "(?![\\p{L}])");
            for (int k = seen.size() - 1; k >= 0; k--) {
                Ref r = seen.get(k);
                Span at = seenAt.get(k);
                if (within != null && at != null && within.contains(at)) {
                    continue;
                }
                Entity e = r.report() != null ? r.report().author : r.entity();
                if (e != null && !e.type().isPerson() && e.type() != EntityType.ANONYMOUS && word.matcher(e.name()).find()) {
                    return Ref.of(e);
                }
            }
            return null;
        }

        /** The last unnamed source that is one person ("a senior diplomat", "a distraught man"), or null. */
        private Ref lastOnePerson() {
            for (int k = seen.size() - 1; k >= 0; k--) {
                Ref r = seen.get(k);
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

        private Entity entityOf(Ref r, Entity scope) {
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
            return Entity.adHoc("anon:" + within + ":" + slug(description), description, EntityType.ANONYMOUS);
        }

        private Entity anonymousWithin(Ref r, Entity container) {
            return r == null || r.anonymous() == null ? entityOf(r, null) : entityOf(r, container);
        }

        /** What the author of a report says in an article about the report, the (current) report says. */
        private Entity authorToReport(Entity e) {
            if (e == null || e.type() == EntityType.REPORT) {
                return e;
            }
            Entity earlier = null;
            for (ReportCandidate r : reports) {
                if (r.author != null && r.author.key().equals(e.key())) {
                    if (!r.period.previous()) {
                        return r.resolved;
                    }
                    earlier = earlier == null ? r.resolved : earlier;
                }
            }
            return earlier != null ? earlier : e;
        }

        /** Figures, data dates and quoted words of what each report said: what another article on it would print. */
        private void gatherReportFacts(Entity[] source) {
            Map<String, ReportCandidate> byKey = new HashMap<>();
            for (ReportCandidate r : reports) {
                byKey.putIfAbsent(r.resolved.key(), r);
            }
            for (int i = 0; i < source.length; i++) {
                ReportCandidate r = source[i] == null ? null : byKey.get(source[i].key());
                if (r != null) {
                    addFacts(r, ReportFacts.of(attributions.get(i).contentText(text)));
                }
            }
            List<ReportCandidate> current = reports.stream().filter(r -> r.author != null && !r.period.previous()).toList();
            if (current.size() != 1) {
                return;
            }
            // A story on one report states much of it in its own voice: "… has increased by 6.7 kg to 128.3 kg."
            for (Paragraph p : article.paragraphs()) {
                for (String sentence : p.span().in(text).split("(?<=[.!?][\"”’]?)\\s+(?=[\"“]?\\p{Lu})")) {
                    int at = text.indexOf(sentence, p.span().start());
                    if (at >= 0 && attributions.stream().noneMatch(a -> a.sentence().start() <= at && at < a.sentence().end())) {
                        addFacts(current.get(0), ReportFacts.unattributed(sentence));
                    }
                }
            }
        }

        private void addFacts(ReportCandidate r, Set<String> facts) {
            for (String f : facts) {
                if (r.facts.size() >= ReportFacts.LIMIT) {
                    return;
                }
                r.facts.add(f);
            }
        }

        /**
         * The report as an entity. A report of a known author is keyed by its author and its month ("report:iaea:2023-02"),
         * the article's date standing in when the text only says "a new report"; one whose time the text does not give is
         * keyed by this article until another article on the same report gives it away (see {@link ReportIdentity}).
         */
        private Entity reportEntity(ReportCandidate r) {
            if (r.author == null) {
                int index = reports.indexOf(r);
                String first = r.mentions.iterator().next();
                String where = article.outlet() != null ? article.outlet() : article.title();
                return Entity.adHoc("report:" + article.id() + ":" + index, capitalise(first) + " (cited in " + where + ")",
                        EntityType.REPORT);
            }
            ReportPeriod p = r.period;
            if (!p.previous() && p.date() == null) {
                p = p.month() != 0 && anchor != null ? ReportPeriod.read("in " + java.time.Month.of(p.month())
                        .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH), anchor).orElse(p)
                        : p.orElse(ReportPeriod.anchoredAt(anchor));
                r.period = p;
            }
            String author = r.author.key();
            String key;
            if (p.symbol() != null) {
                key = "report:" + author + ":" + slug(p.symbol());
            } else if (p.ordinal() != 0) {
                key = "report:" + author + ":no-" + p.ordinal();
            } else if (p.date() != null) {
                key = "report:" + author + ":" + java.time.YearMonth.from(p.date());
            } else {
                key = "report:" + author + ":" + article.id() + (p.month() != 0 ? "-m" + p.month() : "") + (p.previous() ? "-earlier" : "");
            }
            String label = p.label();
            String name = Gazetteer.shortName(r.author) + " report" + (label != null ? ", " + label
                    : p.previous() ? " (an earlier one)" : " (date not given)");
            return Entity.adHoc(key, name, EntityType.REPORT);
        }

        /** Once an article says X relayed a source, all of that source's words came through X. */
        private void propagateRelays(Entity[] source, Entity[] relay) {
            Map<String, Entity> relayOf = new HashMap<>();
            for (int i = 0; i < source.length; i++) {
                if (source[i] != null && relay[i] != null) {
                    relayOf.putIfAbsent(source[i].key(), relay[i]);
                }
            }
            for (int i = 0; i < source.length; i++) {
                if (source[i] != null && relay[i] == null) {
                    relay[i] = relayOf.get(source[i].key());
                }
            }
        }

        private int[] parents() {
            int[] parent = new int[attributions.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = -1;
                for (int k = 0; k < parent.length; k++) {
                    if (attributions.get(k).encloses(attributions.get(i))) {
                        parent[i] = k;
                    }
                }
            }
            return parent;
        }

        private void addAttribution(Attribution a, String mentionText, Entity source, Entity relay, Entity wire, String quoteKey,
                                    String parentQuote, Entity container, boolean derive) {
            String content = a.contentText(text);
            quotes.add(new QuoteNode(quoteKey, content, a.content(), a.kind(), a.confidence(), parentQuote));
            Evidence ev = evidence(a.sentence(), a.cueText(text), a.confidence());
            Map<String, Object> mention = mentionText == null ? Map.of() : Map.of("mention", mentionText);
            link("QUOTES", End.ARTICLE, article.id(), End.QUOTE, quoteKey, ev, Map.of());
            if (source == null) {
                return;
            }
            node(source);
            link("ATTRIBUTED_TO", End.QUOTE, quoteKey, End.ENTITY, source.key(), ev, merge(mention, prov("wasAttributedTo")));
            if (container != null) {
                node(container);
                link("CITES", End.ENTITY, container.key(), End.ENTITY, source.key(), ev, merge(mention, prov("hadPrimarySource")));
                link("QUOTES", End.ENTITY, container.key(), End.QUOTE, quoteKey, ev, Map.of());
                return;
            }
            if (!derive) {
                return;
            }
            boolean sourceIsWire = wire != null && (source.key().equals(wire.key()) || relay != null && relay.key().equals(wire.key()));
            if (relay == null && (wire == null || sourceIsWire)) {
                link("DERIVED_FROM", End.ARTICLE, article.id(), End.ENTITY, source.key(), ev,
                        merge(mention, prov(source.type() == EntityType.REPORT ? "hadPrimarySource" : "wasQuotedFrom")));
                return;
            }
            if (relay == null) {
                // The whole text is the agency's story (its dateline or sign-off says so): the source reached the
                // outlet through that story.
                deriveThrough(wire, source, ev, mention, Map.of("via", wire.name(), "relayNamed", false, "wire", true),
                        quoteKey, End.ARTICLE, article.id());
                return;
            }
            node(relay);
            // The sentence that names the relay is the evidence of the relay links; sentences that only inherit it are support.
            boolean named = a.relay() != null;
            Map<String, Object> viaRelay = named ? Map.of("via", a.relayText(text), "relayNamed", true)
                    : Map.of("via", relay.name(), "relayNamed", false);
            mention = merge(mention, Map.of("relayNamed", named));
            if (wire != null && !sourceIsWire && relay.type().isPublisher()) {
                // A relay of a relay: "NHK reported …" inside the agency's story, "Bloomberg reported, citing …".
                Entity inner = story(relay, source);
                linkStory(inner, relay, source, ev, mention, quoteKey);
                deriveThrough(wire, inner, ev, Map.of(), Map.of("via", wire.name(), "relayNamed", false, "wire", true),
                        quoteKey, End.ARTICLE, article.id());
                return;
            }
            deriveThrough(relay, source, ev, mention, viaRelay, quoteKey, End.ARTICLE, article.id());
        }

        /** {@code from} (the article) derives from {@code publisher}'s story on {@code source}, or from the relay itself. */
        private void deriveThrough(Entity publisher, Entity source, Evidence ev, Map<String, Object> mention,
                                   Map<String, Object> viaRelay, String quoteKey, End fromEnd, String from) {
            node(publisher);
            if (publisher.type().isPublisher()) {
                Entity story = story(publisher, source);
                link("DERIVED_FROM", fromEnd, from, End.ENTITY, story.key(), ev, merge(viaRelay, prov("wasDerivedFrom")));
                linkStory(story, publisher, source, ev, mention, quoteKey);
            } else {
                link("DERIVED_FROM", fromEnd, from, End.ENTITY, publisher.key(), ev, merge(viaRelay, prov("wasDerivedFrom")));
                link("DERIVED_FROM", End.ENTITY, publisher.key(), End.ENTITY, source.key(), ev, merge(mention, prov("wasQuotedFrom")));
            }
        }

        private void linkStory(Entity story, Entity publisher, Entity source, Evidence ev, Map<String, Object> mention, String quoteKey) {
            link("DERIVED_FROM", End.ENTITY, story.key(), End.ENTITY, source.key(), ev, merge(mention, prov("wasQuotedFrom")));
            link("PUBLISHED_BY", End.ENTITY, story.key(), End.ENTITY, publisher.key(), ev, prov("wasAttributedTo"));
            link("QUOTES", End.ENTITY, story.key(), End.QUOTE, quoteKey, ev, Map.of());
        }

        /**
         * The agency whose story the whole text is, as its credits say (a dateline first, then sign-offs and input
         * lines), or null; the article's own outlet is never its own relay.
         */
        private Entity wireAgency(Entity outlet) {
            for (Credit.Kind kind : List.of(Credit.Kind.DATELINE, Credit.Kind.AGENCY_INPUT, Credit.Kind.REPORTED_BY)) {
                for (Credit c : credits) {
                    if (c.kind() != kind || c.name() == null) {
                        continue;
                    }
                    Entity e = creditEntity(c.name(), EntityType.AGENCY);
                    if (e.type().isPublisher() && !isOwn(e, outlet)) {
                        return e;
                    }
                }
            }
            return null;
        }

        /** A relay that is the outlet itself ("seen by Reuters" on Reuters' own page) is no relay. */
        private Entity ownRelay(Entity relay, Entity outlet) {
            return relay != null && isOwn(relay, outlet) ? null : relay;
        }

        private boolean isOwn(Entity e, Entity outlet) {
            if (outlet == null) {
                return false;
            }
            if (e.key().equals(outlet.key())) {
                return true;
            }
            String name = Gazetteer.normalise(e.name());
            if (name.equals(Gazetteer.normalise(outlet.name()))) {
                return true;
            }
            return outlet.aliases().stream().anyMatch(a -> Gazetteer.normalise(a).equals(name))
                    || e.aliases().stream().anyMatch(a -> Gazetteer.normalise(a).equals(Gazetteer.normalise(outlet.name())));
        }

        /** One inferred node for "the agency's story that carried this source": both outlets copying it meet there. */
        private Entity story(Entity publisher, Entity source) {
            Entity story = Entity.adHoc("story:" + publisher.key() + ">" + source.key(),
                    publisher.name() + " story on the " + source.name().replaceFirst("^(?i)the ", ""), EntityType.STORY);
            Map<String, Object> props = new HashMap<>();
            props.put("inferred", true);
            props.put("agency", publisher.name());
            nodes.putIfAbsent(story.key(), new EntityNode(story, props));
            return story;
        }

        private void addReportFacts(ReportCandidate r) {
            Entity report = r.resolved;
            if (!nodes.containsKey(report.key())) {
                return;
            }
            Map<String, Object> props = new HashMap<>(nodes.get(report.key()).properties());
            props.put("mentions", List.copyOf(r.mentions));
            if (r.mentions.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).contains("confidential"))) {
                props.put("confidential", true);
            }
            if (r.author != null) {
                props.putAll(ReportIdentity.describe(r.author, authorLine(r.author), r.period, r.facts));
            }
            nodes.put(report.key(), new EntityNode(report, props));
            if (r.author != null) {
                node(r.author);
                link("AUTHORED_BY", End.ENTITY, report.key(), End.ENTITY, r.author.key(), null, prov("wasAttributedTo"));
            }
            for (String clause : r.clauses) {
                Matcher m = SUBMITTED.matcher(clause);
                if (!m.find()) {
                    continue;
                }
                String to = m.group("to").strip();
                Entity target = gazetteer.lookup(to).or(() -> gazetteer.find(to).map(Gazetteer.Found::entity))
                        .orElse(Entity.adHoc("org:" + slug(to), to, EntityType.BODY));
                node(target);
                Span where = locate(clause);
                Evidence ev = where == null ? null : evidence(where, m.group().split("\\s+")[0], 0.8);
                link("SUBMITTED_TO", End.ENTITY, report.key(), End.ENTITY, target.key(), ev, Map.of());
            }
        }

        private Span locate(String clause) {
            for (Attribution a : attributions) {
                String s = a.sentence().in(text);
                int at = s.indexOf(clause);
                if (at >= 0) {
                    return a.sentence();
                }
            }
            return null;
        }

        private void addCredits(Entity outlet) {
            List<String> storyLinks = links.values().stream()
                    .filter(l -> l.type().equals("DERIVED_FROM") && l.fromEnd() == End.ARTICLE && l.to().startsWith("story:"))
                    .map(Link::key).toList();
            for (Credit c : credits) {
                Evidence ev = new Evidence(c.evidence(), c.span() == null ? -1 : c.span().start(),
                        c.span() == null ? -1 : c.span().end(), c.cue(), c.confidence(), ExtractorVersion.CURRENT);
                if (c.kind() == Credit.Kind.PHOTO) {
                    Entity e = creditEntity(c.name(), EntityType.PHOTO_SERVICE);
                    node(e);
                    link("CREDITS", End.ARTICLE, article.id(), End.ENTITY, e.key(), ev, Map.of("kind", "photo"));
                    continue;
                }
                EntityType fallback = c.kind() == Credit.Kind.HAT_TIP ? EntityType.OUTLET : EntityType.AGENCY;
                Entity agency = c.name() == null ? null : creditEntity(c.name(), fallback);
                if (agency != null && isOwn(agency, outlet)) {
                    // "UNITED NATIONS (Reuters) -" on Reuters' own page: the outlet's own newsroom.
                    continue;
                }
                List<String> confirmed = storyLinks.stream()
                        .filter(k -> agency == null || k.contains("story:" + agency.key() + ">")).toList();
                if (!confirmed.isEmpty()) {
                    for (String k : confirmed) {
                        Link l = links.get(k);
                        links.put(k, new Link(l.type(), l.fromEnd(), l.from(), l.toEnd(), l.to(), l.evidence(),
                                merge(l.properties(), Map.of("credit", c.evidence()))));
                    }
                    continue;
                }
                Entity target = agency == null ? UNNAMED_AGENCIES : agency;
                node(target);
                link("DERIVED_FROM", End.ARTICLE, article.id(), End.ENTITY, target.key(), ev,
                        Map.of("prov", "wasDerivedFrom", "credit", c.evidence()));
            }
        }

        private Entity creditEntity(String name, EntityType fallback) {
            return gazetteer.lookup(name)
                    .or(() -> gazetteer.find(name).filter(f -> f.words() * 2 >= Gazetteer.normalise(name).split(" ").length)
                            .map(Gazetteer.Found::entity))
                    .orElse(Entity.adHoc("credit:" + slug(name), name, fallback));
        }

        /** The author and the bodies it is part of, nearest first. */
        private List<String> authorLine(Entity author) {
            List<String> line = new ArrayList<>();
            line.add(author.key());
            Entity e = author;
            for (int depth = 0; e.partOf() != null && depth < 10; depth++) {
                line.add(e.partOf());
                e = gazetteer.byKey(e.partOf()).orElse(null);
                if (e == null) {
                    break;
                }
            }
            return line;
        }

        /** Gazetteer parents of every entity in the article ("1718 Committee" is part of the Security Council). */
        private void addHierarchy() {
            for (EntityNode n : List.copyOf(nodes.values())) {
                Entity e = n.entity();
                for (int depth = 0; e.partOf() != null && depth < 10; depth++) {
                    Optional<Entity> parent = gazetteer.byKey(e.partOf());
                    if (parent.isEmpty()) {
                        break;
                    }
                    node(parent.get());
                    link("PART_OF", End.ENTITY, e.key(), End.ENTITY, parent.get().key(), null, Map.of());
                    e = parent.get();
                }
            }
        }

        private Entity outlet() {
            if (article.outlet() != null && !article.outlet().isBlank()) {
                String name = article.outlet().strip();
                return gazetteer.lookup(name).orElse(Entity.adHoc("outlet:" + slug(name), name, EntityType.OUTLET));
            }
            if (article.url() != null) {
                try {
                    String host = URI.create(article.url()).getHost();
                    if (host != null) {
                        String h = host.replaceFirst("^www\\.", "");
                        return gazetteer.byHost(h).orElse(Entity.adHoc("outlet:" + slug(h), h, EntityType.OUTLET));
                    }
                } catch (IllegalArgumentException ignored) {
                    // a malformed URL names no outlet
                }
            }
            return null;
        }

        private void node(Entity e) {
            nodes.putIfAbsent(e.key(), new EntityNode(e, Map.of()));
        }

        private void link(String type, End fromEnd, String from, End toEnd, String to, Evidence ev, Map<String, Object> props) {
            Link l = new Link(type, fromEnd, from, toEnd, to, ev, props);
            Link old = links.get(l.key());
            if (old == null) {
                links.put(l.key(), l);
                return;
            }
            int support = ((Number) old.properties().getOrDefault("support", 1)).intValue() + 1;
            boolean namedNow = Boolean.TRUE.equals(props.get("relayNamed"));
            boolean namedBefore = Boolean.TRUE.equals(old.properties().get("relayNamed"));
            boolean better = ev != null && (old.evidence() == null || namedNow && !namedBefore
                    || namedNow == namedBefore && ev.confidence() > old.evidence().confidence());
            Link keep = better ? l : old;
            links.put(l.key(), new Link(type, fromEnd, from, toEnd, to, keep.evidence(),
                    merge(merge(old.properties(), keep.properties()), Map.of("support", support))));
        }

        private Evidence evidence(Span sentence, String cue, double confidence) {
            return new Evidence(sentence.in(text), sentence.start(), sentence.end(), cue, confidence, ExtractorVersion.CURRENT);
        }
    }

    private static Map<String, Object> prov(String term) {
        return Map.of("prov", "prov:" + term);
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> m = new HashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A key fragment: lower case ASCII letters, digits and hyphens. */
    static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceFirst("^(?:the|a|an)\\s+", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "unnamed" : n.length() > 80 ? n.substring(0, 80) : n;
    }
}
