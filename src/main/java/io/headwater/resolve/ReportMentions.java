package io.headwater.resolve;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.headwater.extract.Attribution;
import io.headwater.ingest.Article;
import io.headwater.ingest.Paragraph;

/**
 * The reports one article cites, gathered over all their mentions before they become entities. Mentions whose
 * authors agree and whose times do not differ are one report ("a UN report", "the confidential report by the UN
 * panel of experts", "the annual report"); a report named by another time ("the IAEA's May report", "its previous
 * report") is another one. Each report then gets its key from its author and its time, and the facts another
 * article on it would print.
 */
final class ReportMentions {

    /** "The IAEA report", "the agency's previous report", "a report by the United Nations' nuclear watchdog". */
    private static final Pattern REPORT_AUTHOR = Pattern.compile(
            "(?<before>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,5}\\p{Lu}[\\p{L}.-]*)(?:['’]s?)?\\s+(?:\\p{Ll}+\\s+){0,2}reports?\\b"
                    + "|\\breports?\\s+(?:\\p{Ll}+\\s+){0,3}(?:by|of|from)\\s+(?<after>(?:the\\s+)?[\\p{L}'’. -]{3,60}?)(?=\\s*[,.;:(]|\\s+(?:on|in|that|which|seen|released|said|says)\\b)");
    /** Sentences of a paragraph, for the facts a story states in its own voice. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“]?\\p{Lu})");

    /** One report, as the article's mentions of it describe it. */
    static final class Candidate {
        Entity author;
        final Set<String> mentions = new LinkedHashSet<>();
        final List<String> clauses = new ArrayList<>();
        ReportPeriod period = ReportPeriod.UNKNOWN;
        final Set<String> facts = new LinkedHashSet<>();
        Entity resolved;
    }

    private final Gazetteer gazetteer;
    private final Article article;
    private final String text;
    private final LocalDate anchor;
    private final List<Candidate> all = new ArrayList<>();
    private Candidate last;

    ReportMentions(Gazetteer gazetteer, Article article, LocalDate anchor) {
        this.gazetteer = gazetteer;
        this.article = article;
        this.text = article.text();
        this.anchor = anchor;
    }

    /** Every report, in the order first mentioned. */
    List<Candidate> all() {
        return all;
    }

    /** The report mentioned last. */
    @Nullable Candidate last() {
        return last;
    }

    /** The report a document mention by {@code author} (or none) names, made new when no earlier mention agrees. */
    Candidate mention(Entity author, Mention m) {
        ReportPeriod period = ReportPeriod.read(m.text(), anchor);
        Candidate r = compatible(author, period);
        if (r == null) {
            r = new Candidate();
            all.add(r);
        }
        if (author != null && (r.author == null || gazetteer.isWithin(author.key(), r.author.key()))) {
            r.author = author;
        }
        r.period = r.period.orElse(period);
        r.mentions.add(m.core());
        if (m.clause() != null) {
            r.clauses.add(m.clause());
        }
        last = r;
        return r;
    }

    /**
     * What the words a body spoke through name of its report ("said in report S/2019/171", "in its 22nd report"): its
     * symbol and number, which tell it from the body's other reports. Its time stays the mention's: "in its previous
     * report" is read where the report itself is mentioned.
     */
    void spokeIn(Candidate r, String words) {
        ReportPeriod named = ReportPeriod.read(words, anchor);
        r.period = r.period.orElse(new ReportPeriod(null, false, 0, false, named.symbol(), named.ordinal()));
    }

    /**
     * The report a mention continues: one whose author agrees and whose period does not differ. A mention that
     * names no time is the current report, not an earlier one named by its month ("the May report").
     */
    private Candidate compatible(Entity author, ReportPeriod period) {
        boolean timed = period.isKnown() || period.previous();
        Candidate earlier = null;
        for (int k = all.size() - 1; k >= 0; k--) {
            Candidate r = all.get(k);
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

    /**
     * Gives every report its entity. A report whose mentions name no author takes the body the text names as a
     * report's author elsewhere ("The report, seen by The AP, said …" in a story that also says "the IAEA report").
     */
    void resolveAll() {
        Entity authorInText = null;
        for (Candidate r : all) {
            if (r.author == null) {
                authorInText = authorInText != null ? authorInText : authorInText();
                r.author = authorInText;
            }
            r.resolved = entity(r);
        }
    }

    /** What the author of a report says in an article about the report, the (current) report says. */
    Entity authorToReport(Entity e) {
        if (e == null || e.type() == EntityType.REPORT) {
            return e;
        }
        Entity earlier = null;
        for (Candidate r : all) {
            if (r.author != null && r.author.key().equals(e.key())) {
                if (!r.period.previous()) {
                    return r.resolved;
                }
                earlier = earlier == null ? r.resolved : earlier;
            }
        }
        return earlier != null ? earlier : e;
    }

    /**
     * Figures, data dates and quoted words of what each report said ({@code source[i]} is the entity attribution
     * {@code i} resolved to): what another article on the same report would print.
     */
    void gatherFacts(Entity[] source, List<Attribution> attributions) {
        Map<String, Candidate> byKey = new HashMap<>();
        for (Candidate r : all) {
            byKey.putIfAbsent(r.resolved.key(), r);
        }
        for (int i = 0; i < source.length; i++) {
            Candidate r = source[i] == null ? null : byKey.get(source[i].key());
            if (r != null) {
                addFacts(r, ReportFacts.of(attributions.get(i).contentText(text)));
            }
        }
        List<Candidate> current = all.stream().filter(r -> r.author != null && !r.period.previous()).toList();
        if (current.size() != 1) {
            return;
        }
        // A story on one report states much of it in its own voice: "… has increased by 6.7 kg to 128.3 kg."
        for (Paragraph p : article.paragraphs()) {
            for (String sentence : SENTENCE_BREAK.split(p.span().in(text))) {
                int at = text.indexOf(sentence, p.span().start());
                if (at >= 0 && attributions.stream().noneMatch(a -> a.sentence().start() <= at && at < a.sentence().end())) {
                    addFacts(current.get(0), ReportFacts.unattributed(sentence));
                }
            }
        }
    }

    private static void addFacts(Candidate r, Set<String> facts) {
        for (String f : facts) {
            if (r.facts.size() >= ReportFacts.LIMIT) {
                return;
            }
            r.facts.add(f);
        }
    }

    /** The node properties of a report: its mentions, and what identifies it across articles. */
    Map<String, Object> properties(Candidate r) {
        Map<String, Object> props = new HashMap<>();
        props.put("mentions", List.copyOf(r.mentions));
        if (r.mentions.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).contains("confidential"))) {
            props.put("confidential", true);
        }
        if (r.author != null) {
            props.putAll(ReportIdentity.describe(r.author, authorLine(r.author), r.period, r.facts));
        }
        return props;
    }

    /**
     * The report as an entity. A report of a known author is keyed by its author and its month ("report:iaea:2023-02"),
     * the article's date standing in when the text only says "a new report"; one whose time the text does not give is
     * keyed by this article until another article on the same report gives it away (see {@link ReportIdentity}).
     */
    private Entity entity(Candidate r) {
        if (r.author == null) {
            int index = all.indexOf(r);
            String first = r.mentions.iterator().next();
            String where = article.outlet() != null ? article.outlet() : article.title();
            return Entity.adHoc("report:" + article.id() + ":" + index,
                    Character.toUpperCase(first.charAt(0)) + first.substring(1) + " (cited in " + where + ")", EntityType.REPORT);
        }
        ReportPeriod p = r.period;
        if (!p.previous() && p.date() == null) {
            p = p.month() != 0 && anchor != null
                    ? ReportPeriod.read("in " + Month.of(p.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH), anchor).orElse(p)
                    : p.orElse(ReportPeriod.anchoredAt(anchor));
            r.period = p;
        }
        String author = r.author.key();
        String key;
        if (p.symbol() != null) {
            key = "report:" + author + ":" + ArticleResolver.slug(p.symbol());
        } else if (p.ordinal() != 0) {
            key = "report:" + author + ":no-" + p.ordinal();
        } else if (p.date() != null) {
            key = "report:" + author + ":" + YearMonth.from(p.date());
        } else {
            key = "report:" + author + ":" + article.id() + (p.month() != 0 ? "-m" + p.month() : "") + (p.previous() ? "-earlier" : "");
        }
        String label = p.label();
        String name = Gazetteer.shortName(r.author) + " report" + (label != null ? ", " + label
                : p.previous() ? " (an earlier one)" : " (date not given)");
        return Entity.adHoc(key, name, EntityType.REPORT);
    }

    /** The body the text names as a report's author anywhere, most often. */
    private @Nullable Entity authorInText() {
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
}
