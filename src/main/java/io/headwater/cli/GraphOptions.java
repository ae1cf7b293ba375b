package io.headwater.cli;

import java.nio.file.Path;

import io.headwater.HeadwaterSettings;
import io.headwater.graph.GraphSettings;
import picocli.CommandLine.Option;

/** Where the graph is: the embedded database in {@code --db}, or an external server given by {@code --uri}. */
public final class GraphOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "${env:HEADWATER_DB:-" + HeadwaterSettings.DEFAULT_DB + "}",
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

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE:-" + HeadwaterSettings.DEFAULT_DATABASE + "}",
            description = "Database name (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--reuse-index", paramLabel = "DIR", defaultValue = "${env:HEADWATER_REUSE_INDEX}",
            description = "Directory of the text reuse index (default: reuse-index in the --db directory for the embedded "
                    + "database, in the working directory with --uri; env HEADWATER_REUSE_INDEX).")
    Path reuseIndex;

    /**
     * The settings these options give, the others at their defaults; {@code boltPort} and {@code browserPort} apply to the
     * embedded database.
     */
    public HeadwaterSettings settings(int boltPort, int browserPort) {
        return settings(boltPort, browserPort, HeadwaterSettings.DEFAULTS.articleBudget(), HeadwaterSettings.DEFAULTS.fetchTimeout());
    }

    /** As {@link #settings(int, int)}, with the seconds one article ({@code --article-budget}) and one fetch may take. */
    public HeadwaterSettings settings(int boltPort, int browserPort, double articleBudget, double fetchTimeout) {
        return new HeadwaterSettings(db, new HeadwaterSettings.Neo4j(uri, user, password, database), boltPort, browserPort,
                reuseIndex, articleBudget, fetchTimeout);
    }

    /** Where the graph is, for commands that only read: Bolt on a free port, no Browser. */
    public GraphSettings readOnlyGraph() {
        return settings(0, -1).graph("--uri");
    }

    /** The reuse index directory given, or null for the default beside the database. */
    public Path reuseIndex() {
        return reuseIndex;
    }
}
