package io.headwater.ingest;

import java.util.List;

/**
 * What a web page says about itself beside its text: taken first from what it declares (JSON-LD,
 * OpenGraph, {@code <meta>}, {@code <time>}), then from its visible markup (a byline, the first
 * {@code <h1>}).
 *
 * @param headline    the headline, or null
 * @param authors     the authors' names in the order given, empty when none is named
 * @param byline      the byline as printed on the page, or the authors joined, or null
 * @param published   ISO-8601 publication date or date-time (with offset when the page gave one), or null
 * @param modified    ISO-8601 date of the last change, or null
 * @param publisher   the publishing outlet, or null
 * @param url         the canonical page address, or null
 * @param language    BCP-47 language tag ("en", "pt-BR"), or null
 * @param description the summary the page declares for itself, or null
 */
public record PageMetadata(
        String headline,
        List<String> authors,
        String byline,
        String published,
        String modified,
        String publisher,
        String url,
        String language,
        String description) {

    public PageMetadata {
        authors = List.copyOf(authors);
    }
}
