package io.headwater.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.HeadwaterSettings;
import io.headwater.IngestPipeline;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.Deadline;
import io.headwater.ingest.BatchProgress;
import io.headwater.ingest.DocumentSource;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.Manifest;
import io.headwater.ingest.PublicationDateParser;
import io.headwater.ingest.RawDocument;
import io.headwater.ingest.SourceEvents;
import io.headwater.ingest.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest PATH...}: reads articles from files, directories, WARC archives or URLs into the graph and exits. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles into the graph, one transaction each.",
                "Reads plain-text and HTML files (gzipped ones too), directories (recursively), WARC archives and http(s) URLs, "
                        + "or the documents a --manifest lists.",
                "Prints ID<TAB>PATH<TAB>HEADLINE per article and ERROR<TAB>PATH<TAB>reason per failed input, one line each: "
                        + "a backslash, tab or line break in a path is written \\\\, \\t, \\n or \\r.",
                "Progress and a summary go to standard error. Exits non-zero only when nothing could be ingested."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Mixin
    ArticleBudgetOption budget = new ArticleBudgetOption();

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of the given articles when their text does not name it.")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "Address of the given article when its text does not say.")
    String url;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (ISO-8601) when the text does not say.")
    String published;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + TextDecoder.DEFAULT_MAX_BYTES,
            description = "Largest document accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = HeadwaterSettings.DEFAULT_FETCH_TIMEOUT,
            description = "Time allowed for fetching one URL, redirects and the whole body included (default: ${DEFAULT-VALUE}).")
    double fetchTimeoutSeconds;

    @Option(names = "--allow-private", description = "Allow fetching URLs on loopback, private or link-local addresses.")
    boolean allowPrivate;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads reading, extracting and resolving articles (default: one per core); the graph write "
                    + "stays one article at a time, in input order.")
    Integer threads;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "JSON Lines or CSV listing documents (path or url) with their outlet, url and published date; "
                    + "what it says about a document wins over --outlet, --url and --published.")
    Path manifest;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, directories, WARC files (.warc, .warc.gz) or http(s) URLs.")
    List<String> inputs = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleMetadata given = new ArticleMetadata(outlet, url, publishedOption());
        // Read the whole manifest before touching the graph: a bad line stops the run with nothing written.
        List<Manifest.Entry> listed = manifest == null ? List.of() : Manifest.read(manifest).entries();
        if (listed.isEmpty() && inputs.isEmpty()) {
            throw new IllegalArgumentException("name what to ingest: PATH or URL arguments, or --manifest FILE");
        }
        HeadwaterSettings settings = graph.settings(0, -1, budget.seconds, fetchTimeoutSeconds);
        DocumentSource source = new DocumentSource(maxBytes, settings.fetchPolicy("--fetch-timeout", allowPrivate));
        BatchProgress progress = new BatchProgress("ingest", line -> {
            err.println(line);
            err.flush();
        }, Duration.ofSeconds(2), System::nanoTime, false);
        int[] created = new int[3];
        SourceEvents events = new SourceEvents() {
            @Override
            public void failed(String origin, String reason) {
                out.println("ERROR\t" + field(origin) + "\t" + oneLine(reason));
                out.flush();
                progress.failed(origin, reason);
            }

            @Override
            public void skipped(String origin, String reason) {
                progress.skipped(origin, reason);
            }
        };
        if (threads == null) {
            threads = IngestPipeline.defaultThreads();
        } else if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1 (got " + threads + ")");
        }
        try (Headwater hw = Headwater.open(settings.graph("--uri"), settings.reuseIndex(), settings.articleBudget("--article-budget"))) {
            var reconciled = hw.reconcileReuseIndex();
            if (reconciled.changed()) {
                err.println("reuse index was behind the graph: " + reconciled);
            }
            IngestPipeline.Outcomes outcomes = new IngestPipeline.Outcomes() {
                @Override
                public void ingested(RawDocument document, Headwater.IngestResult r, Deadline deadline) {
                    out.println(r.id() + "\t" + field(document.origin()) + "\t" + oneLine(r.headline()));
                    out.flush();
                    created[r.created() ? 0 : 1]++;
                    if (!r.filledIn().isEmpty()) {
                        created[2]++;
                        err.println(r.id() + " was in the graph already; filled in its " + String.join(", ", r.filledIn()));
                    }
                    progress.succeeded();
                }

                @Override
                public void failed(RawDocument document, InvalidArticleException error, Deadline deadline) {
                    events.failed(document.origin(), error.getMessage());
                }
            };
            try (IngestPipeline pipeline = new IngestPipeline(hw, threads, budget.budget(), outcomes)) {
                SourceEvents inTurn = new SourceEvents() {
                    @Override
                    public void failed(String origin, String reason) {
                        pipeline.inOrder(() -> events.failed(origin, reason));
                    }

                    @Override
                    public void skipped(String origin, String reason) {
                        pipeline.inOrder(() -> events.skipped(origin, reason));
                    }
                };
                for (Manifest.Entry entry : listed) {
                    ArticleMetadata described = entry.metadata().orElse(given);
                    source.read(List.of(entry.location()), document -> pipeline.submit(document, described), inTurn);
                }
                source.read(inputs, document -> pipeline.submit(document, given), inTurn);
                pipeline.finish();
            }
            progress.finish();
            err.printf("ingested %d new, %d already in the graph%s, %d failed%n", created[0], created[1],
                    created[2] == 0 ? "" : " (" + created[2] + " with details filled in)", progress.failedCount());
            return progress.succeededCount() > 0 ? 0 : 1;
        }
    }

    private String publishedOption() {
        if (published == null) {
            return null;
        }
        return PublicationDateParser.parse(published).orElseThrow(() -> new IllegalArgumentException(
                "--published: cannot read '" + published + "' as a date; use ISO-8601 such as 2022-02-06"));
    }

    /**
     * A path or URL as one field of a tab-separated line, reversibly: a file may be named with a tab or a line break
     * in it, and a script splitting the output must still get one line per input.
     */
    static String field(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
