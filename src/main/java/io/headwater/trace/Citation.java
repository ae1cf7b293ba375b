package io.headwater.trace;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Relation;

/**
 * A source's own reference: what a report cites, who wrote it, where it was submitted.
 *
 * @param relation   CITES, AUTHORED_BY or SUBMITTED_TO
 * @param key        the referenced entity's key
 * @param name       its name
 * @param type       its type
 * @param sentence   the evidence sentence
 * @param cue        the cue
 * @param confidence confidence
 * @param fromArticle the article whose sentence it is ({@code id}, {@code headline}, {@code outlet}, {@code url}) when
 *                    that is not the article a report is about; null otherwise
 */
public record Citation(Relation relation, String key, String name, String type, @Nullable String sentence, @Nullable String cue,
                       @Nullable Double confidence, Map<String, Object> fromArticle) {

    /** A citation read in the article at hand. */
    public Citation(Relation relation, String key, String name, String type, String sentence, String cue, Double confidence) {
        this(relation, key, name, type, sentence, cue, confidence, null);
    }
}
