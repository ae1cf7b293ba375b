package io.headwater.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.trace.DerivedArticle;
import io.swagger.v3.oas.annotations.Operation;
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

    /** Every article derived from the source with this key, with the path it took. */
    @Operation(summary = "Every article derived from a source, with the path it took, oldest first")
    @GetMapping("/{key}/derived")
    List<DerivedArticle> derived(@PathVariable String key) {
        List<DerivedArticle> found = headwater.tracer().derivedFrom(key);
        if (found.isEmpty() && headwater.tracer().entity(key).isEmpty()) {
            throw NotFoundException.source(key);
        }
        return found;
    }
}
