package io.headwater.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one page over HTTP(S) within a {@link FetchPolicy}: redirects are followed by hand so that
 * every hop is checked against the address rules, the body is read no further than the size cap, the
 * whole fetch (every hop and the body to its last byte) ends within the policy's time cap, and the
 * User-Agent says who is asking.
 */
public final class PageFetcher {

    /** Closes bodies still being read when their fetch's time is up: a read blocked on a stalled server returns then. */
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "headwater-fetch-alarm");
        t.setDaemon(true);
        return t;
    });

    /** A fetch that failed for a reason the user can act on. */
    public static final class FetchException extends IOException {
        public FetchException(String message) {
            super(message);
        }
    }

    private final FetchPolicy policy;
    private final HttpClient client;

    /** A fetcher bound by {@code policy}. */
    public PageFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .build();
    }

    /**
     * Fetches {@code url}, following up to the policy's number of redirects.
     *
     * @throws FetchException when the address is refused, the server fails, or a limit is exceeded
     */
    public RawDocument fetch(String url) throws FetchException {
        URI uri = parse(url);
        long deadline = System.nanoTime() + policy.requestTimeout().toNanos();
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            checkAddress(uri);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new FetchException(tooSlow(uri));
            }
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofNanos(left))
                    .header("User-Agent", policy.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1")
                    .GET()
                    .build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new FetchException(tooSlow(uri));
            } catch (IOException e) {
                throw new FetchException(uri + " could not be fetched: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri + " was not fetched: interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = uri.resolve(response.headers().firstValue("Location").get().strip());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new FetchException(uri + " answered HTTP " + status);
            }
            byte[] body = readCapped(response, uri, deadline);
            String type = response.headers().firstValue("Content-Type").orElse(null);
            return new RawDocument(url, body, type, uri.toString());
        }
        throw new FetchException(url + " redirected more than " + policy.maxRedirects() + " times");
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException(url + " is not an http(s) address");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FetchException(url + " is not a valid address: " + e.getMessage());
        }
    }

    private void checkAddress(URI uri) throws FetchException {
        if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            throw new FetchException(uri + " is not an http(s) address");
        }
        if (policy.allowPrivate()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(uri.getHost() + " is not a known host name");
        }
        for (InetAddress address : addresses) {
            if (isLocal(address)) {
                throw new FetchException(uri + " points to a local or private address (" + address.getHostAddress()
                        + "); allow private addresses to fetch it");
            }
        }
    }

    /** Loopback, wildcard, link-local, site-local (10/8, 172.16/12, 192.168/16), unique-local IPv6, multicast. */
    static boolean isLocal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC;
        }
        // 100.64/10 is carrier-grade NAT, 0/8 "this network": neither is a public web server.
        return (b[0] & 0xFF) == 0 || ((b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64);
    }

    /** The body, up to the size cap and until {@code deadline} (a {@link System#nanoTime()} value). */
    private byte[] readCapped(HttpResponse<InputStream> response, URI uri, long deadline) throws FetchException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > policy.maxBytes()) {
            close(response);
            throw new FetchException(tooLarge(uri));
        }
        // A server may send a byte a second for ever: the size cap alone does not end that, the alarm does.
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
            late.set(true);
            close(response);
        }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        try (InputStream in = response.body()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] chunk = new byte[16384];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                body.write(chunk, 0, n);
                if (body.size() > policy.maxBytes()) {
                    throw new FetchException(tooLarge(uri));
                }
                if (System.nanoTime() > deadline) {
                    throw new FetchException(tooSlow(uri));
                }
            }
            return body.toByteArray();
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(late.get() ? tooSlow(uri) : uri + " broke off while being read: " + e.getMessage());
        } finally {
            alarm.cancel(false);
        }
    }

    private String tooSlow(URI uri) {
        long ms = policy.requestTimeout().toMillis();
        return String.format(Locale.ROOT, "%s did not send the whole page within the %s s limit for one fetch "
                + "(a slow or stalled server); try again later, or raise the limit (--fetch-timeout SECONDS)", uri,
                ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0));
    }

    private String tooLarge(URI uri) {
        return String.format(Locale.ROOT, "%s is larger than the %.1f MB limit for one page", uri, policy.maxBytes() / 1048576.0);
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }
}
