package io.headwater.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.trace.Hop;
import io.headwater.trace.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace ID}: an article's chains to its primary sources. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Prints an article's provenance: each chain from primary source to outlet, with evidence.")
public final class TraceCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--json", description = "Print JSON: {article, chains, quotes, credits}.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "Article id, as ingest printed it.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Headwater hw = Headwater.open(graph.readOnlyGraph(), graph.reuseIndex())) {
            var found = hw.tracer().provenance(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("no article with id " + id + " (list them with: ingest prints ids)");
                return 3;
            }
            Provenance p = found.get();
            if (json) {
                out.println(Json.write(p));
            } else {
                out.println(p.article().id() + "  " + java.util.Objects.toString(p.article().headline(), "(no headline)"));
                for (List<Hop> chain : p.chains()) {
                    StringBuilder line = new StringBuilder("  ");
                    for (int i = 0; i < chain.size(); i++) {
                        Hop h = chain.get(i);
                        line.append(i == 0 ? "" : " -> ").append(h.label()).append(' ').append(h.name());
                    }
                    out.println(line);
                }
                p.credits().forEach(c -> out.println("  photo credit: " + c.name()));
            }
            return 0;
        }
    }
}
