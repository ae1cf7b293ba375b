package io.headwater.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.headwater.graph.CypherFile;

/**
 * How often Neo4j compiled each statement while it ran, from its data collector ({@code db.stats.collect('QUERIES')}):
 * a statement found in the plan cache compiles in microseconds, one planned again in milliseconds. Tells a statement
 * planned once from one whose cache key changes from call to call.
 */
public final class QueryPlanning {

    /** An invocation that took at least this long to compile was planned, not found in the plan cache. */
    static final long PLANNED_MICROS = 20_000;

    private static final CypherFile STATS = CypherFile.load("eval/query-stats.cypher");

    /**
     * One statement's invocations.
     *
     * @param planned invocations that compiled for at least {@link #PLANNED_MICROS}
     */
    public record Statement(String query, int invocations, int planned, double compileMillis, double medianCompileMillis,
                            double executeMillis, List<String> plannings) {
    }

    private final Driver driver;
    private final QueryConfig config;

    QueryPlanning(Driver driver, String database) {
        this.driver = driver;
        this.config = QueryConfig.builder().withDatabase(database).build();
    }

    /** Forgets what was collected before and starts collecting. */
    void start() {
        run("clear");
        run("start");
    }

    /** Stops collecting and returns every statement collected, the most time spent compiling first. */
    List<Statement> stop() {
        run("stop");
        List<Statement> out = new ArrayList<>();
        for (Record r : driver.executableQuery(STATS.statement("retrieve")).withConfig(config).execute().records()) {
            String query = r.get("query").asString();
            if (query.contains("db.stats.")) {
                continue;
            }
            int invocations = 0;
            int planned = 0;
            double compile = 0;
            double execute = 0;
            List<Long> compiles = new ArrayList<>();
            List<Value> calls = new ArrayList<>(r.get("invocations").asList(v -> v));
            calls.sort(Comparator.comparingLong(v -> v.get("startTimestampMillis").asLong(0)));
            List<String> plannings = new ArrayList<>();
            for (Value v : calls) {
                long c = v.get("elapsedCompileTimeInUs").asLong(0);
                compiles.add(c);
                invocations++;
                if (c >= PLANNED_MICROS) {
                    planned++;
                    plannings.add(String.format(Locale.ROOT, "#%d: %.0f", invocations, c / 1000.0));
                }
                compile += c / 1000.0;
                execute += v.get("elapsedExecutionTimeInUs").asLong(0) / 1000.0;
            }
            compiles.sort(null);
            double median = compiles.isEmpty() ? 0 : compiles.get(compiles.size() / 2) / 1000.0;
            out.add(new Statement(query, invocations, planned, compile, median, execute, plannings));
        }
        out.sort(Comparator.comparingDouble(Statement::compileMillis).reversed());
        return out;
    }

    private void run(String name) {
        driver.executableQuery(STATS.statement(name)).withConfig(config).execute();
    }

    /** The statements as a Markdown table, each named by the start of its text. */
    public static String table(List<Statement> statements) {
        StringBuilder b = new StringBuilder("| Statement | Invocations | Planned (compile ≥ 20 ms) | Compile (ms) | Median compile (ms) | Execute (ms) | Planned at call # (ms) |\n"
                + "|---|---:|---:|---:|---:|---:|---|\n");
        for (Statement s : statements) {
            String text = s.query().replaceAll("//[^\\n]*", " ").replaceAll("\\s+", " ").strip();
            b.append(String.format(Locale.ROOT, "| `%s` | %,d | %,d | %.1f | %.2f | %.1f | %s |%n",
                    text.length() > 70 ? text.substring(0, 70) + "…" : text, s.invocations(), s.planned(), s.compileMillis(),
                    s.medianCompileMillis(), s.executeMillis(),
                    String.join(", ", s.plannings().subList(0, Math.min(12, s.plannings().size())))));
        }
        return b.toString();
    }
}
