package io.headwater.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An article's text, which every offset of its evidence, quotes and shared passages points into. */
@Tag(name = "articles")
@RestController
class ArticleTextController {

    private final Headwater headwater;

    ArticleTextController(Headwater headwater) {
        this.headwater = headwater;
    }

    /**
     * The text as the graph holds it.
     *
     * @param id   the article
     * @param text its text
     */
    record ArticleText(String id, String text) {
    }

    /** The article's text, to show its evidence sentences, quotes and passages where they stand. */
    @Operation(summary = "An article's text (the offsets of its evidence, quotes and shared passages point into it)")
    @GetMapping(path = "/api/articles/{id}/text", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleText text(@PathVariable String id) {
        return new ArticleText(id, headwater.lookups().articleText(id).orElseThrow(() -> NotFoundException.article(id)));
    }
}
