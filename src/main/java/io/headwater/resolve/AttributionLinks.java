package io.headwater.resolve;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Evidence;
import io.headwater.core.Relation;
import io.headwater.extract.Attribution;
import io.headwater.resolve.ResolvedArticle.End;
import io.headwater.resolve.ResolvedArticle.QuoteNode;

/**
 * The links of one resolved attribution: its quote, its source, the container that cites the source, and the way
 * the words reached the article. With no relay the article derives from the source; a relay the article names
 * ("Yonhap quoted the report") or the wire agency whose story the whole text is puts that publisher's story in
 * between, and once a relay passed a source on, every attribution to that source goes through it.
 */
final class AttributionLinks {

    private final String articleId;
    private final String text;
    private final ProvenanceLinks links;

    AttributionLinks(String articleId, String text, ProvenanceLinks links) {
        this.articleId = articleId;
        this.text = text;
        this.links = links;
    }

    /**
     * The links of {@code a}: through {@code relay} or the {@code wire}, or cited by {@code container}; {@code derive}
     * is false when an outer attribution passed these words on.
     */
    void add(Attribution a, @Nullable String mentionText, @Nullable Entity source, @Nullable Entity relay, @Nullable Entity wire,
             String quoteKey, @Nullable String parentQuote, @Nullable Entity container, boolean derive) {
        String content = a.contentText(text);
        links.quote(new QuoteNode(quoteKey, content, a.content(), a.kind(), a.confidence(), parentQuote));
        links.link(Relation.QUOTES, End.ARTICLE, articleId, End.QUOTE, quoteKey,
                links.evidence(a.sentence(), a.cueText(text), a.confidence()), LinkProperties.NONE);
        addSource(a, mentionText, source, relay, wire, quoteKey, container, derive);
    }

    /**
     * The links of one more source of the quote {@code quoteKey} that {@link #add} wrote: another member of a list of
     * sources sharing the cue ("The New York Times and The Washington Post reported").
     */
    void addSource(Attribution a, @Nullable String mentionText, @Nullable Entity source, @Nullable Entity relay, @Nullable Entity wire,
                   String quoteKey, @Nullable Entity container, boolean derive) {
        Evidence ev = links.evidence(a.sentence(), a.cueText(text), a.confidence());
        LinkProperties mention = LinkProperties.NONE.withMention(mentionText);
        if (source == null) {
            return;
        }
        links.node(source);
        links.link(Relation.ATTRIBUTED_TO, End.QUOTE, quoteKey, End.ENTITY, source.key(), ev,
                mention.with(LinkProperties.prov("wasAttributedTo")));
        if (container != null) {
            links.node(container);
            links.link(Relation.CITES, End.ENTITY, container.key(), End.ENTITY, source.key(), ev,
                    mention.with(LinkProperties.prov("hadPrimarySource")));
            links.link(Relation.QUOTES, End.ENTITY, container.key(), End.QUOTE, quoteKey, ev, LinkProperties.NONE);
            return;
        }
        if (!derive) {
            return;
        }
        boolean sourceIsWire = wire != null && (source.key().equals(wire.key()) || relay != null && relay.key().equals(wire.key()));
        if (relay == null && (wire == null || sourceIsWire)) {
            links.link(Relation.DERIVED_FROM, End.ARTICLE, articleId, End.ENTITY, source.key(), ev,
                    mention.with(LinkProperties.prov(source.type() == EntityType.REPORT ? "hadPrimarySource" : "wasQuotedFrom")));
            return;
        }
        if (relay == null) {
            // The whole text is the agency's story (its dateline or sign-off says so): the source reached the
            // outlet through that story.
            deriveThrough(wire, source, ev, mention, LinkProperties.via(wire.name(), false).withWire(),
                    quoteKey, End.ARTICLE, articleId);
            return;
        }
        links.node(relay);
        // The sentence that names the relay is the evidence of the relay links; sentences that only inherit it are support.
        boolean named = a.relay() != null;
        LinkProperties viaRelay = named ? LinkProperties.via(a.relayText(text), true) : LinkProperties.via(relay.name(), false);
        mention = mention.withRelayNamed(named);
        if (wire != null && !sourceIsWire && relay.type().isPublisher()) {
            // A relay of a relay: "NHK reported …" inside the agency's story, "Bloomberg reported, citing …".
            Entity inner = links.story(relay, source);
            linkStory(inner, relay, source, ev, mention, quoteKey);
            deriveThrough(wire, inner, ev, LinkProperties.NONE, LinkProperties.via(wire.name(), false).withWire(),
                    quoteKey, End.ARTICLE, articleId);
            return;
        }
        deriveThrough(relay, source, ev, mention, viaRelay, quoteKey, End.ARTICLE, articleId);
    }

    /** {@code from} (the article) derives from {@code publisher}'s story on {@code source}, or from the relay itself. */
    private void deriveThrough(Entity publisher, Entity source, Evidence ev, LinkProperties mention,
                               LinkProperties viaRelay, String quoteKey, End fromEnd, String from) {
        links.node(publisher);
        if (publisher.type().isPublisher()) {
            Entity story = links.story(publisher, source);
            links.link(Relation.DERIVED_FROM, fromEnd, from, End.ENTITY, story.key(), ev,
                    viaRelay.with(LinkProperties.prov("wasDerivedFrom")));
            linkStory(story, publisher, source, ev, mention, quoteKey);
        } else {
            links.link(Relation.DERIVED_FROM, fromEnd, from, End.ENTITY, publisher.key(), ev,
                    viaRelay.with(LinkProperties.prov("wasDerivedFrom")));
            links.link(Relation.DERIVED_FROM, End.ENTITY, publisher.key(), End.ENTITY, source.key(), ev,
                    mention.with(LinkProperties.prov("wasQuotedFrom")));
        }
    }

    private void linkStory(Entity story, Entity publisher, Entity source, Evidence ev, LinkProperties mention, String quoteKey) {
        links.link(Relation.DERIVED_FROM, End.ENTITY, story.key(), End.ENTITY, source.key(), ev,
                mention.with(LinkProperties.prov("wasQuotedFrom")));
        links.link(Relation.PUBLISHED_BY, End.ENTITY, story.key(), End.ENTITY, publisher.key(), ev, LinkProperties.prov("wasAttributedTo"));
        links.link(Relation.QUOTES, End.ENTITY, story.key(), End.QUOTE, quoteKey, ev, LinkProperties.NONE);
    }

    /** A relay that is the outlet itself ("seen by Reuters" on Reuters' own page) is no relay. */
    static @Nullable Entity ownRelay(@Nullable Entity relay, @Nullable Entity outlet) {
        return relay != null && WireRelay.isOwn(relay, outlet) ? null : relay;
    }

    /** Once an article says X relayed a source, all of that source's words came through X. */
    static void propagateRelays(@Nullable Entity[] source, @Nullable Entity[] relay) {
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
}
