package io.headwater.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.report.MarkdownReport;
import io.headwater.trace.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report ID}: an article's provenance report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes an article's provenance report (Markdown with a Mermaid diagram, or JSON).")
public final class ReportCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { md, json }

    @Mixin
    GraphOptions graph;

    @Option(names = "--format", defaultValue = "md", description = "md or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path outFile;

    @Parameters(paramLabel = "ID", description = "Article id.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Headwater hw = Headwater.open(graph.settings(0, -1))) {
            var found = hw.tracer().provenance(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("no article with id " + id);
                return 3;
            }
            Provenance p = found.get();
            String text = format == Format.md ? new MarkdownReport().render(p) : Json.write(p);
            if (outFile != null) {
                Files.writeString(outFile, text, StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("wrote " + outFile);
            } else {
                PrintWriter out = spec.commandLine().getOut();
                out.println(text);
            }
            return 0;
        }
    }
}
