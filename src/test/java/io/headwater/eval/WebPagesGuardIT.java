package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.headwater.ingest.ArticleReaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the metadata and main text read from real pages: runs the reader ingest uses over web-pages-dev and
 * fails when date, author, headline or body F1 falls more than 0.01 below the figures in {@code docs/evaluation.md}.
 */
class WebPagesGuardIT {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "web-pages-dev");
    private static final Path EVALUATION = Path.of("docs", "evaluation.md");
    private static final String SECTION = "## Metadata and main text of real pages (web-pages-dev)";
    /** "| **Headwater** ... | date | author | headline | body P | body R | body F1 |". */
    private static final Pattern OUR_ROW = Pattern.compile(
            "(?m)^\\|\\s*\\*\\*Headwater[^|]*\\|\\s*([0-9.]+)\\s*\\|\\s*([0-9.]+)\\s*\\|\\s*([0-9.]+)\\s*\\|\\s*([0-9.]+)\\s*\\|\\s*([0-9.]+)\\s*\\|\\s*([0-9.]+)\\s*\\|");

    record Recorded(double date, double author, double headline, double bodyF1) {
    }

    static Recorded recorded(String evaluation) {
        int section = evaluation.indexOf(SECTION);
        assertThat(section).as("docs/evaluation.md has a section \"%s\"", SECTION).isNotNegative();
        Matcher m = OUR_ROW.matcher(evaluation.substring(section));
        assertThat(m.find()).as("the section has a table row starting with | **Headwater and six figures").isTrue();
        return new Recorded(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(6)));
    }

    @Test
    void recordedFiguresAreReadFromTheTable() {
        String doc = "# E\n\n" + SECTION + "\n\n| reader | date | author | headline | P | R | F1 |\n|---|---|---|---|---|---|---|\n"
                + "| before | 0.1 | 0.1 | 0.1 | 0.1 | 0.1 | 0.1 |\n| **Headwater** HtmlArticleReader | 0.880 | 0.626 | 0.842 | 0.9 | 0.91 | 0.905 |\n";

        assertThat(recorded(doc)).isEqualTo(new Recorded(0.880, 0.626, 0.842, 0.905));
    }

    @Test
    void figuresStayWithinOneHundredthOfTheRecordedOnes() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("html")),
                "skipped: ../shared/corpus/web-pages-dev is absent (the shared corpora sit beside the project)");
        Recorded recorded = recorded(Files.readString(EVALUATION));
        JsonNode truth = JsonMapper.builder().build().readTree(CORPUS.resolve("ground-truth.json").toFile());
        BodyExtractionRun run = new BodyExtractionRun(ArticleReaders.defaults().html(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        WebPageScore.Result result = WebPageScore.score(truth, run.predict(CORPUS.resolve("html")).pages());

        String against = "%s on web-pages-dev against %.3f recorded in docs/evaluation.md";
        assertThat(result.rate(WebPageScore.Field.DATE)).as(against, "date right", recorded.date())
                .isGreaterThanOrEqualTo(recorded.date() - 0.01);
        assertThat(result.rate(WebPageScore.Field.AUTHOR)).as(against, "author right", recorded.author())
                .isGreaterThanOrEqualTo(recorded.author() - 0.01);
        assertThat(result.rate(WebPageScore.Field.HEADLINE)).as(against, "headline right", recorded.headline())
                .isGreaterThanOrEqualTo(recorded.headline() - 0.01);
        assertThat(result.f1()).as(against, "body F1", recorded.bodyF1())
                .isGreaterThanOrEqualTo(recorded.bodyF1() - 0.01);
    }
}
