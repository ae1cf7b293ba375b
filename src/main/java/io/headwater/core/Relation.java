package io.headwater.core;

/**
 * The relationship types of the provenance graph: every type the app writes or reads. The Cypher files under
 * {@code cypher/} are the truth of the graph; {@code RelationTest} checks that they name exactly these types.
 * A type is written by its {@link #name()}, never spelled out as a string in Java code.
 */
public enum Relation {
    /** An article, or an agency's inferred story, to the outlet or agency that published it. */
    PUBLISHED_BY,
    /** Provenance: an article or story to what it took its words from (a story, agency, report, source). */
    DERIVED_FROM,
    /** An article, story or report to a quote it carries. */
    QUOTES,
    /** A quote to the source it is attributed to. */
    ATTRIBUTED_TO,
    /** A report or other container to a source it cites. */
    CITES,
    /** A report to the body that wrote it. */
    AUTHORED_BY,
    /** A report to the body it was submitted to. */
    SUBMITTED_TO,
    /** A body to the body it is part of ("1718 Committee" to the Security Council). */
    PART_OF,
    /** An article to a credited photo service. */
    CREDITS,
    /** Text reuse: a later version of the same story by the same outlet. */
    REVISION_OF,
    /** Text reuse: derived text that neither article took from the other (a common upstream, or unknown). */
    SHARES_TEXT,
    /** Text reuse: two articles that only quote the same words. */
    SHARES_QUOTE,
    /** One wording of a quoted content to the earliest other wording of it. */
    VARIANT_OF
}
