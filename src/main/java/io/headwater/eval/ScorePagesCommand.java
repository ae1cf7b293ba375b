package io.headwater.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.headwater.eval.WebPageScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code score-pages TRUTH PRED}: web-pages-dev's figures, and with {@code --errors} the misses of one field by kind. */
@Command(name = "score-pages", mixinStandardHelpOptions = true,
        description = {"Scores extract-text output against web-pages-dev's ground-truth.json as score_pages.py does.",
                "The scorer is ../shared/tools/score_pages.py. With --errors date|author|headline|body, lists that field's misses "
                        + "with their kind, then counts them by kind (largest first)."})
public final class ScorePagesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TRUTH.json", description = "The corpus's ground-truth.json.")
    Path truth;

    @Parameters(index = "1", paramLabel = "PRED.json", description = "What extract-text --out wrote.")
    Path predicted;

    @Option(names = "--errors", paramLabel = "FIELD", description = "date, author, headline or body (segments): list and count its misses.")
    String errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {truth, predicted}) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p + " is not a file (give TRUTH.json and PRED.json)");
            }
        }
        WebPageScore.Field field = errors == null ? null : WebPageScore.Field.named(errors);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode gold = json.readTree(truth.toFile());
        JsonNode pred = json.readTree(predicted.toFile());
        WebPageScore.Result result = WebPageScore.score(gold, pred);
        PrintWriter out = spec.commandLine().getOut();
        if (field != null) {
            for (WebPageScore.Miss m : result.misses()) {
                if (m.field() == field) {
                    out.printf("  miss\t%s\t%s\t%s\t%s%n", m.id(), m.kind(), m.truth(), m.predicted());
                }
            }
            out.println();
            out.println("| kind of " + errors + " miss | " + (field == WebPageScore.Field.BODY ? "segments" : "pages") + " |");
            out.println("|---|---:|");
            for (Map.Entry<String, Integer> k : result.kinds(field).entrySet()) {
                out.println("| " + k.getKey() + " | " + k.getValue() + " |");
            }
            out.println();
        }
        out.println(result.summary());
        return 0;
    }
}
