package io.headwater.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j 5 Community database with its Bolt connector on the loopback interface, so the
 * app, Neo4j Browser and cypher-shell all reach the same store. Data lives in a directory of the
 * caller's choice and survives restarts.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService management;
    private final URI boltUri;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService management, URI boltUri, Path home) {
        this.management = management;
        this.boltUri = boltUri;
        this.home = home;
    }

    /**
     * Starts a database in {@code home} (created if absent) with Bolt on 127.0.0.1:{@code boltPort}; port
     * 0 picks a free one. Authentication is off: the connector only listens on loopback.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + home, e);
        }
        DatabaseManagementService management = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Headwater's queries are fixed index lookups; replanning them every few seconds while a bulk
                // ingest changes the statistics costs more than it gains.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(10))
                // Bolt's defaults wait for Netty's graceful shutdown for seconds on every close; a local CLI run
                // has no clients left to drain.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();
        GraphDatabaseAPI db = (GraphDatabaseAPI) management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        URI uri = URI.create("bolt://127.0.0.1:" + port);
        return new EmbeddedNeo4j(management, uri, home);
    }

    /** The Bolt address clients connect to. */
    public URI boltUri() {
        return boltUri;
    }

    /** The directory that holds the store. */
    public Path home() {
        return home;
    }

    @Override
    public void close() {
        management.shutdown();
    }
}
