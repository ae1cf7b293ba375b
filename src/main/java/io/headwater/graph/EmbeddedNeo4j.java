package io.headwater.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * An in-process Neo4j 5 Community database with its Bolt connector on the loopback interface, so the
 * app, Neo4j Browser and cypher-shell all reach the same store. Data lives in a directory of the
 * caller's choice and survives restarts.
 * <p>
 * Loopback is not a wall: every local process, and every web page the user opens, can reach it. So the
 * database requires authentication as user {@code neo4j} with the password in {@code <home>/neo4j-password}
 * (generated on first start, readable by its owner only), refuses {@code file:} URLs and local or private
 * addresses in {@code LOAD CSV}, and refuses WebSocket handshakes from web origins other than its own Neo4j
 * Browser ({@link #allowWebOrigin}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The user Headwater and Browser log in as. */
    public static final String USER = "neo4j";
    /** The file of the data directory that holds the password. */
    public static final String PASSWORD_FILE = "neo4j-password";
    /** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
    private static final int MIN_PASSWORD = 8;

    /** Where LOAD CSV may not go: the machine itself and the networks behind it (as the page fetcher refuses them). */
    private static final List<IPAddressString> LOCAL_NETWORKS = List.of("127.0.0.0/8", "0.0.0.0/8", "10.0.0.0/8",
            "100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/4", "::1/128", "::/128",
            "fc00::/7", "fe80::/10", "ff00::/8", "::ffff:0:0/96").stream().map(IPAddressString::new).toList();

    private final DatabaseManagementService management;
    private final URI boltUri;
    private final Path home;
    private final SecretFile password;
    private final WebSocketOriginGuard.Origins webOrigins;

    private EmbeddedNeo4j(DatabaseManagementService management, URI boltUri, Path home, SecretFile password,
                          WebSocketOriginGuard.Origins webOrigins) {
        this.management = management;
        this.boltUri = boltUri;
        this.home = home;
        this.password = password;
        this.webOrigins = webOrigins;
    }

    /**
     * Starts a database in {@code home} (created if absent) with Bolt on 127.0.0.1:{@code boltPort}; port
     * 0 picks a free one.
     *
     * @throws IllegalArgumentException when {@code <home>/neo4j-password} holds a password Neo4j refuses
     */
    public static EmbeddedNeo4j start(Path home, int boltPort) {
        Path dir = home.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + dir, e);
        }
        SecretFile password = SecretFile.readOrCreate(dir.resolve(PASSWORD_FILE), MIN_PASSWORD);
        if (!Files.isDirectory(dir.resolve("data/databases/system"))) {
            writeInitialPassword(dir, password.value());
        } else if (password.created()) {
            // A store made before its password was (an older Headwater ran it without authentication): set the password
            // with Bolt closed, so that nobody can log in with Neo4j's default password in between.
            DatabaseManagementService offline = builder(dir, boltPort).setConfig(BoltConnector.enabled, false).build();
            try {
                setPassword(offline, password.value());
            } finally {
                offline.shutdown();
            }
        }
        WebSocketOriginGuard.Origins origins = new WebSocketOriginGuard.Origins();
        DatabaseManagementService management = builder(dir, boltPort).build();
        GraphDatabaseAPI db = (GraphDatabaseAPI) management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        guardWebSockets(db, origins);
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        URI uri = URI.create("bolt://127.0.0.1:" + port);
        return new EmbeddedNeo4j(management, uri, dir, password, origins);
    }

    private static DatabaseManagementServiceBuilder builder(Path home, int boltPort) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, LOCAL_NETWORKS)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Headwater's queries are fixed index lookups; replanning them every few seconds while a bulk
                // ingest changes the statistics costs more than it gains.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(10))
                // Bolt's defaults wait for Netty's graceful shutdown for seconds on every close; a local CLI run
                // has no clients left to drain.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10));
    }

    /**
     * The user a new store starts with, as {@code neo4j-admin dbms set-initial-password} writes it: Neo4j reads it
     * when it creates the system database, so the store never has a default password.
     */
    private static void writeInitialPassword(Path home, String password) {
        Path file = home.resolve("data/dbms/auth.ini");
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(USER, null, SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(java.nio.charset.StandardCharsets.UTF_8), new SecureHasher()), false, false));
            users.shutdown();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the initial Neo4j user to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void setPassword(DatabaseManagementService management, String password) {
        management.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                CypherFile.load("admin.cypher").statement("set-password"), Map.of("password", password));
    }

    /** Puts a {@link WebSocketOriginGuard} in front of every Bolt connection. */
    private static void guardWebSockets(GraphDatabaseAPI db, WebSocketOriginGuard.Origins origins) {
        ConnectorListener listener = new ConnectorListener() {
            @Override
            public void onConnectionCreated(Connection connection) {
                connection.modifyPipeline(pipeline -> pipeline.addFirst("headwaterWebOriginGuard", new WebSocketOriginGuard(origins)));
            }
        };
        for (Connector<?> connector : db.getDependencyResolver().resolveDependency(BoltServer.class).getConnectors()) {
            connector.registerListener(listener);
        }
    }

    /**
     * Makes the password of {@code <home>/neo4j-password} the user's password again, for when the two differ: its
     * owner edited the file, or changed the password from Browser, since the last start. The file wins.
     */
    public void restorePassword() {
        setPassword(management, password.value());
    }

    /** Lets web pages of {@code origin} ("http://127.0.0.1:7474") open a WebSocket to Bolt: Headwater's own Browser. */
    public void allowWebOrigin(String origin) {
        webOrigins.allow(origin);
    }

    /** The Bolt address clients connect to. */
    public URI boltUri() {
        return boltUri;
    }

    /**
     * The database {@code name} in process, without Bolt: the lookups read it so (see
     * {@code io.headwater.trace.ReadStatements}); every write goes through the driver.
     */
    public org.neo4j.graphdb.GraphDatabaseService database(String name) {
        return management.database(name);
    }

    /** The directory that holds the store. */
    public Path home() {
        return home;
    }

    /** The password of {@link #USER}, as read from its file at start. */
    public String password() {
        return password.value();
    }

    /** The file that holds the password. */
    public Path passwordFile() {
        return password.file();
    }

    @Override
    public void close() {
        management.shutdown();
    }
}
