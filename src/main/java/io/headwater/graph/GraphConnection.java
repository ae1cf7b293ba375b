package io.headwater.graph;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.AuthenticationException;
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
    private final Path dataDir;

    private GraphConnection(Driver driver, String database, EmbeddedNeo4j embedded, BrowserServer browser, Path dataDir) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.browser = browser;
        this.dataDir = dataDir;
    }

    /**
     * Connects as {@code settings} say, starting the embedded database when no external URI is set.
     *
     * @throws GraphUnavailableException when the server cannot be reached or the database cannot start
     */
    public static GraphConnection open(GraphSettings settings) {
        if (settings.external()) {
            LOG.info("connecting to Neo4j at {}...", settings.uri());
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
            return new GraphConnection(driver, settings.database(), null, null, settings.dataDir());
        }
        LOG.info("starting the embedded Neo4j in {} (a few seconds)...", settings.dataDir());
        EmbeddedNeo4j embedded;
        try {
            embedded = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GraphUnavailableException(startFailure(settings, e), e);
        }
        Driver driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, embedded.password()),
                Config.builder().withLogging(Logging.slf4j()).build());
        try {
            try {
                driver.verifyConnectivity();
            } catch (AuthenticationException e) {
                // Someone changed the password since the last start (from Browser, say): the password file is the truth.
                embedded.restorePassword();
                driver.verifyConnectivity();
            }
            GraphSchema.apply(driver, settings.database());
        } catch (RuntimeException e) {
            driver.close();
            embedded.close();
            throw e;
        }
        BrowserServer browser = null;
        if (settings.browserPort() >= 0 && BrowserServer.available()) {
            try {
                browser = BrowserServer.start(settings.browserPort(), embedded.boltUri(), NEO4J_VERSION);
                for (String origin : browser.origins()) {
                    embedded.allowWebOrigin(origin);
                }
            } catch (RuntimeException e) {
                LOG.warn("Neo4j Browser not served: {}", e.getMessage());
            }
        }
        return new GraphConnection(driver, settings.database(), embedded, browser, settings.dataDir());
    }

    /** What went wrong starting the embedded database, with the hint that fits: a lock or a port taken, or neither. */
    private static String startFailure(GraphSettings settings, RuntimeException e) {
        String where = "cannot start the embedded Neo4j in " + settings.dataDir() + " with Bolt on port " + settings.boltPort() + ": ";
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (type.equals("FileLockException") || String.valueOf(t.getMessage()).contains("locked by another process")) {
                return where + "another Headwater (or Neo4j) is using this directory. Stop it, choose another --db, or point "
                        + "this command at the running server with --uri (its banner shows the Bolt address; user "
                        + EmbeddedNeo4j.USER + ", password in " + settings.dataDir().resolve(EmbeddedNeo4j.PASSWORD_FILE) + ")";
            }
            if (type.equals("PortBindException") || t instanceof java.net.BindException) {
                return where + "the port is in use (by another Headwater or Neo4j?). Choose another with --bolt-port "
                        + "(0 picks a free one)";
            }
        }
        return where + rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * How every read-only query runs: in a managed read transaction of {@code database} (the driver retries it on
     * transient errors), which a {@code neo4j://} driver routes to a follower or read replica of a cluster.
     * Without it, {@code executableQuery} routes to the leader, which then carries every read too.
     */
    public static QueryConfig reads(String database) {
        return QueryConfig.builder().withDatabase(database).withRouting(RoutingControl.READ).build();
    }

    /**
     * Sessions of {@code database} that share the driver's bookmarks with {@code executableQuery}, which the lookups
     * use: on a cluster a lookup sent to a follower right after a write then waits for that write instead of missing it.
     */
    public static SessionConfig sessions(Driver driver, String database) {
        return SessionConfig.builder().withDatabase(database).withBookmarkManager(driver.executableQueryBookmarkManager())
                .build();
    }

    /** The driver, shared; do not close it. */
    public Driver driver() {
        return driver;
    }

    /** The database name. */
    public String database() {
        return database;
    }

    /** The Bolt address of the embedded database; absent when connected to an external server. */
    public @Nullable URI embeddedBolt() {
        return embedded == null ? null : embedded.boltUri();
    }

    /**
     * The embedded database in process, without Bolt, which the lookups read (every write goes through the driver);
     * absent when connected to an external server.
     */
    public org.neo4j.graphdb.@Nullable GraphDatabaseService embeddedDatabase() {
        return embedded == null ? null : embedded.database(database);
    }

    /** The embedded database's directory; absent when connected to an external server. */
    public @Nullable Path embeddedHome() {
        return embedded == null ? null : embedded.home();
    }

    /**
     * Headwater's data directory ({@code --db}): the embedded database's, or, with an external server, where
     * Headwater keeps its own files (the REST API's write token).
     */
    public Path dataDir() {
        return dataDir;
    }

    /** The embedded database's user and password, and the file that holds the password; null with an external server. */
    public Credentials embeddedCredentials() {
        return embedded == null ? null : new Credentials(EmbeddedNeo4j.USER, embedded.password(), embedded.passwordFile());
    }

    /** How to log in to the embedded database: user, password and the file the password is kept in. */
    public record Credentials(String user, String password, Path passwordFile) {

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", passwordFile=" + passwordFile + "]";
        }
    }

    /** Where Neo4j Browser is served. */
    public @Nullable URI browser() {
        return browser == null ? null : browser.uri();
    }

    /**
     * The Browser address that opens its connect form filled in with this database's address, user and password (the
     * password travels in the fragment, which the browser never sends to a server).
     */
    public @Nullable URI browserConnectLink() {
        return browser == null ? null : browser.connectLink(EmbeddedNeo4j.USER, embedded.password());
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
