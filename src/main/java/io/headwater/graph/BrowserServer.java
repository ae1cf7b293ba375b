package io.headwater.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * <p>
 * Browser's page carries one script of Headwater's ({@code headwater-connect.js}): opened from the link
 * {@link #connectLink} makes, whose fragment holds the user and password, it fills them into the connect form.
 * The fragment never reaches this server, so the server hands the password to nobody. Requests whose
 * {@code Host} is not this server's own loopback address are refused: a web site whose name an attacker points
 * at 127.0.0.1 (DNS rebinding) gets nothing.
 */
public final class BrowserServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("map", "application/json"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("jpg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webmanifest", "application/manifest+json"));

    /** Headwater's script on Browser's page, and where Browser's page loads it from. */
    private static final String CONNECT_SCRIPT = "headwater-connect.js";
    private static final String CONNECT_SCRIPT_TAG = "<script src=\"" + CONNECT_SCRIPT + "\"></script>";

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
            server.createContext("/", exchange -> handle(exchange, discovery, server.getAddress().getPort()));
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

    /** The web origins of this server's pages, which the embedded Bolt lets open a WebSocket. */
    public List<String> origins() {
        int port = server.getAddress().getPort();
        return List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    /** The Browser address whose fragment makes Headwater's script fill the connect form with {@code user} and {@code password}. */
    public URI connectLink(String user, String password) {
        return URI.create(uri() + "#user=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private static void handle(HttpExchange exchange, String discovery, int port) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().add("X-Frame-Options", "DENY");
            exchange.getResponseHeaders().add("Referrer-Policy", "no-referrer");
            String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host")).toLowerCase(Locale.ROOT);
            if (!host.equals("127.0.0.1:" + port) && !host.equals("localhost:" + port)) {
                send(exchange, 421, "text/plain", ("this server answers requests for 127.0.0.1:" + port + " only\n")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
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
            if (resource.equals("/browser/" + CONNECT_SCRIPT)) {
                resource = "/io/headwater/graph/" + CONNECT_SCRIPT;
            }
            try (InputStream in = BrowserServer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String ext = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                byte[] body = in.readAllBytes();
                if (resource.equals("/browser/index.html")) {
                    body = withConnectScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                } else if (resource.endsWith("/" + CONNECT_SCRIPT)) {
                    body = new String(body, StandardCharsets.UTF_8).replace("HEADWATER_STYLE", BrowserStyle.json())
                            .getBytes(StandardCharsets.UTF_8);
                }
                send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
            }
        }
    }

    /** Browser's page with Headwater's script first, so that it reads the fragment before Browser's own scripts run. */
    static String withConnectScript(String page) {
        int first = page.indexOf("<script");
        return first < 0 ? page.replace("</body>", CONNECT_SCRIPT_TAG + "</body>")
                : page.substring(0, first) + CONNECT_SCRIPT_TAG + page.substring(first);
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
