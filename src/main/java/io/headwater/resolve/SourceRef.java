package io.headwater.resolve;

import org.jspecify.annotations.Nullable;

/**
 * What a source mention points at, before report candidates become entities: a known or ad hoc entity, a report
 * candidate, or an unnamed source's description.
 *
 * @param entity    the entity, when the mention names one
 * @param report    the report candidate, when the mention is of a document
 * @param anonymous the description of an unnamed source ("a senior diplomat")
 */
record SourceRef(@Nullable Entity entity, ReportMentions.@Nullable Candidate report, @Nullable String anonymous) {

    static SourceRef of(Entity e) {
        return new SourceRef(e, null, null);
    }

    boolean isPerson() {
        return entity != null && entity.type().isPerson();
    }
}
