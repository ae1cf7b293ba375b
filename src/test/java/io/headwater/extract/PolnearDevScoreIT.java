package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.headwater.eval.brat.AnnotatedCorpus;
import io.headwater.eval.brat.AttributionEvaluation;
import io.headwater.eval.brat.AttributionScorer;

/**
 * The quality guard: the shipped extractor, run over PolNeAR's dev compartment and scored like the shared
 * scorer does, must stay within 0.01 of every F1 that docs/evaluation.md records, so quality cannot slip
 * silently. Skipped when ../shared (and so the corpus) is absent.
 */
class PolnearDevScoreIT {

    private static final Path DEV = Path.of("../shared/corpus/polnear/dev");
    private static final Path DOC = Path.of("docs/evaluation.md");
    private static final String SECTION = "## Attribution extraction (PolNeAR dev)";
    private static final double TOLERANCE = 0.01;

    /** Recorded exact and overlap F1 per row, from the first table of the section. */
    static Map<String, double[]> recorded(String markdown) {
        int from = markdown.indexOf(SECTION);
        assertThat(from).as("docs/evaluation.md has a section '%s'", SECTION).isNotNegative();
        int to = markdown.indexOf("\n## ", from + SECTION.length());
        String section = markdown.substring(from, to < 0 ? markdown.length() : to);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 8) {
                continue;
            }
            String row = cells[1].strip().replace("*", "");
            if (AttributionScorer.ROWS.contains(row) && !out.containsKey(row)) {
                out.put(row, new double[] {Double.parseDouble(cells[4].strip()), Double.parseDouble(cells[7].strip())});
            }
        }
        return out;
    }

    @Test
    void devScoresStayAtTheRecordedFigures() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "../shared/corpus/polnear/dev is absent: the PolNeAR quality guard is skipped");
        Map<String, double[]> recorded = recorded(Files.readString(DOC));
        assertThat(recorded.keySet()).containsExactlyElementsOf(AttributionScorer.ROWS);
        List<AnnotatedCorpus.Article> dev = AnnotatedCorpus.read(DEV);
        AttributionScorer score = AttributionEvaluation.score(AttributionExtractor.standard(), dev);
        for (String row : AttributionScorer.ROWS) {
            double exact = score.tally(row).score(true).f1();
            double overlap = score.tally(row).score(false).f1();
            assertThat(exact).as("%s exact F1 (recorded %.3f)%n%s", row, recorded.get(row)[0], score.table())
                    .isGreaterThanOrEqualTo(recorded.get(row)[0] - TOLERANCE);
            assertThat(overlap).as("%s overlap F1 (recorded %.3f)%n%s", row, recorded.get(row)[1], score.table())
                    .isGreaterThanOrEqualTo(recorded.get(row)[1] - TOLERANCE);
        }
    }
}
