package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The embedded database as a local attacker or a foreign web page meets it, over its real Bolt port: no way in
 * without the password of its data directory, no files or local addresses through LOAD CSV, no WebSocket from
 * another site's page.
 */
class EmbeddedNeo4jIT {

    @TempDir
    static Path dir;
    private static EmbeddedNeo4j neo4j;

    @BeforeAll
    static void start() {
        neo4j = EmbeddedNeo4j.start(dir.resolve("db"), 0);
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    private static Driver driver(String password) {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, password));
    }

    @Test
    void servesBoltOnLoopbackToWhoeverHasThePasswordOfItsDataDirectory() throws IOException {
        Path file = dir.resolve("db").resolve(EmbeddedNeo4j.PASSWORD_FILE);
        assertThat(neo4j.passwordFile()).isEqualTo(file);
        assertThat(Files.readString(file).strip()).isEqualTo(neo4j.password()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        try (Driver driver = driver(neo4j.password())) {
            assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong()).isEqualTo(1L);
        }
        assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void refusesNoPasswordAWrongOneAndNeo4jsDefault() {
        for (var auth : new org.neo4j.driver.AuthToken[] {AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", "wrong-password")}) {
            try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), auth)) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void loadCsvReadsNoFilesAndNoLocalAddresses() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
        HttpServer local = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        local.createContext("/", exchange -> {
            byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        local.start();
        try (Driver driver = driver(neo4j.password())) {
            assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM $url AS row RETURN row")
                    .withParameters(java.util.Map.of("url", secret.toUri().toString())).execute())
                    .isInstanceOf(ClientException.class).hasMessageContaining("allow_csv_import_from_file_urls");
            String url = "http://127.0.0.1:" + local.getAddress().getPort() + "/data.csv";
            assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM $url AS row RETURN row")
                    .withParameters(java.util.Map.of("url", url)).execute())
                    .isInstanceOf(ClientException.class).hasMessageContaining("blocked");
        } finally {
            local.stop(0);
        }
    }

    @Test
    void refusesAWebSocketHandshakeFromAForeignPageAndAcceptsOneFromItsOwnBrowser() throws IOException {
        neo4j.allowWebOrigin("http://127.0.0.1:7999");
        assertThat(handshake("http://evil.example")).startsWith("HTTP/1.1 403");
        assertThat(handshake("http://127.0.0.1:8000")).startsWith("HTTP/1.1 403");
        assertThat(handshake("http://127.0.0.1:7999")).startsWith("HTTP/1.1 101");
        assertThat(handshake(null)).startsWith("HTTP/1.1 101");
    }

    /** The status line Bolt answers a WebSocket handshake with, sent from {@code origin} (null: no Origin header). */
    private static String handshake(String origin) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", neo4j.boltUri().getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + neo4j.boltUri().getPort() + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().strip();
        }
    }

    @Test
    void aStoreFromBeforeAuthenticationGetsAPasswordWithoutEverOpeningWithNeo4jsDefault(@TempDir Path old) {
        Path home = old.resolve("db");
        // What an older Headwater left: a store made with authentication off.
        new DatabaseManagementServiceBuilder(home).setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, false).build().shutdown();
        try (EmbeddedNeo4j upgraded = EmbeddedNeo4j.start(home, 0)) {
            try (Driver driver = GraphDatabase.driver(upgraded.boltUri(), AuthTokens.basic("neo4j", upgraded.password()))) {
                driver.verifyConnectivity();
            }
            try (Driver driver = GraphDatabase.driver(upgraded.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void aPasswordFileWithTooShortAPasswordIsAClearError(@TempDir Path other) throws IOException {
        Path home = Files.createDirectories(other.resolve("db"));
        Files.writeString(home.resolve(EmbeddedNeo4j.PASSWORD_FILE), "short\n");
        assertThatThrownBy(() -> EmbeddedNeo4j.start(home, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neo4j-password").hasMessageContaining("at least 8 characters");
    }
}
