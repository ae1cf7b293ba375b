package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs against a server on the loopback interface only. */
class PageFetcherIT {

    private HttpServer server;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", exchange -> {
            userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = "<p>hello</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[5000]);
            }
        });
        server.createContext("/trickle", exchange -> {
            // A byte every 50 ms, well under the size cap, for far longer than any fetch may take.
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1200; i++) {
                    out.write('x');
                    out.flush();
                    sleep(50);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<p>the first".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(60_000);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PageFetcher allowingLoopback() {
        return new PageFetcher(FetchPolicy.DEFAULT.withAllowPrivate(true));
    }

    @Test
    void loopbackIsRefusedByDefault() {
        assertThatThrownBy(() -> new PageFetcher(FetchPolicy.DEFAULT).fetch(base + "/page"))
                .isInstanceOf(PageFetcher.FetchException.class)
                .hasMessageContaining("local or private address");
    }

    @Test
    void pageIsFetchedWithTypeAndAddressWhenAllowed() throws Exception {
        RawDocument page = allowingLoopback().fetch(base + "/page");

        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.url()).isEqualTo(base + "/page");
    }

    @Test
    void userAgentNamesHeadwater() throws Exception {
        allowingLoopback().fetch(base + "/page");

        assertThat(userAgent.get()).startsWith("Headwater/").endsWith("(+https://github.com/headwater)");
    }

    @Test
    void redirectIsFollowedAndTheFinalAddressKept() throws Exception {
        RawDocument page = allowingLoopback().fetch(base + "/moved");

        assertThat(page.url()).isEqualTo(base + "/page");
        assertThat(page.origin()).isEqualTo(base + "/moved");
    }

    @Test
    void redirectLoopStopsAfterTheLimit() {
        assertThatThrownBy(() -> allowingLoopback().fetch(base + "/loop"))
                .hasMessageContaining("redirected more than 5 times");
    }

    @Test
    void bodyOverTheCapIsRefused() {
        PageFetcher small = new PageFetcher(FetchPolicy.DEFAULT.withAllowPrivate(true).withMaxBytes(1000));

        assertThatThrownBy(() -> small.fetch(base + "/big")).hasMessageContaining("larger than the");
    }

    /** "/trickle" sends a byte every 50 ms, "/stall" the start of a page and then nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"/trickle", "/stall"})
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSlowOrStalledBodyIsCutOffAtTheTimeCap(String path) {
        PageFetcher quick = new PageFetcher(FetchPolicy.DEFAULT.withAllowPrivate(true).withRequestTimeout(Duration.ofSeconds(2)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> quick.fetch(base + path))
                .isInstanceOf(PageFetcher.FetchException.class)
                .hasMessageContaining("did not send the whole page within the 2 s limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void httpErrorIsReported() {
        assertThatThrownBy(() -> allowingLoopback().fetch(base + "/missing")).hasMessageContaining("answered HTTP 404");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> allowingLoopback().fetch("file:///etc/passwd")).hasMessageContaining("not an http(s) address");
    }

    @Test
    void privateRangesCountAsLocal() throws Exception {
        assertThat(PageFetcher.isLocal(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(PageFetcher.isLocal(InetAddress.getByName("192.168.0.1"))).isTrue();
        assertThat(PageFetcher.isLocal(InetAddress.getByName("169.254.169.254"))).isTrue();
        assertThat(PageFetcher.isLocal(InetAddress.getByName("fd00::1"))).isTrue();
        assertThat(PageFetcher.isLocal(InetAddress.getByName("0.0.0.0"))).isTrue();
        assertThat(PageFetcher.isLocal(InetAddress.getByName("93.184.216.34"))).isFalse();
    }
}
