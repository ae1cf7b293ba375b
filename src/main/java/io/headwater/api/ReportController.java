package io.headwater.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.report.ReportFormat;
import io.headwater.report.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Provenance reports, the same as the command line's {@code report}. */
@Tag(name = "reports")
@RestController
class ReportController {

    private final Headwater headwater;
    private final Reports reports = new Reports();

    ReportController(Headwater headwater) {
        this.headwater = headwater;
    }

    /** An article's provenance report. */
    @Operation(summary = "An article's provenance report (format: md, html, json, prov-json, prov-n)")
    @GetMapping("/api/reports/articles/{id}")
    ResponseEntity<String> article(@PathVariable String id,
                                   @Parameter(description = "md, html, json, prov-json or prov-n") @RequestParam(defaultValue = "md") String format) {
        ReportFormat f = ReportFormat.parse(format);
        String body = headwater.tracer().provenance(id).map(p -> reports.render(p, f))
                .orElseThrow(() -> NotFoundException.article(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType())).body(body);
    }

    /** Everything derived from a source: which outlets carried it, through whom, when. */
    @Operation(summary = "A source's descendants report (format: md, html, json, prov-json, prov-n)")
    @GetMapping("/api/reports/sources/{key}")
    ResponseEntity<String> source(@PathVariable String key,
                                  @Parameter(description = "md, html, json, prov-json or prov-n") @RequestParam(defaultValue = "md") String format) {
        ReportFormat f = ReportFormat.parse(format);
        String body = headwater.tracer().lineage(key).map(s -> reports.render(s, f))
                .orElseThrow(() -> NotFoundException.source(key));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType())).body(body);
    }
}
