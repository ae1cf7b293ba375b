package io.headwater;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.FetchPolicy;

/**
 * Everything a run of Headwater is configured with, and the one place its defaults are written. Both doors make one:
 * Spring binds it from the {@code headwater.*} properties for the REST application ({@code api.HeadwaterConfiguration};
 * {@code HEADWATER_DB}, {@code HEADWATER_REUSE_INDEX}, ... through Spring's relaxed binding, {@code NEO4J_URI},
 * {@code NEO4J_USERNAME} and {@code NEO4J_PASSWORD} through {@code application.properties}), and the command line
 * builds it from its options ({@code cli.GraphOptions}), whose picocli defaults are the constants here.
 *
 * @param db            directory of the embedded Neo4j database ({@code headwater.db}, {@code --db})
 * @param neo4j         the external Neo4j, when {@code neo4j.uri} is set
 * @param boltPort      Bolt port of the embedded database (0 picks a free one)
 * @param browserPort   port of Neo4j Browser beside the embedded database; negative disables it
 * @param reuseIndex    directory of the text reuse index, or null for {@link #defaultReuseIndex the default}
 * @param articleBudget seconds one article may take from reading to writing ({@code headwater.article-budget},
 *                      {@code --article-budget})
 * @param fetchTimeout  seconds allowed for fetching one URL, redirects and body included ({@code headwater.fetch-timeout},
 *                      {@code --fetch-timeout})
 */
@ConfigurationProperties("headwater")
public record HeadwaterSettings(@DefaultValue(DEFAULT_DB) Path db, @DefaultValue Neo4j neo4j,
                                @DefaultValue("" + GraphSettings.DEFAULT_BOLT_PORT) int boltPort,
                                @DefaultValue("" + GraphSettings.DEFAULT_BROWSER_PORT) int browserPort, Path reuseIndex,
                                @DefaultValue(DEFAULT_ARTICLE_BUDGET) double articleBudget,
                                @DefaultValue(DEFAULT_FETCH_TIMEOUT) double fetchTimeout) {

    public HeadwaterSettings {
        // An environment variable set to nothing means "not set", as on the command line.
        reuseIndex = reuseIndex == null || reuseIndex.toString().isBlank() ? null : reuseIndex;
    }

    /** The embedded database's directory unless told: {@code ./data}. */
    public static final String DEFAULT_DB = "data";
    /** The database name unless told, as Neo4j's. */
    public static final String DEFAULT_DATABASE = "neo4j";
    /** The reuse index beside an external Neo4j unless told: {@code ./reuse-index}. */
    public static final String DEFAULT_REUSE_INDEX = "reuse-index";
    /** Seconds one article may take from reading to writing unless told: see docs/limits.md. */
    public static final String DEFAULT_ARTICLE_BUDGET = "120";
    /** Seconds one URL may take to fetch unless told: the fetch policy's own default. */
    public static final String DEFAULT_FETCH_TIMEOUT = FetchPolicy.DEFAULT_REQUEST_TIMEOUT_SECONDS;

    /** Every setting at its default. */
    public static final HeadwaterSettings DEFAULTS = new HeadwaterSettings(Path.of(DEFAULT_DB),
            new Neo4j(null, null, null, DEFAULT_DATABASE), GraphSettings.DEFAULT_BOLT_PORT, GraphSettings.DEFAULT_BROWSER_PORT,
            null, Double.parseDouble(DEFAULT_ARTICLE_BUDGET), Double.parseDouble(DEFAULT_FETCH_TIMEOUT));

    /**
     * An external Neo4j server.
     *
     * @param uri      bolt:// or neo4j:// address; null or blank for the embedded database
     * @param user     user name, or null
     * @param password password, or null
     * @param database database name
     */
    public record Neo4j(String uri, String user, String password, @DefaultValue(DEFAULT_DATABASE) String database) {

        public Neo4j {
            // An unset environment variable reaches Spring as an empty string.
            uri = blankAsNull(uri);
            user = blankAsNull(user);
            password = blankAsNull(password);
        }
    }

    /** These settings with the embedded database on {@code boltPort} and Neo4j Browser on {@code browserPort}. */
    public HeadwaterSettings withPorts(int boltPort, int browserPort) {
        return new HeadwaterSettings(db, neo4j, boltPort, browserPort, reuseIndex, articleBudget, fetchTimeout);
    }

    /**
     * Where the graph is, for {@link GraphConnection#open}.
     *
     * @param uriSetting how the user gave the address ({@code --uri}, {@code headwater.neo4j.uri}), for the error
     * @throws IllegalArgumentException when the address is not a bolt:// or neo4j:// one
     */
    public GraphSettings graph(String uriSetting) {
        URI u = neo4j.uri() == null ? null : URI.create(neo4j.uri().strip());
        if (u != null && (u.getScheme() == null || !u.getScheme().matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc"))) {
            throw new IllegalArgumentException(uriSetting + " must start with bolt:// or neo4j:// (got " + neo4j.uri() + ")");
        }
        return new GraphSettings(u, neo4j.user(), neo4j.password(), neo4j.database(), db, boltPort, browserPort);
    }

    /**
     * The article budget as a duration.
     *
     * @param setting how the user gave it ({@code --article-budget}, {@code headwater.article-budget}), for the error
     * @throws IllegalArgumentException when it is not a positive number of seconds
     */
    public Duration articleBudget(String setting) {
        return Deadline.seconds(articleBudget, setting);
    }

    /**
     * The fetch policy for URLs: the default limits with this fetch timeout.
     *
     * @param setting      how the user gave the timeout ({@code --fetch-timeout}, {@code headwater.fetch-timeout}), for the error
     * @param allowPrivate whether loopback and private addresses may be fetched
     * @throws IllegalArgumentException when the timeout is not a positive number of seconds
     */
    public FetchPolicy fetchPolicy(String setting, boolean allowPrivate) {
        return FetchPolicy.DEFAULT.withAllowPrivate(allowPrivate).withRequestTimeout(Deadline.seconds(fetchTimeout, setting));
    }

    /**
     * Where the reuse index lives unless told: {@code <db>/reuse-index} beside the embedded database; for an external
     * Neo4j, {@code $HEADWATER_REUSE_INDEX}, else {@code ./reuse-index}.
     */
    public static Path defaultReuseIndex(GraphConnection graph) {
        if (graph.embeddedHome() != null) {
            return graph.embeddedHome().resolve(DEFAULT_REUSE_INDEX);
        }
        String env = System.getenv("HEADWATER_REUSE_INDEX");
        return Path.of(env == null || env.isBlank() ? DEFAULT_REUSE_INDEX : env);
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
