package io.headwater.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.trace.DerivedArticle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Sources (reports, agencies, people): what derives from them. */
@Tag(name = "entities")
@RestController
@RequestMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
class SourceController {

    private final Headwater headwater;

    SourceController(Headwater headwater) {
        this.headwater = headwater;
    }

    /** A page of the articles derived from the source with this key, with the path each took. */
    @Operation(summary = "The articles derived from a source, with the path each took, oldest first, a page at a time",
            description = "One item per path (an article reached by two paths appears twice). `page` counts from 0, `size` "
                    + "is 1 to 200 (default 50). The total is not counted (`totalElements` and `totalPages` are -1): a "
                    + "page with fewer than `size` items is the last.")
    @GetMapping("/{key}/derived")
    PageView<DerivedArticle> derived(@PathVariable String key,
                                     @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                                     @Parameter(description = "items per page, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        PageView.check(page, size);
        List<DerivedArticle> found = headwater.tracer().derivedFrom(key, page, size);
        if (found.isEmpty() && headwater.tracer().entity(key).isEmpty()) {
            throw NotFoundException.source(key);
        }
        return new PageView<>(found, page, size, -1, -1);
    }
}
