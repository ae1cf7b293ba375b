package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.headwater.Headwater;
import io.headwater.core.Relation;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;

/**
 * How news names the sources of one statement, in texts written for these tests (none is taken from a corpus page):
 * several sources sharing one cue, one person named fully and then shorter, and verbs that look like cues but report
 * nothing said. Each row gives the sources the statement must have, in the order the text names them.
 */
class SourceFormsTest {

    private static Headwater.Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Headwater.Analyzer.standard();
    }

    /** The names of the sources the article's quotes are attributed to, each once, in the order first met. */
    private static List<String> sources(String body) {
        return sources(body, "Test Gazette");
    }

    /** As {@link #sources(String)}, for an article that {@code outlet} published. */
    private static List<String> sources(String body, String outlet) {
        String text = "Harbour talks stall\n\n" + body + "\n";
        ResolvedArticle r = analyzer.analyse(new RawDocument("t", text.getBytes(StandardCharsets.UTF_8), "text/plain", null),
                new ArticleMetadata(outlet, null, null));
        return r.links().stream().filter(l -> l.type() == Relation.ATTRIBUTED_TO)
                .map(l -> r.entities().stream().filter(n -> n.entity().key().equals(l.to())).findFirst().orElseThrow().entity().name())
                .distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            list, agency and other media after the clause   | Pilots left the port in March, Reuters and other media reported.                      | Reuters; other media
            list, two newspapers before the cue             | The New York Times and The Washington Post reported that the pilots had left the port. | The New York Times; The Washington Post
            list, three descriptions                        | Local officials, aid workers and residents said the bridge had collapsed.               | Local officials; aid workers; residents
            list, according to two publishers               | According to Bloomberg and the Financial Times, the harbour board is weighing a sale.   | Bloomberg News; Financial Times
            list, shared head is one source                 | U.S. and NATO officials said the base would close by June.                              | U.S. and NATO officials
            list, and inside a phrase of                    | The heads of the port and the pilots' union said the talks would resume.                | The heads of the port and the pilots' union
            list, a firm's name with and                    | Marks and Spencer said sales rose in the spring.                                        | Marks and Spencer
            """)
    void sourcesSharingOneCue(String kind, String body, String expected) {
        assertThat(sources(body)).as(kind).containsExactlyElementsOf(List.of(expected.split(";\\s*")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            evidence, testimonies from a list inside a quote | "The accounts gathered by the inspectors from harbour pilots, port officials and even people close to the union, show the quays were unsafe," the inspectors wrote. | the inspectors; harbour pilots; port officials; people close to the union
            evidence, citing analysis from                  | The inspectors put the cost at four million euros, citing analysis from unnamed insurers.             | unnamed insurers
            evidence, the estimate came from                | The harbour board said the estimate came from insurers it did not name.                               | Harbour board; insurers
            evidence, data from in the source stays one     | Traffic fell by a third, according to data from the port authority.                                  | Port authority
            evidence, from a time is no source              | The harbour board said the figures from last year were wrong.                                        | Harbour board
            """)
    void whoTheEvidenceCameFrom(String kind, String body, String expected) {
        assertThat(sources(body)).as(kind).containsExactlyElementsOf(List.of(expected.split(";\\s*")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            relative, for which experts say                 | The pilots have been storing fuel on the quays, a practice for which safety experts already say the port has no permit. | safety experts
            relative, something that two papers published   | The board will sell the ferry line, something that The New York Times and The Guardian had previously published and that the mayor denied. | The New York Times; The Guardian; the mayor
            relative, that with no cue is no source         | The board sold the ferry that the city had bought in 1990.                                         | -
            noun cue, a possessive name's announcement      | Fares rose after Nordline's earlier announcement it would cut two ferries by May.                  | Nordline
            noun cue, a statement with no clause after it   | Nordline's statement on Monday was short.                                                           | -
            """)
    void aSourceInARelativeClauseOrNamedByANoun(String kind, String body, String expected) {
        List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(";\\s*"));
        assertThat(sources(body)).as(kind).containsExactlyInAnyOrderElementsOf(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            person, a two-word surname after the full name  | "We will not leave the table," Foreign Minister Luis Ortega Diaz said on Monday. "Talks go on," Ortega Diaz said later. | Luis Ortega Diaz
            person, surname after title and full name       | Port chief Ana Lopes said the quays were closed. Lopes said they would open on Friday.                     | Ana Lopes
            person, another person sharing a first name     | Ana Maria Lopes said the quays were closed. Maria Gomes said they would open on Friday.                     | Ana Maria Lopes; Maria Gomes
            """)
    void onePersonNamedTwice(String kind, String body, String expected) {
        assertThat(sources(body)).as(kind).containsExactlyElementsOf(List.of(expected.split(";\\s*")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            claimed, a title won                            | Ito claimed the title by beating Sato in the final on Sunday.          | -
            claimed, bragging rights                        | The rookie claimed bragging rights by slapping down the champion.      | -
            claimed, what was said                          | Ito claimed the referee had erred in the final.                        | Ito
            claimed, responsibility                         | The group claimed responsibility for the attack on the port.          | Group
            """)
    void aClaimOfAPrizeIsNoStatement(String kind, String body, String expected) {
        List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(";\\s*"));
        assertThat(sources(body)).as(kind).containsExactlyElementsOf(want);
    }

    @Test
    void aSiteNamingItselfIsNoSource() {
        assertThat(sources("The quays will reopen on Friday, the harbour board said, Portnews informs, citing Reuters.", "Portnews.az"))
                .doesNotContain("Portnews").contains("Harbour board");
    }

    @Test
    void membersOfABodyAreNotTheBody() {
        assertThat(sources("The panel said in its report that U.N. members assess the group poses the gravest threat to the region."))
                .contains("U.N. members").doesNotContain("United Nations");
    }
}
