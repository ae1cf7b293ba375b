package io.headwater.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Applies {@code cypher/schema.cypher}: constraints and indexes, idempotently, at every start. Only the
 * statements whose index or constraint is missing run: every Cypher statement costs a compilation, and on a cold
 * JVM ten of them cost seconds that a one-shot command such as {@code trace} should not pay.
 */
public final class GraphSchema {

    private static final Pattern NAME = Pattern.compile("^CREATE\\s+(?:\\w+\\s+)?(?:INDEX|CONSTRAINT)\\s+(\\w+)\\s+IF NOT EXISTS",
            Pattern.CASE_INSENSITIVE);
    private static final CypherFile ADMIN = CypherFile.load("admin.cypher");

    private GraphSchema() {
    }

    /** Creates whatever constraints and indexes are missing in {@code database} and waits until all are online. */
    public static void apply(Driver driver, String database) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            Set<String> present = new HashSet<>();
            boolean allOnline = true;
            // A constraint's backing index carries the constraint's name, so the indexes name both.
            for (Record r : session.run(ADMIN.statement("schema-indexes")).list()) {
                present.add(r.get("name").asString());
                allOnline &= "ONLINE".equals(r.get("state").asString());
            }
            List<String> missing = CypherFile.load("schema.cypher").statements().stream()
                    .filter(s -> !present.contains(name(s))).toList();
            for (String statement : missing) {
                session.run(statement).consume();
            }
            if (!missing.isEmpty() || !allOnline) {
                session.run(ADMIN.statement("await-indexes")).consume();
            }
        }
    }

    /** The index or constraint a schema statement creates; absent when it is some other statement (always run). */
    static @Nullable String name(String statement) {
        Matcher m = NAME.matcher(statement.strip());
        return m.find() ? m.group(1) : null;
    }
}
