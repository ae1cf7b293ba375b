package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards main-text extraction quality: runs the reader over the shared extraction benchmark and fails
 * when body F1 falls more than 0.01 below the figure recorded in {@code docs/evaluation.md}.
 */
class HtmlExtractionGuardIT {

    private static final Path BENCHMARK = Path.of("..", "shared", "corpus", "extraction-benchmark");
    private static final Path EVALUATION = Path.of("docs", "evaluation.md");
    /** The row of our reader in the main-text table: "| **Headwater** ... | F1 | ...". */
    private static final Pattern OUR_ROW = Pattern.compile("(?m)^\\|\\s*\\*\\*Headwater[^|]*\\|\\s*([0-9.]+)\\s*\\|");

    static double recordedF1(String evaluation) {
        int section = evaluation.indexOf("## Main-text extraction (HTML)");
        assertThat(section).as("docs/evaluation.md has a section \"## Main-text extraction (HTML)\"").isNotNegative();
        Matcher m = OUR_ROW.matcher(evaluation.substring(section));
        assertThat(m.find()).as("the section has a table row starting with | **Headwater").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void recordedFigureIsReadFromTheTable() {
        String doc = "# E\n\n## Main-text extraction (HTML)\n\n| extractor | F1 |\n| --- | --- |\n| **Headwater** HtmlArticleReader | 0.961 | 0.9 |\n";

        assertThat(recordedF1(doc)).isEqualTo(0.961);
    }

    @Test
    void bodyF1StaysWithinOneHundredthOfTheRecordedFigure() throws IOException {
        assumeTrue(Files.isDirectory(BENCHMARK.resolve("html")),
                "skipped: ../shared/corpus/extraction-benchmark is absent (the shared corpora sit beside the project)");
        double recorded = recordedF1(Files.readString(EVALUATION));
        JsonNode truth = JsonMapper.builder().build().readTree(BENCHMARK.resolve("ground-truth.json").toFile());
        HtmlArticleReader reader = ArticleReaders.defaults().html();

        List<ShingleScore.Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : truth.properties()) {
            Path file = BENCHMARK.resolve("html").resolve(entry.getKey() + ".html.gz");
            List<String> body = new ArrayList<>();
            new DocumentSource().read(List.of(file.toString()),
                    d -> body.add(reader.read(d, ArticleMetadata.NONE).text()), SourceEvents.IGNORE);
            pages.add(ShingleScore.compare(entry.getValue().path("articleBody").asString(""),
                    body.isEmpty() ? "" : body.get(0)));
        }
        ShingleScore.Result result = ShingleScore.summarise(pages);

        assertThat(result.f1())
                .as("body F1 on %d benchmark pages (P %.3f, R %.3f) against %.3f recorded in docs/evaluation.md",
                        pages.size(), result.precision(), result.recall(), recorded)
                .isGreaterThanOrEqualTo(recorded - 0.01);
    }
}
