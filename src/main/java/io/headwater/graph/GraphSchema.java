package io.headwater.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** Applies {@code cypher/schema.cypher}: constraints and indexes, idempotently, at every start. */
public final class GraphSchema {

    private GraphSchema() {
    }

    /** Creates whatever constraints and indexes are missing in {@code database}. */
    public static void apply(Driver driver, String database) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            for (String statement : CypherFile.load("schema.cypher").statements()) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }
}
