package io.headwater.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Evidence;
import io.headwater.core.Relation;
import io.headwater.core.Span;
import io.headwater.extract.ExtractorVersion;
import io.headwater.resolve.ResolvedArticle.End;
import io.headwater.resolve.ResolvedArticle.EntityNode;
import io.headwater.resolve.ResolvedArticle.Link;
import io.headwater.resolve.ResolvedArticle.QuoteNode;

/**
 * The nodes, quotes and links one article's resolution gathers, in the order they were found. A link found twice is
 * one link: its support counts how often, and it keeps the better evidence (a sentence that names the relay, else the
 * surer one).
 */
final class ProvenanceLinks {

    private final String text;
    private final Map<String, EntityNode> nodes = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final List<QuoteNode> quotes = new ArrayList<>();

    ProvenanceLinks(String text) {
        this.text = text;
    }

    /** The entity nodes, in the order they were met. */
    List<EntityNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The links, in the order they were first found. */
    List<Link> links() {
        return List.copyOf(links.values());
    }

    /** The quotes. */
    List<QuoteNode> quotes() {
        return quotes;
    }

    /** Adds a quote. */
    void quote(QuoteNode q) {
        quotes.add(q);
    }

    /** The node already gathered under {@code key}. */
    @Nullable EntityNode node(String key) {
        return nodes.get(key);
    }

    /** Sets the node of {@code e}, with these properties. */
    void replaceNode(Entity e, Map<String, Object> properties) {
        nodes.put(e.key(), new EntityNode(e, properties));
    }

    /** The link under {@code key}. */
    @Nullable Link link(String key) {
        return links.get(key);
    }

    /** Sets the link under its key, replacing the one there. */
    void replaceLink(Link l) {
        links.put(l.key(), l);
    }

    /** One inferred node for "the agency's story that carried this source": both outlets copying it meet there. */
    Entity story(Entity publisher, Entity source) {
        Entity story = Entity.adHoc("story:" + publisher.key() + ">" + source.key(),
                publisher.name() + " story on the " + source.name().replaceFirst("^(?i)the ", ""), EntityType.STORY);
        Map<String, Object> props = new HashMap<>();
        props.put("inferred", true);
        props.put("agency", publisher.name());
        nodes.putIfAbsent(story.key(), new EntityNode(story, props));
        return story;
    }

    /** Adds the node of {@code e} unless it is there. */
    void node(Entity e) {
        nodes.putIfAbsent(e.key(), new EntityNode(e, Map.of()));
    }

    /** Adds a link, or counts one more support for the same link found before and keeps the better evidence of the two. */
    void link(Relation type, End fromEnd, String from, End toEnd, String to, @Nullable Evidence ev, LinkProperties props) {
        Link l = new Link(type, fromEnd, from, toEnd, to, ev, props);
        Link old = links.get(l.key());
        if (old == null) {
            links.put(l.key(), l);
            return;
        }
        int support = old.properties().support() + 1;
        boolean namedNow = Boolean.TRUE.equals(props.relayNamed());
        boolean namedBefore = Boolean.TRUE.equals(old.properties().relayNamed());
        boolean better = ev != null && (old.evidence() == null || namedNow && !namedBefore
                || namedNow == namedBefore && ev.confidence() > old.evidence().confidence());
        Link keep = better ? l : old;
        links.put(l.key(), new Link(type, fromEnd, from, toEnd, to, keep.evidence(),
                old.properties().with(keep.properties()).withSupport(support)));
    }

    /** Evidence read from {@code sentence} of the article's text. */
    Evidence evidence(Span sentence, String cue, double confidence) {
        return new Evidence(sentence.in(text), sentence.start(), sentence.end(), cue, confidence, ExtractorVersion.CURRENT);
    }

    /** Gazetteer parents of every entity in the article ("1718 Committee" is part of the Security Council). */
    void addHierarchy(Gazetteer gazetteer) {
        for (EntityNode n : List.copyOf(nodes.values())) {
            Entity e = n.entity();
            for (int depth = 0; e.partOf() != null && depth < 10; depth++) {
                Optional<Entity> parent = gazetteer.byKey(e.partOf());
                if (parent.isEmpty()) {
                    break;
                }
                node(parent.get());
                link(Relation.PART_OF, End.ENTITY, e.key(), End.ENTITY, parent.get().key(), null, LinkProperties.NONE);
                e = parent.get();
            }
        }
    }
}
