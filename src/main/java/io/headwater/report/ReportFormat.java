package io.headwater.report;

import java.util.Arrays;
import java.util.Locale;

/** The formats a provenance report comes in, with their media types. */
public enum ReportFormat {
    /** Markdown with a Mermaid diagram. */
    MD("md", "text/markdown;charset=UTF-8"),
    /** A self-contained HTML page with an inline SVG diagram. */
    HTML("html", "text/html;charset=UTF-8"),
    /** The provenance as JSON. */
    JSON("json", "application/json"),
    /** W3C PROV-JSON. */
    PROV_JSON("prov-json", "application/json"),
    /** W3C PROV-N. */
    PROV_N("prov-n", "text/provenance-notation;charset=UTF-8");

    private final String name;
    private final String mediaType;

    ReportFormat(String name, String mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    /** The name users type ("md", "prov-n"). */
    public String formatName() {
        return name;
    }

    /** The HTTP media type. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format named {@code s}.
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ReportFormat parse(String s) {
        String n = s == null ? "md" : s.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.name.equals(n) || f.name().equalsIgnoreCase(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + s + "'; use one of "
                + String.join(", ", Arrays.stream(values()).map(ReportFormat::formatName).toList()));
    }

    @Override
    public String toString() {
        return name;
    }
}
