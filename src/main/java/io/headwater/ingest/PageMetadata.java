package io.headwater.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a web page says about itself beside its text: taken first from what it declares (JSON-LD,
 * OpenGraph, {@code <meta>}, {@code <time>}), then from its visible markup (a byline, the first
 * {@code <h1>}).
 *
 * @param headline    the headline
 * @param authors     the authors' names in the order given, empty when none is named
 * @param byline      the byline as printed on the page, or the authors joined
 * @param published   ISO-8601 publication date or date-time (with offset when the page gave one)
 * @param modified    ISO-8601 date of the last change
 * @param publisher   the publishing outlet
 * @param url         the canonical page address
 * @param language    BCP-47 language tag ("en", "pt-BR")
 * @param description the summary the page declares for itself
 */
public record PageMetadata(
        @Nullable String headline,
        List<String> authors,
        @Nullable String byline,
        @Nullable String published,
        @Nullable String modified,
        @Nullable String publisher,
        @Nullable String url,
        @Nullable String language,
        @Nullable String description) {

    public PageMetadata {
        authors = List.copyOf(authors);
    }
}
