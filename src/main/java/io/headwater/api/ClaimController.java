package io.headwater.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.trace.ClaimMatches;
import io.headwater.trace.ClaimSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Claim search: where a sentence or passage comes from, as the command line's {@code claim}. */
@Tag(name = "claims")
@RestController
class ClaimController {

    private final Headwater headwater;

    ClaimController(Headwater headwater) {
        this.headwater = headwater;
    }

    /** Every article that carries the claim or a close variant, earliest first, with its chain to the primary source. */
    @Operation(summary = "Every article that carries a sentence or passage (or a close variant), earliest first: outlet, "
            + "date, how much of it each holds with the differences, and each one's chain to the primary source; the "
            + "primary sources and the earliest appearance come first")
    @GetMapping(path = "/api/claims", produces = MediaType.APPLICATION_JSON_VALUE)
    ClaimMatches claims(@Parameter(description = "the claim: a sentence or passage of at least 8 words and at most "
                                + ClaimSearch.MAX_CHARS + " characters") @RequestParam String text,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageView.check(page, size);
        return headwater.claims().find(text, page, size);
    }
}
