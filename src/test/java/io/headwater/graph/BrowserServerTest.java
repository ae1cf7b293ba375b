package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class BrowserServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesBrowserAndTheDiscoveryDocument() throws Exception {
        assertThat(BrowserServer.available()).isTrue();
        try (BrowserServer server = BrowserServer.start(0, URI.create("bolt://127.0.0.1:7999"), "5.26")) {
            URI root = server.uri().resolve("/");
            HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(root).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(discovery.body()).contains("\"bolt_direct\":\"bolt://127.0.0.1:7999\"");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).containsIgnoringCase("neo4j");
        }
    }

    @Test
    void refusesPathsOutsideBrowser() throws Exception {
        try (BrowserServer server = BrowserServer.start(0, URI.create("bolt://127.0.0.1:7999"), "5.26")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve("/gazetteer.yaml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
        }
    }
}
