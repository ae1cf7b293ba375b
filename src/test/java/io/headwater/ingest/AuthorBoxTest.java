package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Author boxes pages print beside or under the text: the writer's name as the box's heading, or under a label. */
class AuthorBoxTest {

    private static final String PROSE = PageAuthorTest.PROSE;
    private static final String HEADLINE = "<h1>Die Brücke wird erneuert</h1>";

    private static List<String> authors(String body) {
        return PageAuthorTest.authors("<html><body>" + body + "</body></html>", null);
    }

    @Test
    void anAuthorBioBoxUnderTheTextNamesTheWriter() {
        assertThat(authors(HEADLINE + PROSE + "<div class=\"author-bio footer\"><h3>Marta Keller</h3>"
                + "<p><a href=\"/author/marta\">Alles von Marta Keller</a></p></div>")).containsExactly("Marta Keller");
    }

    @Test
    void aLinkToTheWritersPageNamesTheWriterWhenTheBoxPrintsNoNameAlone() {
        assertThat(authors(HEADLINE + PROSE + "<div class=\"author-box\"><p>Schreibt über Verkehr und Stadtplanung.</p>"
                + "<a href=\"/author/lena\">Alle Beiträge von Lena Roth</a></div>")).containsExactly("Lena Roth");
    }

    @Test
    void theNameIsOneTextNotTheNameWithTheLinkBesideIt() {
        assertThat(authors(HEADLINE + PROSE + "<div id=\"sidebar\"><div class=\"teaser-box author short\"><div class=\"text\">"
                + "<div class=\"title-small\"> Johanna Weil </div><div class=\"more\"><a href=\"/suche?a=weil\">Alle Artikel</a></div>"
                + "</div></div></div>")).containsExactly("Johanna Weil");
    }

    @Test
    void aHeadingAboutTheAuthorIsALabelAndTheNameFollowsIt() {
        assertThat(authors(HEADLINE + PROSE + "<h4>Über den Autor</h4><p>Jonas Brandt</p>")).containsExactly("Jonas Brandt");
        assertThat(authors(HEADLINE + PROSE + "<h3>À propos de l'auteur</h3><div><h4><a href=\"/a/remy\">Rémy Caron</a></h4></div>"))
                .containsExactly("Rémy Caron");
        assertThat(authors(HEADLINE + PROSE + "<h3>Sobre el autor</h3><p><strong>Lucía Ferrer</strong></p>"))
                .containsExactly("Lucía Ferrer");
        assertThat(authors(HEADLINE + PROSE + "<h1>Autor</h1><h2><a href=\"/autoren/georg\">Georg Amsel</a></h2>"))
                .containsExactly("Georg Amsel");
    }

    @Test
    void aBoxWithALabelAndABiographyButNoNameNamesNoOne() {
        assertThat(authors(HEADLINE + PROSE + "<div class=\"author-info\"><h3>Autor</h3><p>Schreibt seit 2010 über Verkehr, "
                + "Stadtplanung und die Frage, warum Brücken so lange dauern.</p></div>")).isEmpty();
        assertThat(authors(HEADLINE + PROSE + "<h4>Über den Autor</h4><p>Seit zehn Jahren im Lokalteil.</p>")).isEmpty();
    }

    @Test
    void boxesAboutCustomersAndCommentersAreNoAuthorBoxes() {
        assertThat(AuthorBox.names(org.jsoup.Jsoup.parse("<div class=\"testimonial-author-info\"><div>Anna Keil</div>"
                + "<div class=\"testimonial-text\">Sehr guter Service.</div></div>").body())).isEmpty();
        assertThat(authors(HEADLINE + PROSE + "<div class=\"comments\"><div class=\"comment-author-box\"><b>Heinz Ober</b></div>"
                + "<p>Endlich!</p></div>")).isEmpty();
    }

    @Test
    void theNewsroomPrintedInTheBoxIsNoPersonsName() {
        assertThat(AuthorBox.names(org.jsoup.Jsoup.parse("<div class=\"author-box\"><h3>Redaktion</h3></div>").body())).isEmpty();
    }
}
