package io.headwater.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.headwater.core.Evidence;
import io.headwater.core.Relation;
import io.headwater.core.Span;
import io.headwater.extract.Attribution;
import io.headwater.resolve.ResolvedArticle.End;

/**
 * What an article says of each report it names, beyond who cites it: the report's facts on its node, who wrote it
 * ({@code AUTHORED_BY}) and the body it went to ({@code SUBMITTED_TO}, "submitted to the Security Council").
 */
final class ReportLinks {

    private static final Pattern SUBMITTED = Pattern.compile(
            "(?i)\\b(?:submitted|presented|sent|delivered|handed|circulated|reported)\\s+to\\s+(?:the\\s+)?(?<to>.+?)(?:\\s*[,;(]|$)");

    private final Gazetteer gazetteer;
    private final ReportMentions reports;
    private final List<Attribution> attributions;
    private final String text;
    private final ProvenanceLinks links;

    ReportLinks(Gazetteer gazetteer, ReportMentions reports, List<Attribution> attributions, String text, ProvenanceLinks links) {
        this.gazetteer = gazetteer;
        this.reports = reports;
        this.attributions = attributions;
        this.text = text;
        this.links = links;
    }

    /** The facts, author and addressee of report {@code r}, when a link reached it. */
    void add(ReportMentions.Candidate r) {
        Entity report = r.resolved;
        if (links.node(report.key()) == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>(links.node(report.key()).properties());
        props.putAll(reports.properties(r));
        links.replaceNode(report, props);
        if (r.author != null) {
            links.node(r.author);
            links.link(Relation.AUTHORED_BY, End.ENTITY, report.key(), End.ENTITY, r.author.key(), null, LinkProperties.prov("wasAttributedTo"));
        }
        for (String clause : r.clauses) {
            Matcher m = SUBMITTED.matcher(clause);
            if (!m.find()) {
                continue;
            }
            String to = m.group("to").strip();
            Entity target = gazetteer.lookup(to).or(() -> gazetteer.find(to).map(Gazetteer.Found::entity))
                    .orElse(Entity.adHoc("org:" + ArticleResolver.slug(to), to, EntityType.BODY));
            links.node(target);
            Span where = locate(clause);
            Evidence ev = where == null ? null : links.evidence(where, m.group().split("\\s+")[0], 0.8);
            links.link(Relation.SUBMITTED_TO, End.ENTITY, report.key(), End.ENTITY, target.key(), ev, LinkProperties.NONE);
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
}
