package io.headwater.resolve;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Relation;
import io.headwater.core.Span;
import io.headwater.extract.Attribution;
import io.headwater.extract.Credit;
import io.headwater.extract.Sentence;
import io.headwater.ingest.Article;
import io.headwater.ingest.Deadline;
import io.headwater.resolve.ResolvedArticle.End;

/**
 * Resolves an article's attributions and credits to canonical entities and provenance links.
 * <p>
 * Within the article it follows coreference: "it" and "the report" point back to the last report or
 * organisation, "the panel" to the last body; all report mentions whose authors agree ("a UN report",
 * "the confidential report by the UN panel of experts") are one report. Statements by a report's
 * author in an article about that report count as the report's. When the article says a relay passed a
 * source on ("Yonhap quoted the report"), every attribution to that source goes through the relay: the
 * outlet knew the report only from the relay's story.
 * <p>
 * One resolution runs in steps, each in a class of its own: the sources are read in order with their coreference
 * ({@link SourceReader}), report mentions merged into reports ({@link ReportMentions}), each attribution's links
 * written with its relays ({@link AttributionLinks}), then the reports' own facts ({@link ReportLinks}), the credit
 * lines ({@link CreditLinks}) and the bodies' parents, all gathered in one {@link ProvenanceLinks}.
 */
public final class ArticleResolver {

    /** Who carried a report when the article says only "news agencies saw it", or credits no agency by name. */
    static final Entity UNNAMED_AGENCIES = Entity.adHoc("unnamed-agencies", "Unnamed news agencies", EntityType.AGENCY);

    private final Gazetteer gazetteer;
    private final MentionReader mentions;
    private final SourceList lists;

    public ArticleResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.mentions = new MentionReader(gazetteer);
        this.lists = new SourceList(mentions);
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

    /** One article's resolution: reads its sources, then writes its links. */
    private final class Run {
        final Article article;
        final String text;
        final List<Attribution> attributions;
        final List<Credit> credits;
        final ReportMentions reports;
        final SourceReader sources;
        final ProvenanceLinks links;
        final Deadline deadline;

        /** The attributions as the extractor gave them, before their roles were set right. */
        final List<Attribution> extracted;
        /** The article's own date, against which "on Tuesday" and "the May report" are read. */
        final java.time.@Nullable LocalDate anchor;

        Run(Article article, List<Attribution> attributions, List<Credit> credits, List<Sentence> sentences, Deadline deadline) {
            this.article = article;
            this.anchor = ArticleDate.anchor(article);
            this.reports = new ReportMentions(gazetteer, article, anchor);
            this.text = article.text();
            this.extracted = attributions;
            this.attributions = attributions.stream()
                    .map(a -> CueContext.withClauseSubject(a, article.text(), sentenceOf(a, sentences)))
                    .map(a -> CueContext.uninverted(CueContext.withoutCutPossessive(a, article.text()), article.text()))
                    .map(a -> CueContext.withoutRelativeAntecedent(a, article.text())).toList();
            this.credits = credits;
            this.deadline = deadline;
            this.sources = new SourceReader(gazetteer, mentions, article, reports);
            this.links = new ProvenanceLinks(text);
        }

        /** The tagged sentence holding {@code a}'s source. */
        private static @Nullable Sentence sentenceOf(Attribution a, List<Sentence> sentences) {
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
            Entity outlet = outlet();
            SourceRef[] sources = new SourceRef[n];
            SourceRef[] relays = new SourceRef[n];
            boolean[] silent = new boolean[n];
            String[] mentionText = new String[n];
            // More sources of the same quote: the other members of a list sharing the cue, and who the evidence came from
            List<List<OtherSource>> others = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                others.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                deadline.check();
                Attribution a = attributions.get(i);
                Span mention = a.source();
                mentionText[i] = mention == null ? null : mention.in(text);
                silent[i] = NonStatements.reportsNothing(a, text, extracted.get(i).source() != null);
                if (silent[i]) {
                    if (NonStatements.isSeeing(a, text) && a.source() != null) {
                        // "News agencies saw the confidential report": they carried it, whatever it said came through them
                        sources[i] = this.sources.read(a.contentText(text));
                        relays[i] = this.sources.seer(a.sourceText(text));
                    }
                    continue;
                }
                relays[i] = a.relay() == null ? this.sources.addressee(a) : this.sources.read(a.relayText(text));
                sources[i] = sameSourceAsBefore(i, sources);
                Span origin = sources[i] == null ? EvidenceSources.originOf(a, text) : null;
                if (origin != null) {
                    // "…, citing analysis from unnamed insurers": the insurers are the source
                    mention = origin;
                    mentionText[i] = origin.in(text);
                    a = withSource(a, origin);
                }
                List<Span> members = sources[i] == null ? lists.members(a, text) : List.of();
                if (members.size() > 1) {
                    mention = members.get(0);
                    mentionText[i] = mention.in(text);
                }
                if (sources[i] == null && mention != null) {
                    sources[i] = this.sources.source(members.size() > 1 ? withSource(a, mention) : a, mention);
                }
                String cited = CueContext.cited(a, text);
                if (cited != null && relays[i] == null && sources[i] != null && sources[i].entity() != null
                        && sources[i].entity().type().isPublisher()) {
                    // "Bloomberg reported, citing a person familiar with the plan": Bloomberg relays that person.
                    SourceRef who = this.sources.read(cited);
                    if (who != null) {
                        relays[i] = sources[i];
                        sources[i] = who;
                    }
                }
                String agent = CueContext.passiveAgentOfContent(a, text);
                if (agent != null && relays[i] == null && sources[i] != null && sources[i].entity() != null
                        && sources[i].entity().type().isPublisher()) {
                    // "This is stated in the report of the IAEA, writes Reuters": Reuters relays the report.
                    SourceRef who = this.sources.read(agent);
                    if (who != null) {
                        relays[i] = sources[i];
                        sources[i] = who;
                        mentionText[i] = agent;
                    }
                }
                if (sources[i] != null && sources[i].entity() != null && WireRelay.isOwn(sources[i].entity(), outlet)) {
                    // "…, Report informs, citing ABC" on Report.az: the outlet's own words; whom it cites is the source
                    sources[i] = cited == null ? null : this.sources.read(cited);
                }
                this.sources.remember(sources[i], mention);
                for (Span other : members.size() > 1 ? members.subList(1, members.size()) : List.<Span>of()) {
                    addOther(others.get(i), a, other, false);
                }
                for (Span evidence : EvidenceSources.of(a, text)) {
                    addOther(others.get(i), a, evidence, true);
                }
            }
            reports.resolveAll();
            Entity[] source = new Entity[n];
            Entity[] relay = new Entity[n];
            for (int i = 0; i < n; i++) {
                source[i] = reports.authorToReport(this.sources.entityOf(sources[i], null));
                relay[i] = this.sources.entityOf(relays[i], null);
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
            AttributionLinks.propagateRelays(source, relay);
            Entity wire = WireRelay.of(credits, outlet, gazetteer);
            if (outlet != null) {
                links.node(outlet);
                links.link(Relation.PUBLISHED_BY, End.ARTICLE, article.id(), End.ENTITY, outlet.key(), null, LinkProperties.NONE);
            }
            AttributionLinks attributionLinks = new AttributionLinks(article.id(), text, links);
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
                    s = this.sources.anonymousWithin(sources[i], container[i]);
                }
                attributionLinks.add(a, mentionText[i], s, AttributionLinks.ownRelay(relay[i], outlet), wire, quoteKeys[i],
                        parent[i] >= 0 ? quoteKeys[parent[i]] : null, container[i], !passedOn[i]);
                for (OtherSource other : others.get(i)) {
                    // "Reuters and other media reported": one quote, each member of the list its source; "testimonies
                    // from military experts indicate": the experts are sources too, cited by whoever said it
                    Entity citing = other.cited() && s != null ? s : container[i];
                    Entity member = reports.authorToReport(this.sources.entityOf(other.ref(), null));
                    if (citing != null && member != null && member.type() == EntityType.ANONYMOUS) {
                        member = this.sources.anonymousWithin(other.ref(), citing);
                    }
                    if (member != null && s != null && member.key().equals(s.key())) {
                        continue;
                    }
                    attributionLinks.addSource(a, other.mention(), member, AttributionLinks.ownRelay(relay[i], outlet), wire,
                            quoteKeys[i], citing, !passedOn[i]);
                }
            }
            ReportLinks reportLinks = new ReportLinks(gazetteer, reports, attributions, text, links);
            for (ReportMentions.Candidate r : reports.all()) {
                reportLinks.add(r);
            }
            new CreditLinks(article.id(), credits, gazetteer, links).add(outlet);
            links.addHierarchy(gazetteer);
            return new ResolvedArticle(article, outlet, links.nodes(), links.quotes(), links.links(), attributions, credits);
        }

        /** Reads the source at {@code at}, one more source of {@code a}'s quote, into {@code into}. */
        private void addOther(List<OtherSource> into, Attribution a, Span at, boolean cited) {
            SourceRef ref = this.sources.source(withSource(a, at), at);
            if (ref != null) {
                into.add(new OtherSource(ref, at.in(text), cited));
                this.sources.remember(ref, at);
            }
        }

        /** {@code a} with its source mention at {@code source}: one member of a list of sources. */
        private static Attribution withSource(Attribution a, Span source) {
            return new Attribution(source, a.cue(), a.content(), a.kind(), a.relay(), a.sentence(), a.confidence());
        }

        /** A quote carried over from the previous speaker shares that speaker's mention span: reuse its reading. */
        private SourceRef sameSourceAsBefore(int i, SourceRef[] sources) {
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
    }

    /**
     * One more source of a quote than the attribution's own.
     *
     * @param ref     the source as read
     * @param mention its words
     * @param cited   true when the quote's own source cites it (the evidence came from it), false for another member
     *                of a list of sources sharing the cue
     */
    private record OtherSource(SourceRef ref, String mention, boolean cited) {
    }

    /** A key fragment: lower case ASCII letters, digits and hyphens. */
    static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceFirst("^(?:the|a|an)\\s+", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "unnamed" : n.length() > 80 ? n.substring(0, 80) : n;
    }
}
