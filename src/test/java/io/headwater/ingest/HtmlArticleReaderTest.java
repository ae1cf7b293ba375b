package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Test
    void bodyKeepsTheStoryParagraphsInOrder() {
        Article article = HtmlFixtures.read("jsonld-article.html").article();

        assertThat(article.text())
                .startsWith("BRANDMOOR (Valley Courier) — The river council voted")
                .contains("Councillors backed the plan by nine votes to two")
                .contains("“We have waited five years")
                .endsWith("coming from the council’s reserve.");
        assertThat(article.text().indexOf("nine votes")).isLessThan(article.text().indexOf("restored lock"));
    }

    @Test
    void bodyLeavesOutPageFurniture() {
        String text = HtmlFixtures.read("jsonld-article.html").article().text();

        assertThat(text).doesNotContain("cookies", "Home", "Advertisement", "Related stories", "Floods close the weir",
                "Share on social media", "fished below that weir", "All rights reserved", "By Marta Lindqvist");
    }

    @Test
    void headlineIsNotRepeatedInTheBody() {
        Article article = HtmlFixtures.read("jsonld-article.html").article();

        assertThat(article.text()).doesNotContain("River council votes to reopen the old mill weir");
    }

    @Test
    void subheadingsAreMarkedAsHeadings() {
        Article article = HtmlFixtures.read("jsonld-article.html").article();

        assertThat(article.paragraphs())
                .filteredOn(p -> p.kind() == Paragraph.Kind.HEADING)
                .extracting(p -> p.span().in(article.text()))
                .containsExactly("What changes for boats");
    }

    @Test
    void paragraphSpansPointIntoTheTextAndAreSeparatedByBlankLines() {
        Article article = HtmlFixtures.read("jsonld-article.html").article();

        String rebuilt = String.join("\n\n", article.paragraphs().stream().map(p -> p.span().in(article.text())).toList());
        assertThat(rebuilt).isEqualTo(article.text());
    }

    @Test
    void datelineIsFoundAtTheStartOfTheBody() {
        assertThat(HtmlFixtures.read("jsonld-article.html").article().dateline()).isEqualTo("Brandmoor");
    }

    @Test
    void captionsAreKeptApartWithTheirCredits() {
        HtmlPage page = HtmlFixtures.read("figure-captions.html");

        assertThat(page.article().captions()).containsExactly(
                new Caption(null, "Pickers at work on the Hallberg farm on Monday.", "Lena Brandt/Valley Photo Agency"),
                new Caption(null, "Crates stacked for the cooperative's first shipment.", "Sam Oduya"));
        assertThat(page.article().text()).doesNotContain("Pickers at work", "Crates stacked");
    }

    @Test
    void captionCreditMarkedByClassIsSeparated() {
        assertThat(HtmlFixtures.read("jsonld-article.html").article().captions())
                .containsExactly(new Caption(null, "The weir seen from the footbridge in February.", "Photo: Ines Barros"));
    }

    @Test
    void truncatedPageStillGivesTheParagraphsItHas() {
        Article article = HtmlFixtures.read("truncated.html").article();

        assertThat(article.text()).startsWith("The island ferry will run an extra crossing")
                .contains("Season tickets bought before the change");
    }

    @Test
    void deeplyNestedTagsAreReadWithoutStackOverflow() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth)
                + "<p>The bottom of a very deep page still holds a sentence that is long enough to be read as an article.</p>"
                + "</div>".repeat(depth) + "</body></html>";

        Article article = reader.read(new RawDocument("deep.html", html.getBytes(StandardCharsets.UTF_8), null, null),
                ArticleMetadata.NONE);

        assertThat(article.text()).contains("The bottom of a very deep page");
    }

    @Test
    void pdfSavedAsHtmlIsRefusedWithItsFormatNamed() {
        assertThatThrownBy(() -> reader.read(HtmlFixtures.page("pdf-renamed.html"), ArticleMetadata.NONE))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("pdf-renamed.html is a PDF document, not an HTML page");
    }

    @Test
    void pageOverTheSizeLimitIsRefusedWithoutBeingParsed() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');

        assertThatThrownBy(() -> reader.read(new RawDocument("huge.html", huge, null, null), ArticleMetadata.NONE))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("huge.html is 50.0 MB, over the 10.0 MB limit");
    }

    @Test
    void pageWithoutTextIsRefused() {
        byte[] html = "<html><body><nav><a href='/'>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(new RawDocument("empty.html", html, null, null), ArticleMetadata.NONE))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("empty.html has no article text");
    }

    @Test
    void givenMetadataFillsWhatThePageDoesNotSay() {
        Article article = reader.read(HtmlFixtures.page("truncated.html"),
                new ArticleMetadata("Island Gazette", "https://gazette.example/ferry", "2021-05-01"));

        assertThat(article.outlet()).isEqualTo("Island Gazette");
        assertThat(article.url()).isEqualTo("https://gazette.example/ferry");
        assertThat(article.published()).isEqualTo("2021-05-01");
    }

    @Test
    void declaredValuesWinOverGivenOnes() {
        Article article = reader.read(HtmlFixtures.page("jsonld-article.html"),
                new ArticleMetadata("Someone Else", "https://elsewhere.example/", "2000-01-01"));

        assertThat(article.outlet()).isEqualTo("The Valley Courier");
        assertThat(article.published()).isEqualTo("2024-03-14T09:30+01:00");
    }

    @Test
    void declaredBodyReplacesATeaserWhenTheMarkupHoldsLittleOfIt() {
        String story = "The lock keepers voted on Monday to end their strike after the river authority agreed to hire"
                + " four more staff for the summer season.\\n\\nBoats that have waited at the lower gates since Friday"
                + " will be let through in the order they arrived, starting at six in the morning.\\n\\nThe union said"
                + " the agreement would be put to a ballot of all members next week, and that it expected the vote"
                + " to pass by a wide margin after three weeks of talks.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + story + "\"}</script></head><body><article><p>The lock keepers voted on Monday to end their strike"
                + " after the river authority agreed to hire more staff.</p><div id=\"app\"></div></article></body></html>";

        Article article = reader.read(new RawDocument("teaser.html", html.getBytes(StandardCharsets.UTF_8), null, null),
                ArticleMetadata.NONE);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.text()).contains("Boats that have waited", "put to a ballot");
    }
    private static final String STORY = "<p>The ferry company said on Tuesday that the morning crossing would run again from"
            + " the first of May, after two winters in which the route was closed for repairs to the pier.</p>"
            + "<p>Harbour staff have rebuilt the landing stage and the ticket office, and the new timetable adds a"
            + " second boat at weekends, when most of the island's visitors arrive.</p>"
            + "<p>The council, which owns the pier, paid for most of the work and expects the route to cover its"
            + " costs within five years if the number of passengers keeps rising as it did before the closure.</p>";

    private Article readHtml(String html) {
        return reader.read(new RawDocument("page.html", html.getBytes(StandardCharsets.UTF_8), null, null),
                ArticleMetadata.NONE);
    }

    @Test
    void theLeadPrintedBetweenHeadlineAndTextIsTheFirstParagraph() {
        Article article = readHtml("<html><body><div class=\"news\"><h1>Ferry returns to the island</h1>"
                + "<div class=\"teaser-text\"><p>After two winters without a morning boat, islanders will be able to"
                + " reach the mainland before work again from May.</p></div><span class=\"date\">12.03.2024</span>"
                + "<div class=\"news-text-wrap\">" + STORY + "</div></div><aside class=\"teaser\"><p>Another story"
                + " about the harbour that is printed beside this one and has nothing to do with the ferry.</p></aside>"
                + "</body></html>");

        assertThat(article.text()).startsWith("After two winters without a morning boat");
        assertThat(article.text()).contains("The ferry company said").doesNotContain("Another story");
    }

    @Test
    void headingsWithNothingAfterThemAreLeftOutAtTheEnd() {
        Article article = readHtml("<html><body><article><h1>Ferry returns to the island</h1>" + STORY
                + "<h3>More from the harbour</h3><p>Read also:</p></article></body></html>");

        assertThat(article.text()).endsWith("as it did before the closure.");
    }

    @Test
    void aBoxNamedLikeAWidgetThatHoldsTheStoryIsNotFurniture() {
        Article article = readHtml("<html><body><div class=\"widget Blog\"><div class=\"post-body\"><h1>Ferry returns"
                + " to the island</h1>" + STORY + "</div></div><div class=\"widget\"><p>Archive: March (4),"
                + " February (2)</p></div></body></html>");

        assertThat(article.text()).contains("The ferry company said", "cover its costs").doesNotContain("Archive");
    }

    @Test
    void noticesToTheReaderAfterTheLastParagraphAreLeftOut() {
        Article article = readHtml("<html><body><article><h1>Ferry returns to the island</h1>" + STORY
                + "<p>Sign up for our newsletter and never miss a crossing again.</p>"
                + "<p>© 2024 Island Post. Written permission is needed to reprint this story.</p></article></body></html>");

        assertThat(article.text()).endsWith("as it did before the closure.");
    }

    @Test
    void aLastParagraphThatMentionsANetworkIsStillText() {
        Article article = readHtml("<html><body><article><h1>Ferry returns to the island</h1>" + STORY
                + "<p>The captain has since set her Instagram account to private.</p></article></body></html>");

        assertThat(article.text()).endsWith("set her Instagram account to private.");
    }
}
