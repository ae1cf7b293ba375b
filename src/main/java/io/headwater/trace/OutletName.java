package io.headwater.trace;

import java.net.URI;
import java.util.Locale;

/**
 * How an outlet is named to a reader: its name; for an article whose outlet nobody gave, the host of its
 * address; else plainly unknown. Data (JSON fields) keeps null for an unknown outlet; text never shows null.
 */
public final class OutletName {

    /** What reports and the command line print for an outlet nobody gave. */
    public static final String UNKNOWN = "unknown outlet";

    private OutletName() {
    }

    /** {@code outlet} when given, else the host of {@code url} (without {@code www.}), else {@link #UNKNOWN}. */
    public static String of(String outlet, String url) {
        if (outlet != null && !outlet.isBlank()) {
            return outlet;
        }
        if (url != null) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null && !host.isBlank()) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not an address: no host to show
            }
        }
        return UNKNOWN;
    }

    /** The article's outlet as a reader sees it. */
    public static String of(ArticleSummary a) {
        return of(a.outlet(), a.url());
    }
}
