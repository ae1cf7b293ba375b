package io.headwater.graph;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Where the graph lives: an external Neo4j server ({@code uri} set) or the embedded database in
 * {@code dataDir}.
 *
 * @param uri         bolt:// or neo4j:// address of an external server; absent for the embedded database
 * @param user        user name for the external server
 * @param password    password for the external server
 * @param database    database name ("neo4j")
 * @param dataDir     directory of the embedded database (made absolute and normalised: Neo4j refuses
 *                    "./db" and "../x/db")
 * @param boltPort    Bolt port of the embedded database (0 picks a free one)
 * @param browserPort port for Neo4j Browser beside the embedded database; negative disables it
 */
public record GraphSettings(@Nullable URI uri, @Nullable String user, @Nullable String password, String database, Path dataDir, int boltPort,
                            int browserPort) {

    public GraphSettings {
        dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
    }

    /** Default embedded Bolt port, as Neo4j's. */
    public static final int DEFAULT_BOLT_PORT = 7687;
    /** Default Browser port, as Neo4j's. */
    public static final int DEFAULT_BROWSER_PORT = 7474;

    /** The embedded database in {@code dataDir} with the default ports. */
    public static GraphSettings embedded(Path dataDir) {
        return new GraphSettings(null, null, null, "neo4j", dataDir, DEFAULT_BOLT_PORT, DEFAULT_BROWSER_PORT);
    }

    /** True when an external server is configured. */
    public boolean external() {
        return uri != null;
    }

    /** These settings with other ports. */
    public GraphSettings withPorts(int bolt, int browser) {
        return new GraphSettings(uri, user, password, database, dataDir, bolt, browser);
    }
}
