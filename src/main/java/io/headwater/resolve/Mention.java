package io.headwater.resolve;

import org.jspecify.annotations.Nullable;

/**
 * What a source mention is, read from its words alone (before coreference).
 *
 * @param kind        the reading
 * @param text        the mention as printed
 * @param core        the mention without relative clauses or appositions ("the report")
 * @param entity      the known entity it names (NAMED), or the author of a DOCUMENT
 * @param document    the document word for DOCUMENT mentions ("report", "statement")
 * @param clause      a relative clause or apposition it carries (", which has been submitted to ...")
 */
public record Mention(Kind kind, String text, String core, @Nullable Entity entity, @Nullable String document, @Nullable String clause) {

    /** The readings a mention can have. */
    public enum Kind {
        /** A name the gazetteer knows ("Yonhap News Agency", "the UN panel of experts"). */
        NAMED,
        /** A document ("the confidential report by the UN experts", "a report by Yonhap"). */
        DOCUMENT,
        /** A pronoun ("it", "he", "they"). */
        PRONOUN,
        /** A definite description pointing back ("the panel", "the ministry", "the experts"). */
        BACK_REFERENCE,
        /** An unnamed source ("a member state", "officials", "people familiar with the matter"). */
        ANONYMOUS,
        /** A person's name not in the gazetteer. */
        PERSON,
        /** An organisation's name not in the gazetteer. */
        ORGANISATION,
        /** A country or a capital standing for its government ("Beijing", "Austria"). */
        PLACE,
        /** Not a source at all ("at a forum in Ohio", "twelve percent"): an extraction slip, attributed to no one. */
        NONE
    }
}
