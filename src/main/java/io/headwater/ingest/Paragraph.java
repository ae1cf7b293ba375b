package io.headwater.ingest;

import io.headwater.core.Span;

/**
 * One paragraph of an article's text.
 *
 * @param span where it lies in {@link Article#text()}
 * @param kind whether it is running text or a subheading
 */
public record Paragraph(Span span, Kind kind) {

    /** What a paragraph is for. */
    public enum Kind {
        /** Running text. */
        TEXT,
        /** A subheading inside the story. */
        HEADING
    }
}
