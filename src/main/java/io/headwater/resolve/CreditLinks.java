package io.headwater.resolve;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Evidence;
import io.headwater.core.Relation;
import io.headwater.extract.Credit;
import io.headwater.extract.ExtractorVersion;
import io.headwater.resolve.ResolvedArticle.End;
import io.headwater.resolve.ResolvedArticle.Link;

/**
 * The links an article's credit lines give: a photo service it credits, an agency it derives from. A credit that
 * names an agency whose story the attributions already lead through confirms those links instead; the outlet's own
 * newsroom credited on its own page is no source.
 */
final class CreditLinks {

    private final String articleId;
    private final List<Credit> credits;
    private final Gazetteer gazetteer;
    private final ProvenanceLinks links;

    CreditLinks(String articleId, List<Credit> credits, Gazetteer gazetteer, ProvenanceLinks links) {
        this.articleId = articleId;
        this.credits = credits;
        this.gazetteer = gazetteer;
        this.links = links;
    }

    /** The links of every credit of an article published by {@code outlet}. */
    void add(@Nullable Entity outlet) {
        List<String> storyLinks = links.links().stream()
                .filter(l -> l.type() == Relation.DERIVED_FROM && l.fromEnd() == End.ARTICLE && l.to().startsWith("story:"))
                .map(Link::key).toList();
        for (Credit c : credits) {
            Evidence ev = new Evidence(c.evidence(), c.span() == null ? -1 : c.span().start(),
                    c.span() == null ? -1 : c.span().end(), c.cue(), c.confidence(), ExtractorVersion.CURRENT);
            if (c.kind() == Credit.Kind.PHOTO) {
                Entity e = creditEntity(c.name(), EntityType.PHOTO_SERVICE);
                links.node(e);
                links.link(Relation.CREDITS, End.ARTICLE, articleId, End.ENTITY, e.key(), ev,
                        LinkProperties.NONE.withKind("photo"));
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
                    Link l = links.link(k);
                    links.replaceLink(new Link(l.type(), l.fromEnd(), l.from(), l.toEnd(), l.to(), l.evidence(),
                            l.properties().withCredit(c.evidence())));
                }
                continue;
            }
            Entity target = agency == null ? ArticleResolver.UNNAMED_AGENCIES : agency;
            links.node(target);
            links.link(Relation.DERIVED_FROM, End.ARTICLE, articleId, End.ENTITY, target.key(), ev,
                    LinkProperties.prov("wasDerivedFrom").withCredit(c.evidence()));
        }
    }

    private Entity creditEntity(String name, EntityType fallback) {
        return WireRelay.credited(name, fallback, gazetteer);
    }
}
