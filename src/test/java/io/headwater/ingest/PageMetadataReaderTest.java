package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMetadataReaderTest {

    @Test
    void jsonLdDeclarationWinsOverOpenGraph() {
        PageMetadata m = HtmlFixtures.read("jsonld-article.html").metadata();

        assertThat(m.headline()).isEqualTo("River council votes to reopen the old mill weir");
        assertThat(m.authors()).containsExactly("Marta Lindqvist", "Owen Achterberg");
        assertThat(m.published()).isEqualTo("2024-03-14T09:30+01:00");
        assertThat(m.modified()).isEqualTo("2024-03-14T12:05+01:00");
        assertThat(m.publisher()).isEqualTo("The Valley Courier");
        assertThat(m.url()).isEqualTo("https://courier.example/news/2024/03/mill-weir-reopens");
        assertThat(m.language()).isEqualTo("en-GB");
        assertThat(m.description()).isEqualTo("Councillors backed the plan by nine votes to two.");
    }

    @Test
    void visibleBylineIsKeptAsPrinted() {
        assertThat(HtmlFixtures.read("jsonld-article.html").metadata().byline())
                .isEqualTo("By Marta Lindqvist and Owen Achterberg");
    }

    @Test
    void articleCarriesTheDeclaredFields() {
        Article a = HtmlFixtures.read("jsonld-article.html").article();

        assertThat(a.headline()).isEqualTo("River council votes to reopen the old mill weir");
        assertThat(a.byline()).isEqualTo("By Marta Lindqvist and Owen Achterberg");
        assertThat(a.outlet()).isEqualTo("The Valley Courier");
        assertThat(a.url()).isEqualTo("https://courier.example/news/2024/03/mill-weir-reopens");
        assertThat(a.language()).isEqualTo("en-GB");
    }

    @Test
    void openGraphAndMetaFillInWithoutJsonLd() {
        PageMetadata m = HtmlFixtures.read("opengraph-only.html").metadata();

        assertThat(m.headline()).isEqualTo("Feira de livros usados ocupa a praça central");
        assertThat(m.authors()).containsExactly("Clara Menezes");
        assertThat(m.published()).isEqualTo("2023-10-07T08:15-03:00");
        assertThat(m.publisher()).isEqualTo("Jornal do Vale");
        assertThat(m.url()).isEqualTo("https://jornaldovale.example/cultura/feira-de-livros");
        assertThat(m.language()).isEqualTo("pt-BR");
    }

    @Test
    void openGraphPageBodyLeavesOutMenuAndSidebar() {
        String text = HtmlFixtures.read("opengraph-only.html").article().text();

        assertThat(text).startsWith("A feira de livros usados voltou").doesNotContain("Início", "Mais lidas", "Chuva");
    }

    @Test
    void bylineInTheMarkupGivesTheAuthorWhenNothingIsDeclared() {
        PageMetadata m = HtmlFixtures.read("dom-byline.html").metadata();

        assertThat(m.headline()).isEqualTo("Night trains return to the northern line");
        assertThat(m.authors()).containsExactly("Tomasz Wierzbicki");
        assertThat(m.byline()).isEqualTo("By Tomasz Wierzbicki, Transport Correspondent");
        assertThat(m.published()).isEqualTo("2022-11-02T06:00Z");
        assertThat(m.publisher()).isNull();
        assertThat(m.url()).isNull();
        assertThat(m.language()).isNull();
    }

    @Test
    void bylineIsNotPartOfTheBody() {
        String text = HtmlFixtures.read("dom-byline.html").article().text();

        assertThat(text).startsWith("Sleeper trains will run again").doesNotContain("Tomasz", "Front page", "2 November");
    }

    @Test
    void siteNameIsCutFromTheTitle() {
        assertThat(HeadlineChooser.titleWithoutSite("Mill weir reopens | The Valley Courier", "The Valley Courier"))
                .isEqualTo("Mill weir reopens");
    }

    @Test
    void languageTagsAreNormalised() {
        assertThat(PageMetadataReader.languageTag("en_US")).isEqualTo("en-US");
        assertThat(PageMetadataReader.languageTag("English")).isNull();
    }

    private static PageMetadata metadataOf(String head) {
        String html = "<html><head>" + head + "</head><body><article><p>A paragraph that is long enough to be read as"
                + " the body of a small article about nothing in particular.</p></article></body></html>";
        return new HtmlArticleReader().readPage(new RawDocument("inline.html",
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null), ArticleMetadata.NONE).metadata();
    }

    @Test
    void placeholderDateGivesWayToTheNextSource() {
        PageMetadata m = metadataOf("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2019-11-19T07:03:25+00:00\">");

        assertThat(m.published()).isEqualTo("2019-11-19T07:03:25Z");
    }

    @Test
    void outletNamedBesideTheWriterIsNotAnAuthor() {
        PageMetadata m = metadataOf("<meta property=\"og:site_name\" content=\"Harbour News\">"
                + "<meta name=\"author\" content=\"By Ana Ruiz, Harbour News Business\">");

        assertThat(m.authors()).containsExactly("Ana Ruiz");
    }

    @Test
    void siteNameListingSectionsKeepsTheSiteOnly() {
        PageMetadata m = metadataOf("<meta property=\"og:site_name\" content=\"Racing Weekly | F1 | Rally\">");

        assertThat(m.publisher()).isEqualTo("Racing Weekly");
    }

    private static final String TEXT = "<p>The mill weir on the Brand river opens again after three years of repairs,"
            + " the council said on Friday, and boats may pass it from the first of May onwards.</p>";

    @Test
    void aDatePrintedInThePagesLanguageNextToTheHeadline() {
        PageMetadata m = metadataOf("<html lang=de><body><h1>Das Wehr ist wieder offen</h1>"
                + "<p class=info>Veröffentlicht am 6. Februar 2022</p>" + TEXT + "</body></html>");

        assertThat(m.published()).isEqualTo("2022-02-06");
    }

    @Test
    void aNumericDateInTheAddressWhenTheMarkupSaysNothing() {
        PageMetadata m = metadataOf("<link rel=canonical href=\"https://blog.example/2014/05/18/weir/\"><h1>Weir</h1>" + TEXT);

        assertThat(m.published()).isEqualTo("2014-05-18");
    }

    @Test
    void theFirstPublicationWinsOverAnUpdatePrintedFirst() {
        PageMetadata m = metadataOf("<h1>Weir opens</h1><p>Updated: 12.03.2024</p><p class=date>Published 03.03.2024</p>" + TEXT);

        assertThat(m.published()).isEqualTo("2024-03-03");
    }

    @Test
    void aDateInACommentIsNotThePages() {
        PageMetadata m = metadataOf("<h1>Weir opens</h1>" + TEXT
                + "<div class=comments><p class=comment-date>09.04.2020</p><p>Nice.</p></div>");

        assertThat(m.published()).isNull();
    }

    @Test
    void theVisibleHeadlineWithoutItsKicker() {
        PageMetadata m = metadataOf("<meta property=og:title content=\"Weir opens again after three years\">"
                + "<h1><span class=kicker>Brand river</span> <span>Weir opens again after three years</span></h1>" + TEXT);

        assertThat(m.headline()).isEqualTo("Weir opens again after three years");
    }

    @Test
    void theHeadingAboveTheTextWhenEveryTitleIsTheSitesName() {
        PageMetadata m = metadataOf("<title>Brand Valley Rowing Club</title><h1><a href=\"/\">Brand Valley Rowing Club</a></h1>"
                + "<div class=content><h2>The weir opens for boats</h2>" + TEXT + TEXT + TEXT + "</div>");

        assertThat(m.headline()).isEqualTo("The weir opens for boats");
    }

    @Test
    void aPrintedBylineGivesTheNamesWithoutTheJobTitle() {
        PageMetadata m = metadataOf("<h1>Weir opens</h1><p>Von Greta Halm, Redakteurin</p>" + TEXT);

        assertThat(m.authors()).containsExactly("Greta Halm");
    }

    @Test
    void theWriterNamedInTheTwitterLabelsOfSeoPlugins() {
        PageMetadata m = metadataOf("<meta name=\"twitter:label1\" content=\"Verfasst von\">"
                + "<meta name=\"twitter:data1\" content=\"Greta Halm\">"
                + "<meta name=\"twitter:label2\" content=\"Geschätzte Lesezeit\"><meta name=\"twitter:data2\" content=\"3 Minuten\">");

        assertThat(m.authors()).containsExactly("Greta Halm");
    }

    @Test
    void theNewsroomIsTheAuthorWhenThePageCreditsNoOneElse() {
        PageMetadata m = metadataOf("<h1>Weir opens</h1><span class=\"byline author\">von Redaktion, </span>" + TEXT);

        assertThat(m.authors()).containsExactly("Redaktion");
    }

    @Test
    void aPersonBeatsTheNewsroom() {
        PageMetadata m = metadataOf("<meta name=author content=Redaktion><h1>Weir opens</h1><p>Von Greta Halm</p>" + TEXT);

        assertThat(m.authors()).containsExactly("Greta Halm");
    }

    @Test
    void aBylineCandidateWithoutANameGivesWayToTheNext() {
        PageMetadata m = metadataOf("<h1>Weir opens</h1><div class=author-box><span class=author-label>Autor</span></div>"
                + "<p class=author>Von Greta Halm</p>" + TEXT);

        assertThat(m.authors()).containsExactly("Greta Halm");
    }

    @Test
    void postedByInThePostsOwnFooterButNotInThePages() {
        PageMetadata post = metadataOf("<div class=post><h1>Weir opens</h1>" + TEXT + "<div class=post-footer>Posted by "
                + "<a rel=author href=\"/profile/7\">Greta Halm</a> at 18:52</div></div>");
        PageMetadata site = metadataOf("<h1>Weir opens</h1>" + TEXT + "<footer><p>Site by <a rel=author href=\"/me\">Ole Brandt</a></p></footer>");

        assertThat(post.authors()).containsExactly("Greta Halm");
        assertThat(site.authors()).isEmpty();
    }

    @Test
    void theAuthorInThePagesOwnScriptData() {
        PageMetadata m = metadataOf("<script>dataLayer = [{'category': 'Geld', 'author': 'Greta Halm'}];</script><h1>Weir</h1>" + TEXT);

        assertThat(m.authors()).containsExactly("Greta Halm");
    }

    @Test
    void theSignatureUnderTheText() {
        PageMetadata m = metadataOf("<h1>Weir opens</h1>" + TEXT + TEXT + "<p><strong>Text:</strong> Greta Halm</p>");

        assertThat(m.authors()).containsExactly("Greta Halm");
    }

    @Test
    void aDateOpeningTheFirstParagraph() {
        PageMetadata m = metadataOf("<h1>Weir opens</h1><p>01.02.2022 - The mill weir on the Brand river opens again after"
                + " three years of repairs, the council said on Friday, and boats may pass it from the first of May onwards,"
                + " which the rowing club has waited for since the flood.</p>");

        assertThat(m.published()).isEqualTo("2022-02-01");
    }

    @Test
    void aDatePrintedForReadersBeatsAMetaDateThatSaysNotWhichItIs() {
        PageMetadata m = metadataOf("<meta name=date content=2020-02-12><h1>Weir opens</h1><p class=timedata>05.02.2020</p>" + TEXT);

        assertThat(m.published()).isEqualTo("2020-02-05");
    }

    @Test
    void aDateLineAnywhereOnThePageWhenNothingElseGivesADate() {
        PageMetadata m = metadataOf("<nav><p>01.01.2024</p></nav><div class=box><h3>21.01.2022</h3></div>"
                + "<div class=text><h2>Weir opens</h2>" + TEXT + "</div>");

        assertThat(m.published()).isEqualTo("2022-01-21");
    }
}
