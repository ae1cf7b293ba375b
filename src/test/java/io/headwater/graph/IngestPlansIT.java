package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/**
 * The statements ingest runs for every article keep the plan they were first given ({@code CYPHER replan=skip}), so
 * that plan must be good whatever the graph's counts: planned on an empty graph, where a scan costs nothing and the
 * planner is most tempted, each finds its rows by key (an index seek), never by scanning a label or every node.
 */
class IngestPlansIT {

    private static final String SKIP = "CYPHER replan=skip";

    private final Headwater hw = TestGraph.headwater();

    @BeforeEach
    void clean() {
        TestGraph.clear();
    }

    @Test
    void everyStatementIngestRunsPerArticleIsASeekByKeyOnAnEmptyGraph() {
        Map<String, Map<String, Object>> statements = new LinkedHashMap<>(
                new ArticleGraphReader(hw.graph().driver(), hw.graph().database()).statementsToPrepare());
        String word = "x".repeat(40);
        CypherFile reuse = CypherFile.load("ingest/reuse.cypher");
        statements.put(CypherFile.load("ingest/article.cypher").statement("write"), Map.of("article", Map.of("id", word),
                "rows", Map.of()));
        statements.put(reuse.statement("pairs"), Map.of("lists", Map.of("pairs", List.of())));
        statements.put(reuse.statement("upstream-support"), Map.of("lists", Map.of("support", List.of())));
        statements.put(reuse.statement("variants"), Map.of("lists", Map.of("variants", List.of())));
        String byAuthor = CypherFile.load("ingest/reports.cypher").statement("by-author");

        assertThat(statements).hasSize(8);
        try (Session session = hw.graph().driver().session(SessionConfig.forDatabase(hw.graph().database()))) {
            statements.forEach((statement, parameters) -> {
                assertThat(statement).startsWith(SKIP);
                List<String> operators = operators(session.run(plannedAfresh(statement), parameters).consume().plan());
                assertThat(operators).as(statement).noneMatch(op -> op.contains("AllNodesScan"));
                if (statement.equals(byAuthor)) {
                    // Reports are matched on list membership, which no index answers: this one scans the reports, as
                    // it would with any counts (there are few: one per cited report).
                    assertThat(operators).as(statement).anyMatch(op -> op.contains("NodeByLabelScan"));
                } else {
                    assertThat(operators).as(statement).noneMatch(op -> op.contains("LabelScan"))
                            .anyMatch(op -> op.contains("IndexSeek"));
                }
            });
        }
    }

    /** {@code statement} (which may keep its plan: {@value #SKIP}) planned anew, not run: {@code EXPLAIN}. */
    static String plannedAfresh(String statement) {
        String body = statement.startsWith(SKIP) ? statement.substring(SKIP.length()).strip() : statement;
        return "CYPHER replan=force EXPLAIN " + body;
    }

    private static List<String> operators(Plan plan) {
        List<String> out = new ArrayList<>(List.of(plan.operatorType()));
        plan.children().forEach(c -> out.addAll(operators(c)));
        return out;
    }
}
