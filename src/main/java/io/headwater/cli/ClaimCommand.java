package io.headwater.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.headwater.Headwater;
import io.headwater.trace.ClaimCarrier;
import io.headwater.trace.ClaimMatches;
import io.headwater.trace.Hop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claim "TEXT"}: every article that carries a sentence or passage, earliest first, and where it comes from. */
@Command(name = "claim", mixinStandardHelpOptions = true,
        description = {"Finds every article that carries a sentence or passage, or a close variant of it, earliest first.",
                "For each: its outlet, date, how much of the claim it holds (with the differences) and its chain to the "
                        + "primary source."})
public final class ClaimCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--json", description = "Print JSON: {claim, words, primarySources, earliest, items, page, size, totalElements, ...}.")
    boolean json;

    @Option(names = "--page", defaultValue = "0", description = "Page of carriers, from 0 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", defaultValue = "20", description = "Carriers per page (default: ${DEFAULT-VALUE}).")
    int size;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The claim: a sentence or a passage (several words are joined).")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Headwater hw = Headwater.open(graph.readOnlyGraph(), graph.reuseIndex())) {
            ClaimMatches found = hw.claims().find(String.join(" ", words), page, size);
            if (json) {
                out.println(Json.write(found));
                return 0;
            }
            out.printf("Claim (%d words): \"%s\"%n", found.words(), found.claim());
            if (found.items().isEmpty() && found.totalElements() == 0) {
                out.println("  no article carries it (articles enter the search when they are ingested)");
                return 0;
            }
            for (ClaimMatches.PrimarySource p : found.primarySources()) {
                String through = p.through().stream().map(ClaimCommand::hop).collect(Collectors.joining(", "));
                out.printf("  primary source: %s %s (%d of %d carriers)%s%n", p.label(), p.name(), p.carriers(),
                        found.totalElements(), through.isEmpty() ? "" : ", through " + through);
            }
            ClaimCarrier first = found.earliest();
            out.printf("  earliest: %s  %s  %s%n", date(first), outlet(first), first.article().id());
            out.printf("  carriers, earliest first (%d of %d, page %d of %d):%n", found.items().size(), found.totalElements(),
                    found.page() + 1, found.totalPages());
            for (ClaimCarrier c : found.items()) {
                out.printf("    %-10s  %-28s  %s  holds %.0f%%%s  \"%s\"%n", date(c), outlet(c), c.article().id(), 100 * c.holds(),
                        c.foundBy() == ClaimCarrier.FoundBy.QUOTE_VARIANT ? " (quote variant)" : "",
                        c.article().headline() == null ? "" : c.article().headline());
                if (!c.difference().isEmpty()) {
                    out.println("      differences: " + c.difference());
                }
                for (List<Hop> chain : c.chains()) {
                    out.println("      chain: " + chain.stream().map(h -> h.label() + " " + (h.name() == null ? "(unknown)" : h.name()))
                            .collect(Collectors.joining(" -> ")));
                }
            }
            return 0;
        }
    }

    private static String hop(Hop h) {
        return h.name() + (h.inferred() ? " (inferred story)" : "");
    }

    private static String date(ClaimCarrier c) {
        String p = c.article().published();
        return p == null ? "(undated)" : p.length() > 10 ? p.substring(0, 10) : p;
    }

    private static String outlet(ClaimCarrier c) {
        return c.article().outlet() == null ? "(outlet unknown)" : c.article().outlet();
    }
}
