package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;

/** Reports are identified across articles by their author and time, or, when an article gives no time, by what it quotes. */
class ReportIdentityGraphIT {

    private static final Headwater hw = TestGraph.headwater();
    private static String march;
    private static String undated;
    private static String june;

    private static String ingest(String text, String outlet, String published) {
        return hw.ingest(new RawDocument(outlet + ".txt", text.getBytes(StandardCharsets.UTF_8), "text/plain", null),
                new ArticleMetadata(outlet, null, published)).id();
    }

    @BeforeAll
    static void ingestThree() {
        TestGraph.clear();
        march = ingest("""
                Watchdog finds more enriched uranium

                A confidential report by the International Atomic Energy Agency seen on Tuesday said Iran held 121.6 kilograms of uranium enriched to 60%.
                """, "Harbour Times", "2024-03-13");
        undated = ingest("""
                Iran holds 121.6 kilograms of uranium enriched to 60%, the latest IAEA report said.
                """, "Coastal Ledger", null);
        june = ingest("""
                Watchdog report finds stockpile grew

                The IAEA's new report said Iran held 142.1 kilograms of uranium enriched to 60%.
                """, "Riverside Daily", "2024-06-05");
    }

    private static List<String> reports(String id) {
        return hw.tracer().provenance(id).orElseThrow().chains().stream().filter(c -> c.get(0).label().equals("Report"))
                .map(c -> c.get(0).key()).distinct().toList();
    }

    @Test
    void anArticleThatGivesNoDateMeetsTheReportItQuotes() {
        assertThat(reports(march)).singleElement().isEqualTo("report:iaea:2024-03");
        assertThat(reports(undated)).isEqualTo(reports(march));
    }

    @Test
    void aReportOfAnotherQuarterIsAnotherReport() {
        assertThat(reports(june)).singleElement().isEqualTo("report:iaea:2024-06");
    }

    @Test
    void theReportIsNamedByItsAuthorAndMonth() {
        assertThat(hw.tracer().entity("report:iaea:2024-03").orElseThrow().name()).isEqualTo("IAEA report, March 2024");
    }
}
