package io.headwater.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;
import io.headwater.trace.Hop;
import io.headwater.trace.Provenance;

/** An outlet nobody gave is shown as unknown (or as its address's host), never as "null", in every report. */
class UnknownOutletIT {

    private static final String PATROLS = "The trawlers were stopped in the northern ports during a week of joint patrols by the coast "
            + "guard and customs officers, who checked the papers of every vessel longer than twenty metres before letting it sail.";
    private static final String NAMELESS = "Panel finds sanctions breaches\n\n\"Catch worth $5 million was seized from trawlers flying "
            + "false flags in the northern ports,\" Kyodo quoted the report by the UN Panel of Experts.\n\n" + PATROLS + "\n";
    private static final String GAZETTE = "Trawlers seized, panel says\n\n\"Catch worth $5 million was seized from trawlers that flew "
            + "false flags in the northern ports,\" Kyodo quoted the report by the UN Panel of Experts.\n\n" + PATROLS + "\n";

    private static final Headwater hw = TestGraph.headwater();
    private static final Reports reports = new Reports();
    private static String nameless;
    private static String gazette;
    private static String hostOnly;

    @BeforeAll
    static void ingest() {
        TestGraph.clear();
        nameless = hw.ingest(text(NAMELESS), ArticleMetadata.NONE).id();
        gazette = hw.ingest(text(GAZETTE), new ArticleMetadata("Gulf Gazette", null, "2024-03-12")).id();
        hostOnly = hw.ingest(text(NAMELESS.replace("Panel finds", "Experts find") + "\nThe ministry said nothing.\n"),
                new ArticleMetadata(null, "https://www.harbour-news.example/trawlers", null)).id();
    }

    private static RawDocument text(String s) {
        return new RawDocument("test", s.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private static void neverNull(String rendered) {
        assertThat(rendered).doesNotContainPattern("\\bnull\\b");
    }

    @Test
    void theArticlesOwnReportsSayUnknownAndHowToGiveIt() {
        Provenance p = hw.tracer().provenance(nameless).orElseThrow();
        List<Hop> chain = p.chains().get(0);
        assertThat(chain.get(chain.size() - 1).name()).isEqualTo("unknown outlet");
        for (ReportFormat f : List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.PROV_N)) {
            neverNull(reports.render(p, f));
        }
        assertThat(reports.render(p, ReportFormat.MD)).contains("→ **unknown outlet** (Outlet)",
                "| Outlet | unknown outlet (not given: name it with ingest --outlet NAME, or PATCH /api/articles/" + nameless + ") |");
        assertThat(reports.render(p, ReportFormat.HTML)).contains("<b>unknown outlet</b> took from");
    }

    @Test
    void otherArticlesAndTheSourceTimelineSayUnknownToo() {
        String md = reports.render(hw.tracer().provenance(gazette).orElseThrow(), ReportFormat.MD);
        neverNull(md);
        assertThat(md).contains("| unknown outlet |");
        // Kyodo's story of the panel's report, as the Gazette's chain names it (report keys carry the report's month)
        String story = hw.tracer().provenance(gazette).orElseThrow().chains().get(0).get(1).key();
        assertThat(story).startsWith("story:kyodo>report:");
        for (ReportFormat f : List.of(ReportFormat.MD, ReportFormat.HTML)) {
            String timeline = reports.render(hw.tracer().lineage(story).orElseThrow(), f);
            neverNull(timeline);
            assertThat(timeline).contains("unknown outlet", "Gulf Gazette");
        }
    }

    @Test
    void anArticleWithOnlyAnAddressIsShownByItsHost() {
        Provenance p = hw.tracer().provenance(hostOnly).orElseThrow();
        List<Hop> chain = p.chains().get(0);
        assertThat(chain.get(chain.size() - 1).name()).isEqualTo("harbour-news.example");
        neverNull(reports.render(p, ReportFormat.MD));
    }
}
