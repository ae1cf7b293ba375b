package io.headwater.cli;

import java.net.URI;
import java.nio.file.Path;

import io.headwater.graph.GraphSettings;
import picocli.CommandLine.Option;

/** Where the graph is: the embedded database in {@code --db}, or an external server given by {@code --uri}. */
public final class GraphOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "${env:HEADWATER_DB:-data}",
            description = "Directory of the embedded Neo4j database (created if absent; default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "bolt:// or neo4j:// address of an external Neo4j; when set, --db is not used (env NEO4J_URI).")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:NEO4J_USERNAME:-${env:NEO4J_USER}}",
            description = "User for --uri (env NEO4J_USERNAME).")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "${env:NEO4J_PASSWORD}", arity = "0..1",
            interactive = true, description = "Password for --uri (env NEO4J_PASSWORD; prompted when given without a value).")
    String password;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE:-neo4j}",
            description = "Database name (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--reuse-index", paramLabel = "DIR", defaultValue = "${env:HEADWATER_REUSE_INDEX}",
            description = "Directory of the text reuse index (default: reuse-index in the --db directory for the embedded "
                    + "database, in the working directory with --uri; env HEADWATER_REUSE_INDEX).")
    Path reuseIndex;

    /** The reuse index directory given, or null for the default beside the database. */
    public Path reuseIndex() {
        return reuseIndex;
    }

    /** Settings for these options; {@code boltPort} and {@code browserPort} apply to the embedded database. */
    public GraphSettings settings(int boltPort, int browserPort) {
        URI u = uri == null || uri.isBlank() ? null : URI.create(uri.strip());
        if (u != null && (u.getScheme() == null || !u.getScheme().matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc"))) {
            throw new IllegalArgumentException("--uri must start with bolt:// or neo4j:// (got " + uri + ")");
        }
        return new GraphSettings(u, user, password, database, db, boltPort, browserPort);
    }
}
