package io.headwater.ingest;

import java.util.ArrayList;
import java.util.List;

import io.headwater.core.Span;

/**
 * Builds an article's text the way every reader must, so offsets mean the same everywhere: paragraphs
 * joined by a blank line, each paragraph's span recorded as it is added.
 */
final class ArticleTextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    /** Appends a paragraph of the given kind. */
    void add(String paragraph, Paragraph.Kind kind) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(paragraph);
        paragraphs.add(new Paragraph(new Span(start, text.length()), kind));
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    String text() {
        return text.toString();
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }
}
