package io.headwater.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.InputFiles;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.PublicationDateParser;
import io.headwater.ingest.RawDocument;
import io.headwater.ingest.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest PATH...}: reads article files or directories into the graph and exits. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (plain text copied from pages) into the graph, one transaction each.",
                "Prints ID<TAB>PATH<TAB>HEADLINE per article and ERROR<TAB>PATH<TAB>reason per failed input;",
                "exits non-zero only when nothing could be ingested."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of the given articles when their text does not name it.")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "Address of the given article when its text does not say.")
    String url;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (ISO-8601) when the text does not say.")
    String published;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + TextDecoder.DEFAULT_MAX_BYTES,
            description = "Largest article file accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories (searched recursively).")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleMetadata given = new ArticleMetadata(outlet, url, publishedOption());
        List<Path> files = InputFiles.expand(paths);
        if (files.isEmpty()) {
            err.println("no article files found in " + paths + " (looked for .txt, .html and .gz files)");
            return 2;
        }
        try (Headwater hw = Headwater.open(graph.settings(0, -1), graph.reuseIndex())) {
            BatchReport report = new BatchReport(err, files.size());
            for (Path file : files) {
                try {
                    RawDocument doc = InputFiles.read(file, maxBytes);
                    Headwater.IngestResult r = hw.ingest(doc, given);
                    out.println(r.id() + "\t" + file + "\t" + oneLine(r.headline()));
                    report.ok(r.created());
                } catch (InvalidArticleException e) {
                    out.println("ERROR\t" + file + "\t" + oneLine(e.getMessage()));
                    report.failed();
                }
                out.flush();
            }
            report.finish();
            return report.succeeded() > 0 ? 0 : 1;
        }
    }

    private String publishedOption() {
        if (published == null) {
            return null;
        }
        return PublicationDateParser.parse(published).orElseThrow(() -> new IllegalArgumentException(
                "--published: cannot read '" + published + "' as a date; use ISO-8601 such as 2022-02-06"));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
