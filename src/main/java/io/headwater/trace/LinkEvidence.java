package io.headwater.trace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The evidence of one link of a chain as a report about one article (the subject) shows it. A link between
 * entities (an agency story quoting a report) is backed by every article that said so, each with its own
 * sentence: the article that read this link gives its own; when it gave none, the first article's sentence
 * stands in. Evidence read in another article than the subject says which (headline, outlet, address) and
 * carries no offsets, since those point into that other article's text.
 */
final class LinkEvidence {

    /** The per-article lists of an entity-to-entity edge, replaced by the one article's values. */
    private static final List<String> LISTS = List.of("evidenceArticles", "sentences", "starts", "ends", "cues", "confidences",
            "mentions");

    private final String subject;
    private final Function<String, Optional<ArticleSummary>> articles;
    private final Map<String, Optional<ArticleSummary>> seen = new HashMap<>();

    /** Evidence for reports about {@code subject} (null: about no one article), looking other articles up with {@code articles}. */
    LinkEvidence(String subject, Function<String, Optional<ArticleSummary>> articles) {
        this.subject = subject;
        this.articles = articles;
    }

    /** The article reports with this evidence are about. */
    @Nullable String subject() {
        return subject;
    }

    /**
     * The evidence of a link with these edge properties, read by {@code reading} (the article nearest
     * downstream of it in the chain; for a link from an article, that article).
     */
    Map<String, Object> of(Map<String, Object> edge, String reading) {
        Map<String, Object> ev = new LinkedHashMap<>(edge);
        LISTS.forEach(ev::remove);
        String from = reading;
        if (edge.get("evidenceArticles") instanceof List<?> readers && !readers.isEmpty()) {
            int k = Math.max(0, readers.indexOf(reading));
            from = String.valueOf(readers.get(k));
            ev.put("sentence", at(edge, "sentences", k));
            ev.put("start", at(edge, "starts", k));
            ev.put("end", at(edge, "ends", k));
            Object cue = at(edge, "cues", k);
            ev.put("cue", "".equals(cue) ? null : cue);
            ev.put("confidence", at(edge, "confidences", k));
            Object mention = at(edge, "mentions", k);
            ev.put("mention", mention == null || "".equals(mention) ? null : mention);
            if (k > 0) {
                // Said of the first article's sentence, which this one is not.
                ev.remove("relayNamed");
                ev.remove("via");
                ev.remove("credit");
            }
        } else if (edge.get("articles") instanceof List<?> backers && !backers.isEmpty()) {
            // An edge between entities written before per-article evidence: its sentence is the first article's.
            from = String.valueOf(backers.get(0));
        }
        if (from != null && !from.equals(subject) && ev.get("sentence") != null) {
            ev.remove("start");
            ev.remove("end");
            ev.put("fromArticle", describe(from));
        }
        ev.values().removeIf(java.util.Objects::isNull);
        return ev;
    }

    private Map<String, Object> describe(String id) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        seen.computeIfAbsent(id, articles).ifPresent(s -> {
            a.put("headline", s.headline());
            a.put("outlet", s.outlet());
            a.put("url", s.url());
        });
        a.values().removeIf(java.util.Objects::isNull);
        return a;
    }

    private static Object at(Map<String, Object> edge, String list, int k) {
        return edge.get(list) instanceof List<?> values && k < values.size() ? values.get(k) : null;
    }
}
