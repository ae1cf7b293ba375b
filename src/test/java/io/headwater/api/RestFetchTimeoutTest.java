package io.headwater.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.sun.net.httpserver.HttpServer;

import io.headwater.Headwater;
import io.headwater.HeadwaterSettings;

/**
 * REST's URL ingest fetches within the settings' {@code headwater.fetch-timeout}, not a limit of its own: with one
 * second configured, a page that stalls after its first bytes is refused after about a second, before the facade
 * is asked to ingest anything.
 */
@WebMvcTest(properties = {"headwater.api.token=" + RestFetchTimeoutTest.TOKEN, "headwater.fetch-timeout=1",
        "headwater.fetch.allow-private=true"})
@EnableConfigurationProperties(HeadwaterSettings.class)
class RestFetchTimeoutTest {

    static final String TOKEN = "slice-token-0123456789";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Headwater headwater;

    @MockitoBean
    ArticleRepository articles;

    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void stallingPage() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<p>the first words".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                // Stalls until the test is over, so that only the fetch timeout can end the request.
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
    }

    @Test
    void urlIngestStopsAtTheConfiguredFetchTimeout() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/stall";
        long start = System.nanoTime();

        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + url + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("within the 1 s limit")));

        // The default is 30 s: well under that shows the configured second was the one applied.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        verify(headwater, never()).ingest(any(), any());
    }
}
