package io.headwater.ingest;

import java.time.Duration;

/**
 * Limits for fetching pages over HTTP: how many redirects to follow, how large and how slow a page may
 * be, and whether addresses on the local network may be reached (off by default, so that a URL list
 * cannot be used to probe the machine's own network).
 *
 * @param maxRedirects   redirects followed before giving up
 * @param maxBytes       largest response body accepted
 * @param connectTimeout time allowed to connect
 * @param requestTimeout time allowed for the whole fetch: every redirect and the body to its last byte
 * @param allowPrivate   whether loopback, private, link-local and wildcard addresses may be fetched
 * @param userAgent      the User-Agent header sent
 */
public record FetchPolicy(int maxRedirects, long maxBytes, Duration connectTimeout, Duration requestTimeout,
                          boolean allowPrivate, String userAgent) {

    /** The User-Agent Headwater sends. */
    public static final String USER_AGENT = "Headwater/" + version() + " (+https://github.com/headwater)";

    /**
     * Seconds one whole fetch may take unless told. A string so that option and property defaults can name it;
     * {@code HeadwaterSettings.DEFAULT_FETCH_TIMEOUT} is this constant, since the settings can see ingest and not
     * the other way round.
     */
    public static final String DEFAULT_REQUEST_TIMEOUT_SECONDS = "30";

    /** Five redirects, 10 MB, 10 s to connect, {@link #DEFAULT_REQUEST_TIMEOUT_SECONDS} in all, public addresses only. */
    public static final FetchPolicy DEFAULT = new FetchPolicy(5, HtmlCharsetDecoder.DEFAULT_MAX_BYTES,
            Duration.ofSeconds(10), Duration.ofSeconds(Long.parseLong(DEFAULT_REQUEST_TIMEOUT_SECONDS)), false, USER_AGENT);

    /** The same limits with private addresses allowed or refused. */
    public FetchPolicy withAllowPrivate(boolean allow) {
        return new FetchPolicy(maxRedirects, maxBytes, connectTimeout, requestTimeout, allow, userAgent);
    }

    /** The same limits with another time cap for the whole fetch. */
    public FetchPolicy withRequestTimeout(Duration timeout) {
        return new FetchPolicy(maxRedirects, maxBytes, connectTimeout, timeout, allowPrivate, userAgent);
    }

    /** The same limits with another size cap. */
    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(maxRedirects, bytes, connectTimeout, requestTimeout, allowPrivate, userAgent);
    }

    private static String version() {
        String v = FetchPolicy.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
