package io.headwater.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import io.headwater.DemoGraph;
import io.headwater.TestGraph;

/**
 * The REST server as a client meets it over a real socket, Tomcat included: its own refusals as problem+json, the
 * security headers, the write token kept in the data directory, URL ingest. Private addresses may be fetched here
 * ({@code headwater.fetch.allow-private}), because the test's page is served on loopback.
 */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "headwater.fetch.allow-private=true")
@ContextConfiguration(initializers = TestGraphInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class ServerDoorsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApiAccess access;

    private final HttpClient http = HttpClient.newHttpClient();
    private static final DemoGraph DEMO = new DemoGraph();

    private String harbourTimes;

    @BeforeEach
    void demo() {
        harbourTimes = DEMO.load();
    }

    /** Status line, headers and body of {@code requestLine} sent as it is, byte for byte (no client tidies it). */
    private String raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void requestsTomcatRefusesItselfGetProblemJsonNotAnHtmlPage() throws IOException {
        for (String line : List.of("GET /api/articles/a%2Fb HTTP/1.1", "GET /api/articles/a%00b HTTP/1.1",
                // over server.max-http-request-header-size (64 KB: long claims fit in a request line)
                "GET /api/articles/" + "a".repeat(70_000) + " HTTP/1.1")) {
            String response = raw(line);
            String shown = line.substring(0, Math.min(60, line.length()));
            assertThat(response).as(shown).startsWith("HTTP/1.1 400");
            assertThat(response.toLowerCase()).as(shown).contains("content-type: application/problem+json").doesNotContain("<html");
            assertThat(response).as(shown).contains("\"status\":400", "\"detail\":\"the request could not be read");
        }
    }

    @Test
    void theHtmlReportMayRunNothingAndNoResponseIsSniffed() throws Exception {
        HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/reports/articles/" + harbourTimes + "?format=html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(report.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src"));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
    }

    @Test
    void theWriteTokenIsKeptInTheDataDirectoryAndNeverLogged(CapturedOutput output) throws IOException {
        Path file = TestGraph.headwater().graph().dataDir().resolve(ApiAccess.TOKEN_FILE);
        assertThat(access.tokenFile()).isEqualTo(file);
        assertThat(Files.readString(file).strip()).isEqualTo(access.token());
        ApiAccess afterRestart = new ApiAccess(TestGraph.headwater(), "", false);
        assertThat(afterRestart.token()).isEqualTo(access.token());
        assertThat(output.getAll()).doesNotContain(access.token());
    }

    @Test
    void ingestsAnArticleFromItsUrlWithTheCommandLinesFetchRules() throws Exception {
        DEMO.changed();
        byte[] page = Files.readAllBytes(Path.of("src/test/resources/html/jsonld-article.html"));
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        try {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/news/weir";
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .header("Authorization", "Bearer " + access.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + url + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).contains("\"created\":true");
        } finally {
            site.stop(0);
        }
    }
}
