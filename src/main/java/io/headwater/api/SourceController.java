package io.headwater.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.trace.DerivedArticle;

/** Sources (reports, agencies, people): what derives from them. */
@RestController
@RequestMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
class SourceController {

    private final Headwater headwater;

    SourceController(Headwater headwater) {
        this.headwater = headwater;
    }

    /** Every article derived from the source with this key, with the path it took. */
    @GetMapping("/{key}/derived")
    List<DerivedArticle> derived(@PathVariable String key) {
        List<DerivedArticle> found = headwater.tracer().derivedFrom(key);
        if (found.isEmpty() && headwater.tracer().citations(key).isEmpty() && !exists(key)) {
            throw NotFoundException.source(key);
        }
        return found;
    }

    private boolean exists(String key) {
        return !headwater.graph().driver().executableQuery("MATCH (e:Entity {key: $key}) RETURN e.key AS k LIMIT 1")
                .withParameters(java.util.Map.of("key", key))
                .withConfig(org.neo4j.driver.QueryConfig.builder().withDatabase(headwater.graph().database()).build())
                .execute().records().isEmpty();
    }
}
