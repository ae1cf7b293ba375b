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
import io.headwater.extract.Sentence;
import io.headwater.ingest.Article;
import io.headwater.ingest.Deadline;
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
    /** Pronouns and back-references look this many source mentions back at most: an antecedent is a few sentences away. */
    private static final int MAX_LOOK_BACK = 500;
    private static final Entity UNNAMED_AGENCIES = Entity.adHoc("unnamed-agencies", "Unnamed news agencies", EntityType.AGENCY);

    private final Gazetteer gazetteer;
    private final MentionReader mentions;

    public ArticleResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.mentions = new MentionReader(gazetteer);
    }

    /** Resolves {@code attributions} and {@code credits} found in {@code article}. */
    public ResolvedArticle resolve(Article article, List<Attribution> attributions, List<Credit> credits) {
        return resolve(article, attributions, credits, Deadline.unlimited());
    }

    /**
     * As {@link #resolve(Article, List, List)}, checking {@code deadline} once per attribution.
     *
     * @throws io.headwater.ingest.ArticleBudgetExceededException once the deadline has passed
     */
    public ResolvedArticle resolve(Article article, List<Attribution> attributions, List<Credit> credits, Deadline deadline) {
        return resolve(article, attributions, credits, List.of(), deadline);
    }

    /**
     * As {@link #resolve(Article, List, List, Deadline)}, with the extractor's tagged {@code sentences} of the
     * article, from whose parts of speech a clause the extractor took for a source is read as the clause's subject.
     * The resolved article keeps its attributions so set right: resolving them again needs no sentences.
     *
     * @throws io.headwater.ingest.ArticleBudgetExceededException once the deadline has passed
     */
    public ResolvedArticle resolve(Article article, List<Attribution> attributions, List<Credit> credits, List<Sentence> sentences,
            Deadline deadline) {
        return new Run(article, attributions, credits, sentences, deadline).build();
    }

    /** The gazetteer this resolver uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** What a mention points at, before report candidates become entities. */
    private record Ref(Entity entity, ReportMentions.Candidate report, String anonymous) {
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
        final ReportMentions reports;
        /** Every source read so far, in order, with where its mention stands (for pronouns and back-references). */
        final List<Ref> seen = new ArrayList<>();
        final List<Span> seenAt = new ArrayList<>();
        /** The content of the attribution whose source is being read: mentions inside it are not its antecedents. */
        Span within;
        /** Where the source mention being read stands, so that a document's author can be read to the end of its clause. */
        Span reading;
        final Map<String, Entity> people = new LinkedHashMap<>();
        /** The first person met under each last word of a full name ("Benioff": Marc Benioff), looked up instead of searched. */
        final Map<String, Entity> peopleBySurname = new HashMap<>();
        final Map<String, EntityNode> nodes = new LinkedHashMap<>();
        final Map<String, Link> links = new LinkedHashMap<>();
        final List<QuoteNode> quotes = new ArrayList<>();
        final Deadline deadline;
        final NameInText.Finder names;

        /** The attributions as the extractor gave them, before their roles were set right. */
        final List<Attribution> extracted;
        /** The article's own date, against which "on Tuesday" and "the May report" are read, or null. */
        final java.time.LocalDate anchor;

        Run(Article article, List<Attribution> attributions, List<Credit> credits, List<Sentence> sentences, Deadline deadline) {
            this.article = article;
            this.anchor = ArticleDate.anchor(article);
            this.reports = new ReportMentions(gazetteer, article, anchor);
            this.text = article.text();
            this.extracted = attributions;
            this.attributions = attributions.stream()
                    .map(a -> CueContext.withClauseSubject(a, article.text(), sentenceOf(a, sentences)))
                    .map(a -> CueContext.uninverted(CueContext.withoutCutPossessive(a, article.text()), article.text())).toList();
            this.credits = credits;
            this.deadline = deadline;
            this.names = new NameInText.Finder(text);
        }

        /** The tagged sentence holding {@code a}'s source, or null. */
        private static Sentence sentenceOf(Attribution a, List<Sentence> sentences) {
            if (a.source() == null) {
                return null;
            }
            for (Sentence s : sentences) {
                if (s.span().start() <= a.source().start() && a.source().end() <= s.span().end()) {
                    return s;
                }
            }
            return null;
        }

        ResolvedArticle build() {
            int n = attributions.size();
            Ref[] sources = new Ref[n];
            Ref[] relays = new Ref[n];
            boolean[] silent = new boolean[n];
            String[] mentionText = new String[n];
            for (int i = 0; i < n; i++) {
                deadline.check();
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
                    reading = NameClues.runOnCut(mention, a, text);
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
                String agent = CueContext.passiveAgentOfContent(a, text);
                if (agent != null && relays[i] == null && sources[i] != null && sources[i].entity() != null
                        && sources[i].entity().type().isPublisher()) {
                    // "This is stated in the report of the IAEA, writes Reuters": Reuters relays the report.
                    Ref who = read(agent);
                    if (who != null) {
                        relays[i] = sources[i];
                        sources[i] = who;
                        mentionText[i] = agent;
                    }
                }
                remember(sources[i], mention);
            }
            reports.resolveAll();
            Entity[] source = new Entity[n];
            Entity[] relay = new Entity[n];
            for (int i = 0; i < n; i++) {
                source[i] = reports.authorToReport(entityOf(sources[i], null));
                relay[i] = entityOf(relays[i], null);
            }
            reports.gatherFacts(source, attributions);
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
            Entity wire = WireRelay.of(credits, outlet, gazetteer);
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
            for (ReportMentions.Candidate r : reports.all()) {
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
            Mention m = mentions.read(reading == null ? mentionText : NameClues.withCountry(mentionText, text, reading.start()));
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
            // The full stop of an initial ("the U.N. Panel of Experts") does not end the clause.
            while (stop < text.length() && stop - end < 80 && (",.;:\n(".indexOf(text.charAt(stop)) < 0 || MentionReader.isInitialStop(text, stop))) {
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
            return new Ref(null, reports.mention(author, m), null);
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
                Entity met = peopleBySurname.get(name);
                if (met != null) {
                    return met;
                }
                NameInText introduced = names.find(name);
                if (introduced == NameInText.NONE) {
                    return Entity.adHoc("org:" + slug(name), name, EntityType.ORGANISATION);
                }
                if (introduced.fullName() != null) {
                    return person(introduced.fullName());
                }
            }
            Entity p = people.computeIfAbsent("person:" + slug(name), k -> Entity.adHoc(k, name, EntityType.PERSON));
            int space = p.name().lastIndexOf(' ');
            if (space >= 0) {
                peopleBySurname.putIfAbsent(p.name().substring(space + 1), p);
            }
            return p;
        }

        private void remember(Ref r, Span at) {
            if (r != null) {
                seen.add(r);
                seenAt.add(at);
            }
        }

        /** The last person (or named non-person) read, leaving out mentions inside {@link #within}. */
        private Ref last(boolean person) {
            for (int k = seen.size() - 1; k >= Math.max(0, seen.size() - MAX_LOOK_BACK); k--) {
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

        /** "the Director General of the IAEA" after "IAEA Director General Rafael Grossi": that person. */
        private Ref titledPerson(String core) {
            Entity p = NameClues.titled(core, people.values(), text);
            return p == null ? null : Ref.of(p);
        }

        /** "The JMA" after the Japan Meteorological Agency: the initials of a name read before. */
        private Ref acronymOfSeen(String core) {
            String c = NameClues.acronym(core);
            if (c == null || gazetteer.lookup(c).isPresent()) {
                return null;
            }
            for (int k = seen.size() - 1; k >= 0; k--) {
                Entity e = seen.get(k).entity();
                if (e != null && !e.type().isPerson() && NameClues.initials(e.name()).equals(c)) {
                    return Ref.of(e);
                }
            }
            return null;
        }

        /** "al-Qaeda — which has threatened …": the name a relative pronoun stands for, read as the source. */
        private Ref relativeAntecedent(Span mention) {
            String name = NameClues.antecedent(mention, text);
            Ref r = name == null ? null : read(name);
            return r != null && r.entity() != null ? r : null;
        }

        /** The full name the text printed last before the mention being read, as a person, or null. */
        private Ref namedBefore() {
            String name = reading == null ? null : NameClues.fullNameBefore(text, reading.start(), gazetteer);
            return name == null ? null : Ref.of(person(name));
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

        /**
         * For each attribution the last one whose content encloses it, or -1. Contents lie within their sentences and
         * sentences do not overlap, so only attributions of one sentence are compared (all pairs grew quadratically).
         */
        private int[] parents() {
            int[] parent = new int[attributions.size()];
            Map<Span, List<Integer>> bySentence = new HashMap<>();
            List<Integer> outside = new ArrayList<>();
            boolean[] isOutside = new boolean[parent.length];
            for (int i = 0; i < parent.length; i++) {
                Attribution a = attributions.get(i);
                if (a.sentence() != null && a.sentence().contains(a.content())) {
                    bySentence.computeIfAbsent(a.sentence(), s -> new ArrayList<>()).add(i);
                } else {
                    outside.add(i);
                    isOutside[i] = true;
                }
            }
            for (int i = 0; i < parent.length; i++) {
                Attribution a = attributions.get(i);
                List<Integer> candidates = isOutside[i] ? allIndexes(parent.length)
                        : merged(bySentence.get(a.sentence()), outside);
                parent[i] = -1;
                for (int k : candidates) {
                    if (attributions.get(k).encloses(a)) {
                        parent[i] = Math.max(parent[i], k);
                    }
                }
            }
            return parent;
        }

        private static List<Integer> allIndexes(int n) {
            List<Integer> all = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                all.add(k);
            }
            return all;
        }

        private static List<Integer> merged(List<Integer> a, List<Integer> b) {
            if (b.isEmpty()) {
                return a;
            }
            List<Integer> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
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

        /** A relay that is the outlet itself ("seen by Reuters" on Reuters' own page) is no relay. */
        private Entity ownRelay(Entity relay, Entity outlet) {
            return relay != null && WireRelay.isOwn(relay, outlet) ? null : relay;
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

        private void addReportFacts(ReportMentions.Candidate r) {
            Entity report = r.resolved;
            if (!nodes.containsKey(report.key())) {
                return;
            }
            Map<String, Object> props = new HashMap<>(nodes.get(report.key()).properties());
            props.putAll(reports.properties(r));
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
                if (agency != null && WireRelay.isOwn(agency, outlet)) {
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
            return WireRelay.credited(name, fallback, gazetteer);
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
