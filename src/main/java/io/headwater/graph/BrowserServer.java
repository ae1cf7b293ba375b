package io.headwater.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves Neo4j Browser (the static application shipped as {@code org.neo4j.client:neo4j-browser}) on
 * the loopback interface, with the discovery document Browser reads to find the Bolt address. Browser
 * then talks Bolt (over WebSocket) straight to the embedded database. This replaces Neo4j's own HTTP
 * server, whose Jersey/Jetty stack cannot share a classpath with Spring Boot's.
 */
public final class BrowserServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("map", "application/json"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("jpg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webmanifest", "application/manifest+json"));

    private final HttpServer server;

    private BrowserServer(HttpServer server) {
        this.server = server;
    }

    /** True when the Browser application is on the classpath. */
    public static boolean available() {
        return BrowserServer.class.getResource("/browser/index.html") != null;
    }

    /**
     * Serves Browser on 127.0.0.1:{@code port} (0 picks a free port) for a database whose Bolt
     * connector listens at {@code bolt}.
     */
    public static BrowserServer start(int port, URI bolt, String neo4jVersion) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            String discovery = String.format(
                    "{\"bolt_routing\":\"neo4j://%1$s\",\"bolt_direct\":\"bolt://%1$s\",\"neo4j_version\":\"%2$s\","
                            + "\"neo4j_edition\":\"community\"}",
                    bolt.getHost() + ":" + bolt.getPort(), neo4jVersion);
            server.createContext("/", exchange -> handle(exchange, discovery));
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "neo4j-browser-http");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return new BrowserServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve Neo4j Browser on 127.0.0.1:" + port
                    + " (is the port in use? choose another with --browser-port)", e);
        }
    }

    /** The address Browser is served at. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/browser/");
    }

    private static void handle(HttpExchange exchange, String discovery) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") || path.isEmpty()) {
                String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
                if (accept.contains("json")) {
                    send(exchange, 200, "application/json", discovery.getBytes(StandardCharsets.UTF_8));
                } else {
                    exchange.getResponseHeaders().add("Location", "/browser/");
                    exchange.sendResponseHeaders(302, -1);
                }
                return;
            }
            if (!path.startsWith("/browser") || path.contains("..")) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String resource = path.endsWith("/") ? path + "index.html" : path;
            try (InputStream in = BrowserServer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String ext = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
