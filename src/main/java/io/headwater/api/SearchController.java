package io.headwater.api;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.trace.GraphLookups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Full-text search over headlines, article text and quotes; quote lookups. */
@Tag(name = "search")
@RestController
class SearchController {

    private final Headwater headwater;

    SearchController(Headwater headwater) {
        this.headwater = headwater;
    }

    /** Articles and quotes matching {@code q}, best first. */
    @Operation(summary = "Full-text search over headlines, article text and quotes")
    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<GraphLookups.SearchHit> search(@RequestParam String q, @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        PageView.check(page, size);
        if (q.isBlank()) {
            throw new IllegalArgumentException("q must not be empty");
        }
        return PageView.of(headwater.lookups().search(q, page, size));
    }

    /** One quote: its words as the article prints them, its source, its article. */
    @Operation(summary = "One quote by key")
    @GetMapping(path = "/api/quotes/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> quote(@PathVariable String key) {
        return headwater.lookups().quote(key).orElseThrow(() -> new NotFoundException("no quote with key " + key));
    }
}
