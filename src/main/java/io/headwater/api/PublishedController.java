package io.headwater.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.trace.GraphLookups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What an outlet or agency published: its articles, and an agency's stories. */
@Tag(name = "entities")
@RestController
class PublishedController {

    private final Headwater headwater;

    PublishedController(Headwater headwater) {
        this.headwater = headwater;
    }

    /** The articles and stories published by the entity with this key, oldest first. */
    @Operation(summary = "What an outlet or agency published (its articles; an agency's stories, inferred or seen), oldest first")
    @GetMapping(path = "/api/entities/{key}/published", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<GraphLookups.Published> published(@PathVariable String key, @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "20") int size) {
        PageView.check(page, size);
        if (headwater.tracer().entity(key).isEmpty()) {
            throw NotFoundException.source(key);
        }
        return PageView.of(headwater.lookups().publishedBy(key, page, size));
    }
}
