package io.headwater.graph;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open connection to the graph: a driver to an external server, or to the embedded database this
 * connection started (with Neo4j Browser beside it). The schema is applied on opening.
 */
public final class GraphConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphConnection.class);
    private static final String NEO4J_VERSION = "5.26";

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final BrowserServer browser;

    private GraphConnection(Driver driver, String database, EmbeddedNeo4j embedded, BrowserServer browser) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.browser = browser;
    }

    /**
     * Connects as {@code settings} say, starting the embedded database when no external URI is set.
     *
     * @throws GraphUnavailableException when the server cannot be reached or the database cannot start
     */
    public static GraphConnection open(GraphSettings settings) {
        if (settings.external()) {
            AuthToken auth = settings.user() == null ? AuthTokens.none()
                    : AuthTokens.basic(settings.user(), settings.password() == null ? "" : settings.password());
            Driver driver = GraphDatabase.driver(settings.uri(), auth, Config.builder().withLogging(Logging.slf4j()).build());
            try {
                driver.verifyConnectivity();
            } catch (Neo4jException | IllegalStateException e) {
                driver.close();
                throw new GraphUnavailableException("cannot reach Neo4j at " + settings.uri() + ": " + e.getMessage()
                        + " (check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded database)", e);
            }
            GraphSchema.apply(driver, settings.database());
            return new GraphConnection(driver, settings.database(), null, null);
        }
        EmbeddedNeo4j embedded;
        try {
            embedded = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort());
        } catch (RuntimeException e) {
            throw new GraphUnavailableException("cannot start the embedded Neo4j in " + settings.dataDir() + " with Bolt on port "
                    + settings.boltPort() + ": " + rootMessage(e)
                    + " (is another Headwater using this directory or port? choose others with --db and --bolt-port)", e);
        }
        Driver driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(),
                Config.builder().withLogging(Logging.slf4j()).build());
        GraphSchema.apply(driver, settings.database());
        BrowserServer browser = null;
        if (settings.browserPort() >= 0 && BrowserServer.available()) {
            try {
                browser = BrowserServer.start(settings.browserPort(), embedded.boltUri(), NEO4J_VERSION);
            } catch (RuntimeException e) {
                LOG.warn("Neo4j Browser not served: {}", e.getMessage());
            }
        }
        return new GraphConnection(driver, settings.database(), embedded, browser);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** The driver, shared; do not close it. */
    public Driver driver() {
        return driver;
    }

    /** The database name. */
    public String database() {
        return database;
    }

    /** The Bolt address of the embedded database, or null when connected to an external server. */
    public URI embeddedBolt() {
        return embedded == null ? null : embedded.boltUri();
    }

    /** The embedded database's directory, or null when connected to an external server. */
    public java.nio.file.Path embeddedHome() {
        return embedded == null ? null : embedded.home();
    }

    /** Where Neo4j Browser is served, or null. */
    public URI browser() {
        return browser == null ? null : browser.uri();
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
        }
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
