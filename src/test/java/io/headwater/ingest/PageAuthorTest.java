package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Who wrote a web page, as its markup declares it and as it prints it: the shapes real pages take. */
class PageAuthorTest {

    /** Two paragraphs of article text, for pages that need one around their byline. */
    static final String PROSE = "<p>Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Mühlbach bis zum Herbst "
            + "zu erneuern. Die Arbeiten sollen im Mai beginnen und rund vier Monate dauern, teilte die Verwaltung mit.</p>"
            + "<p>Während der Bauzeit wird der Verkehr über die Umgehungsstraße geleitet. Fußgänger können einen Steg nutzen, "
            + "der neben der Baustelle errichtet wird.</p>";

    private static List<String> authors(String html) {
        return authors(html, null);
    }

    static List<String> authors(String html, String url) {
        return new HtmlArticleReader().readPage(new RawDocument("page.html", html.getBytes(StandardCharsets.UTF_8), null, url),
                ArticleMetadata.NONE).metadata().authors();
    }

    @Test
    void aPenNameKeepsTheWordThatLooksLikeAJobTitle() {
        assertThat(BylineReader.split("Flinker Reporter")).isEmpty();
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Brücke\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Flinker Reporter\"}}</script></head><body><h1>Brücke</h1>"
                + PROSE + "</body></html>";

        assertThat(authors(html)).containsExactly("Flinker Reporter");
        assertThat(BylineReader.split("Adam Roe Staff Writer")).containsExactly("Adam Roe");
    }

    @Test
    void thePrintedNameCompletesADeclaredFirstName() {
        String html = "<html><head><meta name=\"author\" content=\"Jonas\"></head><body><h1>Die Brücke wird erneuert</h1>"
                + "<p><strong>Eine Kolumne von Jonas Feldmann</strong></p>" + PROSE + "</body></html>";

        assertThat(authors(html)).containsExactly("Jonas Feldmann");
    }

    @Test
    void aDeclaredFirstNameStaysWhenThePageNamesSomeoneElse() {
        String html = "<html><head><meta name=\"author\" content=\"Jonas\"></head><body><h1>Die Brücke wird erneuert</h1>"
                + "<p class=\"byline\">Von Petra Lang</p>" + PROSE + "</body></html>";

        assertThat(authors(html)).containsExactly("Jonas");
    }

    @Test
    void whatThePageMarksAsTheNameIsOneThoughNotShapedLikeAPerson() {
        String html = "<html><body><h1>Die Brücke wird erneuert</h1><span itemprop=\"author\">von "
                + "<span itemprop=\"name\">ortsgruppe-nord Team</span></span>" + PROSE + "</body></html>";

        assertThat(authors(html)).containsExactly("ortsgruppe-nord Team");
    }

    @Test
    void interviewAndColumnLeadAByline() {
        assertThat(BylineReader.names("Interview: Mara Quint")).containsExactly("Mara Quint");
        assertThat(BylineReader.names("Ein Kommentar von Lutz Berger")).containsExactly("Lutz Berger");
    }

    @Test
    void aDeskCodeAfterTheSlashIsPartOfTheCredit() {
        assertThat(BylineReader.source("Quelle: talbote.example/kw")).containsExactly("talbote.example/kw");
        assertThat(BylineReader.names("Von Jane Doe/Reuters")).containsExactly("Jane Doe");
    }

    @Test
    void theSourceUnderTheTextIsTheCreditWhenTheSiteNamedOnlyItself() {
        String html = "<html><head><meta name=\"author\" content=\"talbote.example\"></head><body><h1>Die Brücke wird erneuert</h1>"
                + "<article>" + PROSE + "<p>Quelle: Kirchenpresse</p></article></body></html>";

        assertThat(authors(html, "https://www.talbote.example/lokales/bruecke")).containsExactly("Kirchenpresse");
    }

    @Test
    void aSiteNamedAsTheAuthorGivesWayToTheWriterItPrints() {
        String html = "<html><head><title>Die Brücke wird erneuert | Der Talbote</title><meta name=\"author\" content=\"Der Talbote\">"
                + "</head><body><h1>Die Brücke wird erneuert</h1><a rel=\"author\" href=\"/autor/petra-lang\">Petra Lang</a>"
                + PROSE + "</body></html>";

        assertThat(authors(html)).containsExactly("Petra Lang");
    }

    @Test
    void aBlogNamedLikeItsAddressKeepsItsWriter() {
        String html = "<html><body><h1>Die Brücke wird erneuert</h1><p class=\"post-byline\">von Talbloggerin · 3. Mai 2021</p>"
                + PROSE + "</body></html>";

        assertThat(authors(html, "https://www.talblog.example/2021/05/bruecke")).containsExactly("Talbloggerin");
    }

    @Test
    void agencyCopyIsCreditedToTheAgencyItsDatelineNames() {
        String html = "<html><body><h1>Die Brücke wird erneuert</h1><p>Talstadt (ag/süd) – Der Gemeinderat hat am Dienstag "
                + "beschlossen, die alte Brücke über den Mühlbach bis zum Herbst zu erneuern, wie die Verwaltung mitteilte.</p>"
                + PROSE + "</body></html>";

        assertThat(authors(html)).containsExactly("ag/süd");
        assertThat(DatelineFinder.credit("WASHINGTON (AP) — The council voted")).contains("AP");
        assertThat(DatelineFinder.credit("Die Verwaltung (im Rathaus) teilte mit")).isEmpty();
    }

    @Test
    void aHeadingThatSaysVonIsNoByline() {
        String html = "<html><body><h1>Die Brücke wird erneuert</h1><h2>Der Bau von Brücken</h2>" + PROSE + "</body></html>";

        assertThat(authors(html)).isEmpty();
    }

    @Test
    void theArticlesMicrodataNamesTheWriterWhereTheMetaNamesTheInstitute() {
        String html = "<html><head><meta name=\"author\" content=\"Landesamt für Brücken und Wege - LBW\"></head><body>"
                + "<h1>Die Brücke wird erneuert</h1>" + PROSE + "<div class=\"doc-info\"><p><strong>Autoren</strong><br>"
                + "<span itemprop=\"author\">Joachim Hollerbach</span></p></div></body></html>";

        assertThat(authors(html)).containsExactly("Joachim Hollerbach");
    }

    @Test
    void aReviewersMicrodataIsNoWriterOfTheArticle() {
        String html = "<html><head><meta name=\"author\" content=\"Sebastian Hold\"></head><body><h1>Die Brücke wird erneuert</h1>"
                + PROSE + "<div itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\"><strong>Von:</strong> "
                + "<span itemprop=\"author\">Andreas R.</span><p>Schmeckt gut.</p></div></body></html>";

        assertThat(authors(html)).containsExactly("Sebastian Hold");
    }

    @Test
    void aSiteDeclaredWithItsTownIsNoOnesName() {
        String html = "<html><head><meta name=\"author\" content=\"talbote.example.de, Talstadt, Germany\"></head><body>"
                + "<h1>Die Brücke wird erneuert</h1>" + PROSE + "</body></html>";

        assertThat(authors(html)).isEmpty();
    }
}
