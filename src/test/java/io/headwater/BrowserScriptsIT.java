package io.headwater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The browser harness itself: a script drives real headless Chromium, and a failed check fails the test. */
class BrowserScriptsIT {

    private static final String PAGE = """
            <!doctype html><title>harness</title>
            <button id="go" onclick="document.getElementById('out').textContent = 'clicked'">Go</button>
            <p id="out"></p>""";

    private HttpServer server;

    @BeforeEach
    void serveOnePage() throws IOException {
        BrowserScripts.assumeAvailable();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestURI().getPath().equals("/") ? PAGE : "<p id=out>nothing here</p>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aScriptClicksInRealChromiumAndReportsWhatThePageShowed() {
        var findings = BrowserScripts.run("harness-self-check.mjs", base(), Duration.ofMinutes(2));
        assertThat(findings.get("text").asString()).isEqualTo("clicked");
        assertThat(findings.get("title").asString()).isEqualTo("harness");
        assertThat(BrowserScripts.SCREENSHOTS.resolve("harness-self-check.png")).exists();
    }

    @Test
    void aCheckThatDoesNotHoldFailsTheTestWithTheScriptsMessage() {
        assertThatThrownBy(() -> BrowserScripts.run("harness-self-check.mjs", base() + "/elsewhere", Duration.ofMinutes(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("harness-self-check.mjs failed");
    }
}
