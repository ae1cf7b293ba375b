package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BylineReaderTest {

    @Test
    void namesAreCutBeforeDatesPlacesAndTitles() {
        assertThat(BylineReader.names("Ein Artikel von Paula Brandt | 27.01.2022 - 12:45")).containsExactly("Paula Brandt");
        assertThat(BylineReader.names("Redaktion: Ernst Falk (Pressesprecher des Vereins)")).containsExactly("Ernst Falk");
        assertThat(BylineReader.names("Von Lena Vogt, Jonas Kern und Mia Roth, NDR")).contains("Lena Vogt", "Jonas Kern", "Mia Roth");
        assertThat(BylineReader.names("By Ana Ruiz on March 3, 2024")).containsExactly("Ana Ruiz");
        assertThat(BylineReader.names("Publiziert am 13. Januar 2014 von hafenblick")).containsExactly("hafenblick");
    }

    @Test
    void aDateBeforeTheNameIsNoPartOfIt() {
        assertThat(BylineReader.names("11.12.2019 - Clara Winter")).containsExactly("Clara Winter");
    }

    @Test
    void wordsThatAreNoOnesNameAreNotNames() {
        assertThat(BylineReader.isName("admin")).isFalse();
        assertThat(BylineReader.isName("Name *")).isFalse();
        assertThat(BylineReader.isName("Art Vale says")).isFalse();
        assertThat(BylineReader.isName("der menschlichen Anschauung")).isFalse();
        assertThat(BylineReader.isName("Ludwig van Beethoven")).isTrue();
    }

    @Test
    void theBylinePrintedAfterTheHeadlineIsFound() {
        Document page = Jsoup.parse("<body><h1>Weir reopens</h1><p class=lead>The mill weir opens again.</p>"
                + "<p>Von Greta Halm</p><p>The council voted on Friday, said a member of it.</p></body>");

        assertThat(BylineReader.printedAfter(page.selectFirst("h1"))).containsExactly("Greta Halm");
    }

    @Test
    void aLeadWordInsideALongParagraphIsNoByline() {
        Document page = Jsoup.parse("<body><h1>Weir reopens</h1><p>The weir was closed for years after a flood, and the"
                + " repairs paid by the council were finished by the builders in the spring, long after the vote.</p></body>");

        assertThat(BylineReader.printedAfter(page.selectFirst("h1"))).isEmpty();
    }

    @Test
    void aUserNameKeepsItsDigits() {
        assertThat(BylineReader.names("von Marianne1 am 3. Mai 2020")).containsExactly("Marianne1");
        assertThat(BylineReader.names("By Ana Ruiz 12:40")).containsExactly("Ana Ruiz");
    }

    @Test
    void theNewsroomIsReadAsTheWordThePagePrints() {
        assertThat(BylineReader.newsroom("von Redaktion,")).isEqualTo("Redaktion");
        assertThat(BylineReader.newsroom("La rédaction")).isEqualTo("La rédaction");
        assertThat(BylineReader.newsroom("Redaktion: Greta Halm")).isNull();
    }

    @Test
    void aSignatureNeedsALeadWordOrACopyrightSign() {
        assertThat(BylineReader.signature(java.util.List.of("The weir opens.", "© 2019 Greta Halm"))).containsExactly("Greta Halm");
        assertThat(BylineReader.signature(java.util.List.of("Von: Greta Halm"))).containsExactly("Greta Halm");
        assertThat(BylineReader.signature(java.util.List.of("Weitere Informationen"))).isEmpty();
    }

    @Test
    void aDeclaredBylineIsSplitIntoNames() {
        assertThat(BylineReader.split("By Ana Ruiz, Ben Cole and Chen Wu")).containsExactly("Ana Ruiz", "Ben Cole", "Chen Wu");
        assertThat(BylineReader.split("Ana Ruiz | Ben Cole")).containsExactly("Ana Ruiz", "Ben Cole");
        assertThat(BylineReader.split("https://harbour.example/authors/ana")).isEmpty();
    }
}
