package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.headwater.Headwater;
import io.headwater.core.Relation;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;

/**
 * Agency datelines and sign-offs in the shapes wire copy prints them, written for these tests (none is taken from a
 * corpus page): each article must derive from the agency's story, whatever the agency and its punctuation.
 */
class WireFormsTest {

    private static Headwater.Analyzer analyzer;

    /** Resolves a plain-text article (the analyser is loaded once, for this class and {@link ReportFormsTest}). */
    static synchronized ResolvedArticle resolve(String text, String published) {
        if (analyzer == null) {
            analyzer = Headwater.Analyzer.standard();
        }
        return analyzer.analyse(new RawDocument("test", text.getBytes(StandardCharsets.UTF_8), "text/plain", null),
                new ArticleMetadata("Test Gazette", null, published));
    }

    /** The keys the article derives from, directly or through a story. */
    static List<String> upstream(ResolvedArticle r) {
        return r.links().stream().filter(l -> l.type() == Relation.DERIVED_FROM && l.from().equals(r.article().id()))
                .map(ResolvedArticle.Link::to).toList();
    }

    private static final String HEADLINE = "Freighter detained over fuel transfers\n\n";
    private static final String BODY = "A coast guard vessel stopped the tanker near the strait on Sunday, the ministry said.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dateline, Yonhap with date and double dash  | SEOUL, March 5 (Yonhap) -- %s                | yonhap
            dateline, Kyodo without date                | TOKYO (Kyodo) -- %s                          | kyodo
            dateline, UPI alone                         | (UPI) -- %s                                  | upi
            dateline, EFE with stop and dash            | MADRID (EFE).- %s                            | efe
            dateline, Bernama                           | KUALA LUMPUR, June 2 (Bernama) -- %s         | bernama
            dateline, dpa in lower case                 | BERLIN (dpa) - %s                            | dpa
            dateline, TASS                              | MOSCOW, July 9 (TASS) - %s                   | tass
            dateline, NK News                           | SEOUL (NK News) — %s                         | nk-news
            dateline, CNA                               | SINGAPORE (CNA) - %s                         | cna
            dateline, Xinhua with date                  | BEIJING, Aug. 3 (Xinhua) -- %s               | xinhua
            dateline, Jiji Press                        | TOKYO (Jiji Press) -- %s                     | jiji
            dateline, AFP lower case after the place    | Seoul (AFP) - %s                             | afp
            dateline, ANSA                              | ROME, Oct 4 (ANSA) - %s                      | ansa
            dateline, Anadolu                           | ANKARA (AA) - %s                             | anadolu
            sign-off, Sputnik dash                      | %s - Sputnik                                  | sputnik
            sign-off, TASS brackets                     | %s (TASS)                                     | tass
            sign-off, Kyodo brackets                    | %s (Kyodo)                                    | kyodo
            sign-off, Bernama dash                      | %s -- Bernama                                 | bernama
            sign-off, dpa dash                          | %s — dpa                                      | dpa
            """)
    void theArticleComesThroughTheAgency(String kind, String opening, String agency) {
        ResolvedArticle r = resolve(HEADLINE + opening.formatted(BODY) + "\n", null);
        assertThat(upstream(r)).as(kind).anyMatch(k -> k.equals(agency) || k.startsWith("story:" + agency + ">"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            credit, with reporting by                   | (With reporting by Reuters)                   | reuters
            credit, additional reporting by agency      | Additional reporting by AFP                   | afp
            credit, Reuters writing and editing         | (Writing by Jane Roe; Editing by John Doe)    | reuters
            credit, compiled by                         | Compiled by Yonhap                            | yonhap
            credit, compiled from agencies named        | Compiled from reports by Kyodo and AFP        | kyodo
            credit, information from                    | Information from The Associated Press was used in this report. | ap
            """)
    void aCreditLineNamesTheAgency(String kind, String line, String agency) {
        ResolvedArticle r = resolve(HEADLINE + BODY + "\n\n" + line + "\n", null);
        assertThat(upstream(r)).as(kind).anyMatch(k -> k.equals(agency) || k.startsWith("story:" + agency + ">"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            relay, reported citing            | The tanker was released on Monday, Yonhap reported, citing a government source.       | yonhap
            relay, said quoting               | The tanker was released on Monday, Yonhap said, quoting a coast guard official.      | yonhap
            relay, according to which cited   | The tanker was released on Monday, according to Kyodo, which cited a diplomatic source. | kyodo
            relay, which quoted               | The tanker was released on Monday, said Kyodo, which quoted a port official.            | kyodo
            """)
    void aRelayOfARelayIsTwoHops(String kind, String sentence, String agency) {
        ResolvedArticle r = resolve(HEADLINE + sentence + "\n", null);
        assertThat(upstream(r)).as(kind).anyMatch(k -> k.startsWith("story:" + agency + ">anon:"));
    }
}
