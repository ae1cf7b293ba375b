package io.headwater.eval;

import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * What one lookup statement did, from Neo4j's own {@code PROFILE}: each operator of its plan with the rows it produced
 * and the database hits it made, as a Markdown table. It shows which expansion a lookup makes and how much of a node's
 * neighbourhood it reads: an operator whose rows or hits grow with a supernode's degree is one that expands it whole.
 */
final class QueryProfile {

    private QueryProfile() {
    }

    /** Profiles {@code statement} (a statement of a {@code cypher/} file) with {@code params}: a title line and the plan as a table. */
    static String of(Driver driver, QueryConfig config, String title, String statement, Map<String, Object> params) {
        ResultSummary summary = driver.executableQuery("PROFILE " + statement).withParameters(params).withConfig(config).execute()
                .summary();
        ProfiledPlan plan = summary.profile();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n%s: %,d db hits in all%n%n| Operator | Details | Rows | DB hits |%n|---|---|---:|---:|%n",
                title, total(plan)));
        append(b, plan, 0);
        return b.toString();
    }

    private static long total(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += total(child);
        }
        return hits;
    }

    private static void append(StringBuilder b, ProfiledPlan plan, int depth) {
        String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
        b.append(String.format(Locale.ROOT, "| %s%s | %s | %,d | %,d |%n", "· ".repeat(depth), plan.operatorType(),
                details.replace("|", "\\|").replace("\n", " "), plan.records(), plan.dbHits()));
        for (ProfiledPlan child : plan.children()) {
            append(b, child, depth + 1);
        }
    }
}
