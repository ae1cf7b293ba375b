package io.headwater.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.report.ReportFormat;
import io.headwater.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report ID} or {@code report --source KEY}: a provenance report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a provenance report of an article, or of a source.",
                "An article's report gives its chains, attributions and credits; with --source, a source's report gives every "
                        + "article derived from it, through whom, when."})
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT",
            description = "md, html (self-contained), json, prov-json or prov-n (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--source", description = "Treat the argument as a source key (e.g. report:un-panel-of-experts-1874:2022-02).")
    boolean source;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path outFile;

    @Parameters(paramLabel = "ID", description = "Article id, or source key with --source.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ReportFormat f = ReportFormat.parse(format);
        try (Headwater hw = Headwater.open(graph.readOnlyGraph(), graph.reuseIndex())) {
            Reports reports = new Reports();
            Optional<String> text = source
                    ? hw.tracer().lineage(id).map(s -> reports.render(s, f))
                    : hw.tracer().provenance(id).map(p -> reports.render(p, f));
            if (text.isEmpty()) {
                spec.commandLine().getErr().println(source ? "no source with key " + id : "no article with id " + id);
                return 3;
            }
            if (outFile != null) {
                Files.writeString(outFile, text.get(), StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("wrote " + outFile);
            } else {
                spec.commandLine().getOut().println(text.get());
            }
            return 0;
        }
    }
}
