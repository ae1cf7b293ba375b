package io.headwater.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.headwater.ingest.SavedPageExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract-text --out PRED.json DIR}: main text and metadata of saved pages, as ingest reads them. */
@Command(name = "extract-text", mixinStandardHelpOptions = true,
        description = {"Writes the main text and metadata of saved HTML pages, for the extraction scorers.",
                "Reads every page of DIR (plain or gzipped HTML) with the reader ingest uses and writes {id: {articleBody, "
                        + "headline, authors, published, publisher, url, language}}, the id being the file name without its "
                        + "extensions, as ../shared/tools/score_extraction.py and score_pages.py read it.",
                "With --benchmark, times the reader against Jsoup's parse alone on the same pages instead."})
public final class ExtractTextCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "PRED.json", description = "Where to write the predictions.")
    Path out;

    @Option(names = "--benchmark", description = "Measure pages/s of the reader and of Jsoup's parse + text() in one run.")
    boolean benchmark;

    @Option(names = "--rounds", defaultValue = "10", description = "Timed rounds for --benchmark (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Parameters(paramLabel = "DIR", description = "Directory of saved pages.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory of saved pages");
        }
        if (benchmark) {
            ResearchCommands research = HeadwaterCommand.research()
                    .orElseThrow(() -> new IllegalArgumentException("--benchmark needs the evaluation tools, which this build leaves out"));
            spec.commandLine().getOut().println(research.benchmarkPageReader(dir, rounds));
            return 0;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out PRED.json is required (or use --benchmark)");
        }
        int failed = new SavedPageExtraction().writePredictions(dir, out);
        spec.commandLine().getErr().println("wrote " + out + (failed > 0 ? " (" + failed + " pages unreadable)" : ""));
        return 0;
    }
}
