package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlainTextArticleReaderTest {

    private final PlainTextArticleReader reader = new PlainTextArticleReader();

    private static final String PAGE = """
            ugc_banner

            Harbour pilots strike over new shift rules

            Harbour Times Web Desk
            LisbonUpdated: Mar 14, 2024, 09:20 AM GMT
            main img
            Pilots at the quay. Photograph:(Reuters)

            Story highlights

            Pilots walked out on Monday, the union said

            Harbour pilots walked out on Monday over new shift rules, the union said.

            Talks Stall

            "We were never consulted," a pilot told reporters.

            (With inputs from agencies)
            """;

    @Test
    void readsHeaderFields() {
        Article a = reader.read(PAGE, ArticleMetadata.NONE, "page.txt");
        assertThat(a.headline()).isEqualTo("Harbour pilots strike over new shift rules");
        assertThat(a.byline()).isEqualTo("Harbour Times Web Desk");
        assertThat(a.dateline()).isEqualTo("Lisbon");
        assertThat(a.published()).isEqualTo("2024-03-14T09:20Z");
    }

    @Test
    void takesTheOutletFromADeskByline() {
        assertThat(reader.read(PAGE, ArticleMetadata.NONE, "page.txt").outlet()).isEqualTo("Harbour Times");
    }

    @Test
    void dropsFurnitureButKeepsEveryLineOfText() {
        Article a = reader.read(PAGE, ArticleMetadata.NONE, "page.txt");
        assertThat(a.text()).doesNotContain("ugc_banner", "main img", "Story highlights");
        assertThat(a.text()).contains("Harbour pilots walked out on Monday", "We were never consulted",
                "(With inputs from agencies)");
    }

    @Test
    void keepsHighlightsAndCaptionsOutOfTheBody() {
        Article a = reader.read(PAGE, ArticleMetadata.NONE, "page.txt");
        assertThat(a.highlights()).containsExactly("Pilots walked out on Monday, the union said");
        assertThat(a.captions()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Pilots at the quay.");
            assertThat(c.credit()).isEqualTo("Reuters");
        });
        assertThat(a.text()).doesNotContain("Pilots at the quay");
    }

    @Test
    void marksSubheadings() {
        Article a = reader.read(PAGE, ArticleMetadata.NONE, "page.txt");
        assertThat(a.paragraphs()).filteredOn(p -> p.kind() == Paragraph.Kind.HEADING)
                .extracting(p -> p.span().in(a.text())).containsExactly("Talks Stall");
    }

    @Test
    void paragraphSpansPointIntoTheText() {
        Article a = reader.read(PAGE, ArticleMetadata.NONE, "page.txt");
        assertThat(a.paragraphs().get(0).span().in(a.text()))
                .isEqualTo("Harbour pilots walked out on Monday over new shift rules, the union said.");
    }

    @Test
    void readsTitleAndCreditCaptionPairsBetweenParagraphs() {
        String text = """
                Storm closes port

                The port closed on Friday, officials said.

                Waves at the pier
                Waves at the pier (Representational picture) Pixabay

                Ferries will resume on Sunday.
                """;
        Article a = reader.read(text, ArticleMetadata.NONE, "t");
        assertThat(a.captions()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Waves at the pier");
            assertThat(c.credit()).isEqualTo("Pixabay");
        });
        assertThat(a.text()).doesNotContain("Waves at the pier");
    }

    @Test
    void callerMetadataFillsWhatTheTextDoesNotSay() {
        Article a = reader.read("Storm closes port\n\nThe port closed on Friday.\n",
                new ArticleMetadata("Coastal Ledger", "https://example.org/a", "2024-03-15"), "t");
        assertThat(a.outlet()).isEqualTo("Coastal Ledger");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.published()).isEqualTo("2024-03-15");
    }

    @Test
    void textBeatsCallerMetadata() {
        Article a = reader.read(PAGE, new ArticleMetadata("Other Outlet", null, "2020-01-01"), "t");
        assertThat(a.outlet()).isEqualTo("Harbour Times");
        assertThat(a.published()).startsWith("2024-03-14");
    }

    @Test
    void joinsHardWrappedLines() {
        Article a = reader.read("Headline here\n\nThe port closed on Friday after a\nstorm damaged the pier.\n",
                ArticleMetadata.NONE, "t");
        assertThat(a.text()).isEqualTo("The port closed on Friday after a storm damaged the pier.");
    }

    @Test
    void takesADatelineFromTheFirstParagraph() {
        Article a = reader.read("Headline\n\nSEOUL, Feb. 6 (Yonhap) -- North Korea fired a missile.\n",
                ArticleMetadata.NONE, "t");
        assertThat(a.dateline()).isEqualTo("Seoul");
    }

    @Test
    void sameTextGivesTheSameIdWhateverTheLineEndings() {
        Article unix = reader.read("Headline\n\nOne paragraph.\n\nAnother one.\n", ArticleMetadata.NONE, "a");
        Article windows = reader.read("Headline\r\n\r\nOne paragraph.\r\n\r\nAnother one.\r\n", ArticleMetadata.NONE, "b");
        assertThat(windows.id()).isEqualTo(unix.id());
    }

    @Test
    void refusesAnInputWithOnlyFurniture() {
        assertThatThrownBy(() -> reader.read("ugc_banner\n\nmain img\n", ArticleMetadata.NONE, "f.txt"))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("no article text");
    }

    @Test
    void aFirstLineThatIsAlreadyTheStoryIsNoHeadline() {
        Article a = reader.read("LISBON (AP) — Harbour pilots walked out on Monday, the union said.\n\nTalks resume on Friday.\n",
                ArticleMetadata.NONE, "t");
        assertThat(a.headline()).isNull();
        assertThat(a.text()).startsWith("LISBON (AP) — Harbour pilots walked out");
        assertThat(reader.read("Harbour pilots walked out on Monday over the new rules.\n\nTalks resume on Friday.\n",
                ArticleMetadata.NONE, "t").headline()).isNull();
    }

    @Test
    void aShortTitleWithoutFinalStopIsTheHeadline() {
        assertThat(reader.read("PORTO: Pilots vow to strike again\n\nPilots said on Monday they would strike.\n",
                ArticleMetadata.NONE, "t").headline()).isEqualTo("PORTO: Pilots vow to strike again");
    }

    @Test
    void anArchiveDateStampGivesTheDateAndLeavesTheFirstParagraph() {
        Article a = reader.read("date 2024-03-14 LISBON — Harbour pilots walked out on Monday, the union said.\n",
                ArticleMetadata.NONE, "t");
        assertThat(a.published()).isEqualTo("2024-03-14");
        assertThat(a.headline()).isNull();
        assertThat(a.text()).isEqualTo("LISBON — Harbour pilots walked out on Monday, the union said.");
    }

    @Test
    void furnitureAboveTheHeadlineIsSkipped() {
        Article a = reader.read("""
                Accessibility links
                PortNews.com
                Home / World / Harbour pilots strike over shift rules
                Harbour pilots walked out on Monday, the union said.
                """, ArticleMetadata.NONE, "t");
        assertThat(a.headline()).isEqualTo("Harbour pilots strike over shift rules");
        assertThat(a.text()).isEqualTo("Harbour pilots walked out on Monday, the union said.");
    }

    @Test
    void wirePhotoCaptionsBetweenParagraphsAreCaptions() {
        Article a = reader.read("""
                Pilots strike

                Pilots gather at the quay in Lisbon, Portugal, March 11, 2024. REUTERS/Ana Lopes

                LISBON (Reuters) - Harbour pilots walked out on Monday, the union said.
                """, ArticleMetadata.NONE, "t");
        assertThat(a.captions()).singleElement().satisfies(c -> assertThat(c.credit()).isEqualTo("REUTERS/Ana Lopes"));
        assertThat(a.text()).startsWith("LISBON (Reuters)");
    }

    @Test
    void theStoryEndsWhereThePageCutsItShort() {
        Article a = reader.read("""
                Pilots strike

                Pilots walked out on Monday, the union said....continue reading

                Ferry Times - Mar 10
                The mayor opened a new bridge, officials said.
                """, ArticleMetadata.NONE, "t");
        assertThat(a.text()).isEqualTo("Pilots walked out on Monday, the union said.");
    }
}
