package io.headwater.resolve;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Evidence;
import io.headwater.core.Relation;
import io.headwater.core.Span;
import io.headwater.extract.Attribution;
import io.headwater.extract.Credit;
import io.headwater.ingest.Article;

/**
 * An article with everything the graph needs about it: the entities it names, the quotes it carries
 * and the provenance links between them, each link with its evidence.
 *
 * @param article      the article
 * @param outlet       the outlet that published it; absent when unknown
 * @param entities     every entity a link touches (agencies, reports, sources, stories, the outlet)
 * @param quotes       the attributed contents
 * @param links        provenance links
 * @param attributions the extractor's attributions, for reports and evaluation
 * @param credits      the credits found
 */
public record ResolvedArticle(Article article, @Nullable Entity outlet, List<EntityNode> entities, List<QuoteNode> quotes,
                              List<Link> links, List<Attribution> attributions, List<Credit> credits) {

    public ResolvedArticle {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        links = List.copyOf(links);
        attributions = List.copyOf(attributions);
        credits = List.copyOf(credits);
    }

    /**
     * An entity with the properties this article adds to it.
     *
     * @param entity     the entity
     * @param properties extra properties ("inferred" for stories, "mentions" for reports)
     */
    public record EntityNode(Entity entity, Map<String, Object> properties) {
    }

    /**
     * Attributed content as the article prints it (each article's wording is kept).
     *
     * @param key        unique key (article id and offset)
     * @param text       the words
     * @param span       where they lie in the article text
     * @param kind       direct, indirect, mixed or continued
     * @param confidence how sure the attribution is
     * @param nestedIn   key of the quote this one sits inside
     */
    public record QuoteNode(String key, String text, Span span, Attribution.Kind kind, double confidence,
                            @Nullable String nestedIn) {
    }

    /** What a link end is. */
    public enum End {
        /** The article itself, by id. */
        ARTICLE,
        /** An entity, by key. */
        ENTITY,
        /** A quote, by key. */
        QUOTE
    }

    /**
     * A provenance link.
     *
     * @param type       relationship type
     * @param fromEnd    what the start is
     * @param from       key (or article id) of the start
     * @param toEnd      what the end is
     * @param to         key of the end
     * @param evidence   why the link exists
     * @param properties what the link says beyond its ends (PROV term, relay, support count, credit line)
     */
    public record Link(Relation type, End fromEnd, String from, End toEnd, String to, Evidence evidence,
                       LinkProperties properties) {

        /** The identity of a link: two links with the same key are the same edge. */
        public String key() {
            return type + "|" + from + "|" + to;
        }
    }
}
