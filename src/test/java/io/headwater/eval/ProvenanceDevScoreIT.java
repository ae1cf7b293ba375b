package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.headwater.TestGraph;
import io.headwater.trace.Provenance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole-pipeline guard: the 44 real pages of ../shared/corpus/provenance-dev, ingested into one fresh graph as
 * {@code eval-provenance} does, must keep each figure of docs/evaluation.md's provenance table within 0.02, scored
 * by the Java port of the shared scorer. When python3 is on the path, the port is also checked against the shared
 * scorer itself on the same predictions. Skipped when ../shared is absent.
 */
class ProvenanceDevScoreIT {

    private static final Path CORPUS = Path.of("../shared/corpus/provenance-dev");
    private static final Path SCORER = Path.of("../shared/tools/score_provenance.py");
    private static final Path DOC = Path.of("docs/evaluation.md");
    private static final String SECTION = "## Provenance on real news (provenance-dev)";
    private static final double TOLERANCE = 0.02;

    private static ProvenanceRun run;
    private static ProvenanceScorer.Score score;

    @BeforeAll
    static void runTheCorpus() {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/provenance-dev is absent: the provenance guard is skipped");
        TestGraph.clear();
        run = ProvenanceRun.run(TestGraph.headwater(), ProvenanceCorpus.read(CORPUS));
        score = ProvenanceScorer.score(CORPUS, run.provenance());
    }

    /** The recorded figures, by row name, from the section's table. */
    static Map<String, Double> recorded(String markdown) {
        int from = markdown.indexOf(SECTION);
        assertThat(from).as("docs/evaluation.md has a section '%s'", SECTION).isNotNegative();
        int to = markdown.indexOf("\n## ", from + SECTION.length());
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : markdown.substring(from, to < 0 ? markdown.length() : to).split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length == 3 && cells[2].strip().matches("\\d\\.\\d{3}") && !out.containsKey(cells[1].strip())) {
                out.put(cells[1].strip(), Double.parseDouble(cells[2].strip()));
            }
        }
        return out;
    }

    @Test
    void everyPageIsRead() {
        assertThat(run.failed()).isEmpty();
        assertThat(run.provenance()).hasSize(score.pages());
    }

    @Test
    void figuresStayAtTheRecordedLevel() throws IOException {
        Map<String, Double> recorded = recorded(Files.readString(DOC));
        Map<String, Double> now = Map.of("chains right", score.chains(), "sources precision", score.sources().precision(),
                "sources recall", score.sources().recall(), "sources F1", score.sources().f1(),
                "report identity F1", score.reportIdentity().f1());
        assertThat(recorded.keySet()).containsExactlyInAnyOrderElementsOf(now.keySet());
        for (var e : recorded.entrySet()) {
            assertThat(now.get(e.getKey())).as("%s (recorded %.3f)%n%s%s", e.getKey(), e.getValue(), score.table(), score.errors())
                    .isGreaterThanOrEqualTo(e.getValue() - TOLERANCE);
        }
    }

    @Test
    void theJavaPortScoresAsTheSharedScorer(@TempDir Path predictions) throws Exception {
        assumeTrue(Files.isRegularFile(SCORER) && python3(), "python3 is not on the path: the port is not cross-checked");
        JsonMapper json = JsonMapper.builder().build();
        for (Map.Entry<String, Provenance> e : run.provenance().entrySet()) {
            Files.writeString(predictions.resolve(e.getKey() + ".json"), json.writeValueAsString(e.getValue()));
        }
        Process p = new ProcessBuilder("python3", SCORER.toString(), CORPUS.toString(), predictions.toString(), "--json")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        JsonNode py = json.readTree(out);
        assertThat(py.get("chains").asDouble()).isCloseTo(score.chains(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(py.get("sources").get("precision").asDouble()).isCloseTo(score.sources().precision(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(py.get("sources").get("recall").asDouble()).isCloseTo(score.sources().recall(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(py.get("report_identity").get("f1").asDouble()).isCloseTo(score.reportIdentity().f1(), org.assertj.core.data.Offset.offset(1e-9));
    }

    private static boolean python3() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
