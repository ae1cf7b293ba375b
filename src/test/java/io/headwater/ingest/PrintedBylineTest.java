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
        String body = "<h1>Die Brücke wird erneuert</h1>" + PROSE + "<p class=\"author-bio\">Alles über Lautsprecher, Heimkino und "
                + "HiFi-Trends. Zudem haben wir jede Menge praktische Tipps.</p>";

        assertThat(authors(body)).isEmpty();
    }
}
