package io.headwater.report;

import io.headwater.trace.Provenance;
import io.headwater.trace.SourceLineage;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Renders article and source provenance in any {@link ReportFormat}: the CLI and REST give the same text. */
public final class Reports {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MarkdownReport markdown = new MarkdownReport();
    private final HtmlReport html = new HtmlReport();
    private final ProvExport prov = new ProvExport();

    /** An article's provenance in {@code format}. */
    public String render(Provenance p, ReportFormat format) {
        return switch (format) {
            case MD -> markdown.render(p);
            case HTML -> html.render(p);
            case JSON -> JSON.writeValueAsString(p);
            case PROV_JSON -> prov.toProvJson(prov.article(p));
            case PROV_N -> prov.toProvN(prov.article(p));
        };
    }

    /** A source's descendants in {@code format}. */
    public String render(SourceLineage s, ReportFormat format) {
        return switch (format) {
            case MD -> markdown.render(s);
            case HTML -> html.render(s);
            case JSON -> JSON.writeValueAsString(s);
            case PROV_JSON -> prov.toProvJson(prov.source(s));
            case PROV_N -> prov.toProvN(prov.source(s));
        };
    }
}
