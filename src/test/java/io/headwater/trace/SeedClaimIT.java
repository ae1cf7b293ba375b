package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.SeedLines;
import io.headwater.TestArticles;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;

/**
 * The issue's own example on the founding seeds: pasting the "$50 million" sentence shows both outlets, WION
 * (dated) before IBTimes (undated), Yonhap's inferred story between them and the UN Panel of Experts' report
 * as the primary source.
 */
class SeedClaimIT {

    private static final Path SEEDS = SeedLines.SEEDS;
    private static final String WION = "000_9363e56cca82e286.txt";
    private static final String REPORT = "report:un-panel-of-experts-1874:2022-02";

    private static final Headwater hw = TestGraph.headwater();

    @BeforeAll
    static void ingestSeeds() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/corpus/seeds is absent (a user's clone): seed claim tests skipped");
        TestGraph.clear();
        hw.ingest(TestArticles.file(SEEDS.resolve("000_9363e56cca82e286.txt")), ArticleMetadata.NONE);
        hw.ingest(TestArticles.file(SEEDS.resolve("003_1cd5954b93557101.txt")), new ArticleMetadata("IBTimes Singapore", null, null));
    }

    private static void assertTheFiftyMillionStory(ClaimMatches found) {
        assertThat(found.items()).extracting(c -> c.article().outlet()).containsExactly("WION", "International Business Times");
        assertThat(found.earliest().article().outlet()).isEqualTo("WION");
        assertThat(found.primarySources()).first().satisfies(p -> {
            assertThat(p.key()).isEqualTo(REPORT);
            assertThat(p.label()).isEqualTo("Report");
            assertThat(p.carriers()).isEqualTo(2);
            assertThat(p.through()).extracting(Hop::label, Hop::key, Hop::inferred)
                    .containsExactly(tuple("Agency", "story:yonhap>" + REPORT, true));
        });
        assertThat(found.items()).allSatisfy(c -> assertThat(c.chains()).anySatisfy(chain ->
                assertThat(chain).extracting(Hop::key).startsWith(REPORT, "story:yonhap>" + REPORT)));
    }

    @Test
    void theQuotedSentenceAlone() {
        // the quotation alone: the paragraph without its opening mark, up to the end of what was quoted
        String quotation = SeedLines.lineUpTo(WION, "$50 million", ",\"").substring(1).replaceFirst(",\"$", "");
        assertTheFiftyMillionStory(hw.claims().find(quotation, 0, 20));
    }

    @Test
    void theWholeSentenceAsWionPrintsItWithIbtimesDifferencesShown() {
        ClaimMatches found = hw.claims().find(SeedLines.lineWith(WION, "$50 million"), 0, 20);
        assertTheFiftyMillionStory(found);
        assertThat(found.items().get(0).holds()).isEqualTo(1.0);
        ClaimCarrier ibt = found.items().get(1);
        assertThat(ibt.holds()).isBetween(0.8, 0.99);
        assertThat(ibt.difference()).contains("−a report by", "+panel of");
    }

    @Test
    void aQuoteWordedDifferentlyFindsBothWordings() {
        // WION's wording of the quote, its quotation marks dropped, up to the quote's last words
        ClaimMatches found = hw.claims().find(
                SeedLines.lineUpTo(WION, "missile forces", "missile forces").replaceAll("[\"“”]", ""), 0, 20);
        assertThat(found.items()).extracting(c -> c.article().outlet()).containsExactly("WION", "International Business Times");
        assertThat(found.items().get(1).difference()).contains("−North Korea also +DPRK");
    }
}
