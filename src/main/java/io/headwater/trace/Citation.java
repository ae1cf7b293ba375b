package io.headwater.trace;

/**
 * A source's own reference: what a report cites, who wrote it, where it was submitted.
 *
 * @param relation   CITES, AUTHORED_BY or SUBMITTED_TO
 * @param key        the referenced entity's key
 * @param name       its name
 * @param type       its type
 * @param sentence   the evidence sentence, or null
 * @param cue        the cue, or null
 * @param confidence confidence, or null
 */
public record Citation(String relation, String key, String name, String type, String sentence, String cue,
                       Double confidence) {
}
