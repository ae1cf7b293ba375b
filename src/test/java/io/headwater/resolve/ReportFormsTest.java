package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports of bodies in the wordings news prints them, written for these tests (none is taken from a corpus page):
 * each must resolve to its author, and carry its year or symbol in its key when the text gives one.
 */
class ReportFormsTest {

    private static List<String> reportKeys(ResolvedArticle r) {
        return r.entities().stream().filter(n -> n.entity().type() == EntityType.REPORT).map(n -> n.entity().key()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            panel report seen by Reuters     | North Korea kept selling coal abroad, according to a confidential report by the U.N. Panel of Experts on North Korea seen by Reuters. | report:un-panel-of-experts-1874:
            sanctions monitors               | North Korea kept selling coal abroad, a confidential report by U.N. sanctions monitors said.                      | report:un-panel-of-experts-1874:
            independent sanctions monitors   | North Korea kept selling coal abroad, independent U.N. sanctions monitors said in a report.                        | report:un-panel-of-experts-1874:
            panel as speaker before its midterm report | Ships kept switching flags, the U.N. Panel of Experts on North Korea said. North Korea kept selling coal abroad, the panel said in its midterm report.                                  | report:un-panel-of-experts-1874:
            report to the committee          | North Korea kept selling coal abroad, the Panel of Experts said in its latest report to the Security Council committee. | report:un-panel-of-experts-1874:
            obtained by Yonhap               | North Korea kept selling coal abroad, said a report by the UN Panel of Experts obtained by Yonhap.                 | report:un-panel-of-experts-1874:
            UN symbol                        | North Korea kept selling coal abroad, the UN Panel of Experts said in report S/2019/171.                           | report:un-panel-of-experts-1874:s-2019-171
            IAEA report with a month         | Iran's stockpile grew again, the IAEA said in its February 2024 report.                                            | report:iaea:2024-02
            """)
    void theReportResolvesToItsAuthor(String kind, String sentence, String keyStart) {
        ResolvedArticle r = WireFormsTest.resolve("Coal exports continue\n\n" + sentence + "\n", "2019-03-12");
        assertThat(reportKeys(r)).as(kind).anyMatch(k -> k.startsWith(keyStart));
    }
}
