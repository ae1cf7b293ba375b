package io.headwater.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.headwater.Headwater;
import io.headwater.cli.Json;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval-provenance CORPUS_DIR --out PRED_DIR}: a provenance corpus through one fresh graph, for the scorer. */
@Command(name = "eval-provenance", mixinStandardHelpOptions = true,
        description = {"Ingests every page of a provenance corpus (cases.json and pages/<slug>.txt, as"
                + " ../shared/corpus/provenance-dev) into one fresh embedded graph, giving each page only its case's outlet"
                + " and url, and writes PRED_DIR/<slug>.json, the provenance as trace --json prints it, for"
                + " ../shared/tools/score_provenance.py.",
                "With --score, also prints the scorer's three figures (Java port)."})
public final class EvalProvenanceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CORPUS_DIR", description = "The corpus (holding cases.json and pages/).")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "PRED_DIR", description = "Where to write <slug>.json (created if absent).")
    Path out;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Keep the graph in this directory (must hold no database yet); default: a temporary one, deleted after.")
    Path db;

    @Option(names = "--score", description = "Print chains, sources P/R/F1 and report identity, as the Python scorer does.")
    boolean score;

    @Option(names = "--errors", description = "With --score, list every miss too.")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ProvenanceCorpus pages = ProvenanceCorpus.read(corpus);
        if (db != null && Files.isDirectory(db)) {
            try (Stream<Path> entries = Files.list(db)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("--db " + db + " is not empty: the evaluation needs a fresh graph; "
                            + "name a new directory or leave --db out");
                }
            }
        }
        Path dir = db != null ? db : Files.createTempDirectory("headwater-eval-provenance");
        Files.createDirectories(out);
        PrintWriter err = spec.commandLine().getErr();
        ProvenanceRun run;
        try (Headwater hw = Headwater.over(GraphConnection.open(new GraphSettings(null, null, null, "neo4j", dir, 0, -1)))) {
            run = ProvenanceRun.run(hw, pages);
        } finally {
            if (db == null) {
                WorkDirectories.delete(dir);
            }
        }
        for (var e : run.provenance().entrySet()) {
            Files.writeString(out.resolve(e.getKey() + ".json"), Json.write(e.getValue()));
        }
        run.failed().forEach((slug, reason) -> err.println("ERROR\t" + slug + "\t" + reason));
        err.printf("wrote %d of %d pages to %s%n", run.provenance().size(), pages.pages().size(), out);
        if (score) {
            ProvenanceScorer.Score s = ProvenanceScorer.score(corpus, run.provenance());
            PrintWriter o = spec.commandLine().getOut();
            if (errors) {
                o.print(s.errors());
            }
            o.print(s.table());
            o.flush();
        }
        return run.provenance().isEmpty() ? 1 : 0;
    }
}
