package io.headwater.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** HTML escaping for text and attribute values, by jsoup's {@link Entities}. */
final class Html {

    /**
     * XHTML escaping, because the same text goes into HTML reports and into SVG, which is XML: only the five XML
     * entities ({@code '} as {@code &#x27;}), a no-break space as {@code &#xa0;} rather than HTML's {@code &nbsp;},
     * and the control characters XML forbids dropped. Every other character stays as it is (the reports are UTF-8).
     * jsoup itself shares one settings object across threads for its default escaping.
     */
    private static final Document.OutputSettings XHTML = new Document.OutputSettings().escapeMode(Entities.EscapeMode.xhtml);

    private Html() {
    }

    static String escape(String s) {
        return s == null ? "" : Entities.escape(s, XHTML);
    }
}
