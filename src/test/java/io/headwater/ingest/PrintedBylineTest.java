package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Bylines pages print with no author markup: a label apart from the name, a credit above the headline, a signature. */
class PrintedBylineTest {

    private static final String PROSE = PageAuthorTest.PROSE;

    private static List<String> authors(String body) {
        return PageAuthorTest.authors("<html><body>" + body + "</body></html>", null);
    }

    @Test
    void aLeadWordPrintedAloneReadsWithTheNameAfterIt() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><p class=\"label\"><strong>By</strong></p><p>Dana Quill</p>" + PROSE))
                .containsExactly("Dana Quill");
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><div><span>Geschrieben von</span> <a href=\"/u/6\">Kessler</a> "
                + "am 25.08.2015</div>" + PROSE)).containsExactly("Kessler");
    }

    @Test
    void theNewsroomPrintedAloneIsNoLeadWordForTheDateAfterIt() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><div class=\"meta__authorname\"><a href=\"/about\">Redaktion</a></div>"
                + "<div>Dienstag, 4. Juni 2019, 15:54</div>" + PROSE)).containsExactly("Redaktion");
    }

    @Test
    void aCreditPrintedAboveTheHeadlineNamesTheWriter() {
        assertThat(authors("<div><small>04.02.2022 | 13:10 Uhr | Lena Morgen</small><h1>Die Brücke wird erneuert</h1></div>" + PROSE))
                .containsExactly("Lena Morgen");
        assertThat(authors("<div class=\"meta\">05.02.2020 <span>- Redaktion: Jan Falk (Pressesprecher des Vereins)</span></div>"
                + "<h1>Die Brücke wird erneuert</h1>" + PROSE)).containsExactly("Jan Falk");
    }

    @Test
    void aKickerAboveTheHeadlineIsNoCredit() {
        assertThat(authors("<div><p>Von der Leyen in Brüssel</p><h1>Die Brücke wird erneuert</h1></div>" + PROSE)).isEmpty();
    }

    @Test
    void aNameSignedOverADateClosesTheText() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><article>" + PROSE + "<p>Benni<br>10. September 2017</p></article>"))
                .containsExactly("Benni");
    }

    @Test
    void aLineOfCategoriesOverABylineIsNoSignature() {
        // the date line under a signature holds a date and little else; "Malte Roe | 29.07.2006" is itself a byline
        assertThat(BylineReader.signature(List.of("Sport Kultur Filzball\nMalte Roe | 29.07.2006 um 14:26"))).isEmpty();
        assertThat(BylineReader.signature(List.of("Weitere Informationen"))).isEmpty();
    }

    @Test
    void eachLineOfTheLastBlocksMaySignTheText() {
        assertThat(BylineReader.signature(List.of("Autor: Karl Wendt\nTags: Brücke, Mühlbach, Gemeinderat, Umgehungsstraße, Baustelle, Steg")))
                .containsExactly("Karl Wendt");
        assertThat(BylineReader.signature(List.of("Von:\nGötz Amsel"))).containsExactly("Götz Amsel");
    }

    @Test
    void oneCreditForWordsAndPictures() {
        assertThat(BylineReader.names("Text & Fotos: Ivan Rohr")).containsExactly("Ivan Rohr");
        assertThat(BylineReader.names("Texte et photos : Léa Marchand")).containsExactly("Léa Marchand");
        assertThat(BylineReader.names("Fotos: Ivan Rohr")).isEmpty();
    }

    @Test
    void aStaffCreditIsThePagesOwnCreditLikeTheNewsroom() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><div class=\"author-name\"><span>By Staff Writer</span></div>" + PROSE))
                .containsExactly("Staff Writer");
        assertThat(BylineReader.split("Adam Roe Staff Writer")).containsExactly("Adam Roe");
    }

    @Test
    void aHeadingsOnlySpanIsTheHeadingNotAByline() {
        assertThat(authors("<h1><span>Die Schätze von St. Johannes</span></h1>" + PROSE)).isEmpty();
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><h2>Stars <span>06.11.2023 13:30 von Olga</span></h2>" + PROSE))
                .containsExactly("Olga");
    }

    @Test
    void theCategoryAfterAPostedByIsNoPartOfTheName() {
        assertThat(BylineReader.names("Posted by Talmann under Allgemein")).containsExactly("Talmann");
        assertThat(BylineReader.names("Freitag | 14. Juni 2019 | 15:49 VON Sina Berg IN Fashion")).containsExactly("Sina Berg");
    }

    @Test
    void theBylineIsReadAfterThePostsTitleWhenTheFirstHeadingIsTheBlogsName() {
        String body = "<h1><a href=\"/\">Der Talblog</a></h1><div class=\"post\"><h2 class=\"post-title\">Die Brücke wird erneuert</h2>"
                + "<div class=\"post-info\">Posted by Talmann under Allgemein</div>" + PROSE + "</div>";

        assertThat(authors(body)).containsExactly("Talmann");
    }

    @Test
    void anAuthorsBiographyIsNoByline() {
        String body = "<h1>Die Brücke wird erneuert</h1>" + PROSE + "<p class=\"author-bio\">Rund um Fahrräder, Zelte und "
                + "Wanderwege. Dazu gibt es viele Hinweise für den Alltag.</p>";

        assertThat(authors(body)).isEmpty();
    }

    @Test
    void aFirstNameIsCompletedWhereThePagePrintsTheWholeName() {
        String head = "<html><head><meta name=\"author\" content=\"Todd\"></head><body><h1>Die Brücke wird erneuert</h1>";

        assertThat(PageAuthorTest.authors(head + PROSE + "<div class=\"sidebar\"><p class=\"full-name\">Todd Brenner</p></div>"
                + "</body></html>", null)).containsExactly("Todd Brenner");
        // two elements side by side are no name, nor is a month after the first name
        assertThat(PageAuthorTest.authors(head + PROSE + "<p><span>Todd</span><span>Ein Kommentar</span></p><p>Todd December 2, 2020</p>"
                + "</body></html>", null)).containsExactly("Todd");
        assertThat(BylineReader.completed("DT", org.jsoup.Jsoup.parse("<p>DT Townsend</p>").body())).isNull();
    }

    @Test
    void theNewsroomIsNoFirstNameToComplete() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><p class=\"byline\">Von Redaktion</p>" + PROSE
                + "<p>Redaktion Talstadt, Marktplatz 3</p>")).containsExactly("Redaktion");
    }

    @Test
    void thePrintedBylineNamesEveryWriterWhereOneIsDeclared() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Rudolf Fink\"}}</script></head><body><h1>Die Brücke wird erneuert</h1>"
                + "<span class=\"vcard author\">von Rudolf Fink, Simon Kehl</span>" + PROSE + "</body></html>";

        assertThat(PageAuthorTest.authors(html, null)).containsExactly("Rudolf Fink", "Simon Kehl");
    }

    @Test
    void anInterviewCreditNamesBothPeople() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><p class=\"author\">Anna Berg im Gespräch mit Karl Dorn</p>" + PROSE))
                .containsExactly("Anna Berg", "Karl Dorn");
        assertThat(BylineReader.split("Jane Roe in conversation with John Doe")).containsExactly("Jane Roe", "John Doe");
    }

    @Test
    void aNameInItalicsUnderTheLastParagraphSignsTheText() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><article>" + PROSE + "<p><b><i>Stefan Wehr</i></b></p></article>"))
                .containsExactly("Stefan Wehr");
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><article>" + PROSE + "<p align=\"right\">Denise Clément</p></article>"))
                .containsExactly("Denise Clément");
    }

    @Test
    void aNameInBoldOrWithADateIsNoSignatureInItalics() {
        // "Weitere Informationen" in bold is a heading of a name's shape; a date glued on is a byline's, not a signature
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><article>" + PROSE + "<p><strong>Weitere Informationen</strong></p>"
                + "</article>")).isEmpty();
        assertThat(BylineReader.signedInItalics(org.jsoup.Jsoup.parse("<p><em>Stefan Wehr, 3. Mai 2021</em></p>").body().child(0)))
                .isNull();
    }

    @Test
    void agencyCopyCreditedInParenthesesClosingTheLastParagraph() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><article>" + PROSE.replace("errichtet wird.</p>",
                "errichtet wird. (TB mit dpa)</p>") + "</article>")).containsExactly("TB mit dpa");
        assertThat(BylineReader.closingCredit("Das teilte die Stadt mit. (AFP/red)")).isEqualTo("AFP/red");
        assertThat(BylineReader.closingCredit("Die Brücke stammt von 1911. (2019)")).isNull();
        assertThat(BylineReader.closingCredit("Mehr dazu steht im Anhang. (siehe oben)")).isNull();
        assertThat(BylineReader.closingCredit("So war es damals. (Archiv)")).isNull();
    }

    @Test
    void aLeadWordAfterAWordOfTheTextIntroducesNoName() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><ul><li><strong>Bilder des Bürgermeisters von Talstadt</strong> "
                + "zeigen die Baustelle</li></ul>" + PROSE)).isEmpty();
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><div class=\"meta\">Posted in <a href=\"/c/bau\">Bau</a> "
                + "by talmann on August 3, 2019</div>" + PROSE)).containsExactly("talmann");
    }

    @Test
    void theBylineIsReadUnderAHeadlineInAnH2WhenTheH1IsTheLogo() {
        String menu = "<div class=\"menu\">" + "<a href=\"/x\">Rubrik mit einem langen Namen</a> ".repeat(60) + "</div>";

        assertThat(PageAuthorTest.authors("<html><head><title>Die Brücke wird erneuert</title></head><body><h1>Talbote</h1>" + menu
                + "<h2>Die Brücke wird erneuert</h2><p>Von Claudia Lind</p>" + PROSE + "</body></html>", null)).containsExactly("Claudia Lind");
    }

    @Test
    void aPostSignedOffToItsReadersNamesItsWriter() {
        assertThat(authors("<h1>Die Brücke wird erneuert</h1><article>" + PROSE + "<p>Viel Glück!</p><p>Euer KlausKnauser</p>"
                + "</article>")).containsExactly("KlausKnauser");
        assertThat(BylineReader.signedOff("Liebe Grüße, Marie")).isEqualTo("Marie");
        assertThat(BylineReader.signedOff("Cheers, Tom Hale")).isEqualTo("Tom Hale");
        // a closing to no one in particular, or a team, names no one
        assertThat(BylineReader.signedOff("Euer Team")).isNull();
        assertThat(BylineReader.signedOff("Viele Grüße aus dem Rathaus")).isNull();
    }
}
