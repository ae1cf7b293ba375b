package io.headwater.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.trace.EntitySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Outlets, agencies, reports and sources: lists by kind, lookups by key, name or alias. */
@Tag(name = "entities")
@RestController
class EntityController {

    private final Headwater headwater;

    EntityController(Headwater headwater) {
        this.headwater = headwater;
    }

    /** Entities, by kind ({@code label}) and/or by name or alias ({@code name}, best matches first). */
    @Operation(summary = "List or find entities (label: Outlet, Agency, Report, Source, Story; name: name or alias)")
    @GetMapping(path = "/api/entities", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<EntitySummary> entities(@RequestParam(required = false) String label, @RequestParam(required = false) String name,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageView.check(page, size);
        if (label != null && !label.matches("Outlet|Agency|Report|Source|Story")) {
            throw new IllegalArgumentException("label must be one of Outlet, Agency, Report, Source, Story");
        }
        return name == null || name.isBlank()
                ? PageView.of(headwater.lookups().entities(label, page, size))
                : PageView.of(headwater.lookups().entitiesNamed(name, label, page, size));
    }

    /** One entity by key. */
    @Operation(summary = "One entity by key")
    @GetMapping(path = "/api/entities/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    EntitySummary entity(@PathVariable String key) {
        return headwater.tracer().entity(key).orElseThrow(() -> NotFoundException.source(key));
    }

    /** Outlets. */
    @Operation(summary = "List or find outlets")
    @GetMapping(path = "/api/outlets", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<EntitySummary> outlets(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        return entities("Outlet", name, page, size);
    }

    /** News agencies. */
    @Operation(summary = "List or find news agencies")
    @GetMapping(path = "/api/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<EntitySummary> agencies(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        return entities("Agency", name, page, size);
    }

    /** Reports and other documents that are sources. */
    @Operation(summary = "List or find reports")
    @GetMapping(path = "/api/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<EntitySummary> documents(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        return entities("Report", name, page, size);
    }

    /** People, organisations and unnamed sources. */
    @Operation(summary = "List or find sources (people, organisations, unnamed sources)")
    @GetMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<EntitySummary> sources(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        return entities("Source", name, page, size);
    }
}
