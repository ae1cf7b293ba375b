package io.headwater.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Relation;
import io.headwater.resolve.EntityType;
import io.headwater.resolve.ResolvedArticle;

/**
 * What the passage index keeps of an article: its text and the facts that decide how a reuse pair is
 * classified and directed.
 *
 * @param id        the article id
 * @param outlet    a key for the publisher ("wion", "nyt"); absent when unknown
 * @param published ISO-8601 date or date-time
 * @param upstreams keys of the agency stories and agencies the article says it took from
 * @param agency    true when the publisher is itself a news agency
 * @param text      the article text (the graph's {@code Article.text}: offsets agree)
 */
public record IndexedArticle(String id, @Nullable String outlet, @Nullable String published, List<String> upstreams, boolean agency,
                             String text) {

    public IndexedArticle {
        upstreams = List.copyOf(upstreams);
    }

    /**
     * The indexed form of a resolved article: its outlet's key, and as upstreams the agency stories and
     * agencies it says it derives from (through a relay or a credit line).
     */
    public static IndexedArticle of(ResolvedArticle r) {
        Map<String, EntityType> types = new HashMap<>();
        for (ResolvedArticle.EntityNode n : r.entities()) {
            types.put(n.entity().key(), n.entity().type());
        }
        List<String> upstreams = new ArrayList<>();
        for (ResolvedArticle.Link l : r.links()) {
            if (l.type() == Relation.DERIVED_FROM && l.fromEnd() == ResolvedArticle.End.ARTICLE && !upstreams.contains(l.to())
                    && (types.get(l.to()) == EntityType.STORY || types.get(l.to()) == EntityType.AGENCY)) {
                upstreams.add(l.to());
            }
        }
        String outlet = r.outlet() != null ? r.outlet().key() : r.article().outlet();
        boolean agency = r.outlet() != null && r.outlet().type() == EntityType.AGENCY;
        return new IndexedArticle(r.article().id(), outlet, r.article().published(), upstreams, agency, r.article().text());
    }
}
