package io.headwater.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.model.WasDerivedFrom;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.cli.DemoCorpus;
import io.headwater.trace.Provenance;
import io.headwater.trace.SourceLineage;

/** Every report format on the demo corpus, checked for content, and PROV read back with ProvToolbox. */
class ReportsIT {

    private static final String REPORT_KEY = "report:org:international-maritime-compliance-panel:2024-03";
    private static Provenance harbourTimes;
    private static SourceLineage panelReport;
    private final Reports reports = new Reports();

    @BeforeAll
    static void demo() {
        Headwater hw = TestGraph.headwater();
        TestGraph.clear();
        String id = DemoCorpus.load(hw).get(0).id();
        harbourTimes = hw.tracer().provenance(id).orElseThrow();
        panelReport = hw.tracer().lineage(REPORT_KEY).orElseThrow();
    }

    @Test
    void htmlIsSelfContainedWithAnInlineDiagram() {
        String html = reports.render(harbourTimes, ReportFormat.HTML);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "Agence France-Presse", "Harbour Times",
                "International Maritime Compliance Panel report, March 2024", "a flag state");
        assertThat(html).doesNotContain("<script", "<link", "src=\"http", "@import");
    }

    @Test
    void markdownShowsChainEvidenceAndCredits() {
        String md = reports.render(harbourTimes, ReportFormat.MD);
        assertThat(md).contains("(Report) → **Agence France-Presse** (Agency, inferred story) → **Harbour Times** (Outlet)",
                "quoted the confidential report by the International Maritime Compliance Panel", "**Reuters**");
    }

    @Test
    void sourceReportListsEveryOutletThatCarriedIt() {
        String md = reports.render(panelReport, ReportFormat.MD);
        assertThat(md).contains("# Descendants of International Maritime Compliance Panel report, March 2024", "Harbour Times",
                "Riverside Daily", "Agence France-Presse", "| 2024-03-14");
        String html = reports.render(panelReport, ReportFormat.HTML);
        assertThat(html).contains("<svg", "Timeline", "Riverside Daily");
    }

    @Test
    void jsonCarriesTheChains() {
        assertThat(reports.render(harbourTimes, ReportFormat.JSON)).contains("\"chains\"", "\"label\" : \"Agency\"");
    }

    @Test
    void provNReadsBackWithProvToolbox() {
        ProvExport prov = new ProvExport();
        Document original = prov.article(harbourTimes);
        String text = prov.toProvN(original);
        assertThat(text).startsWith("document").contains("wasDerivedFrom", "wasAttributedTo", "prov:Quotation");
        Document back = prov.readProvN(text);
        assertThat(back.getStatementOrBundle()).hasSameSizeAs(original.getStatementOrBundle());
    }

    @Test
    void provJsonReadsBackWithProvToolbox() {
        ProvExport prov = new ProvExport();
        Document original = prov.source(panelReport);
        String text = prov.toProvJson(original);
        Document back = prov.readProvJson(text);
        assertThat(back.getStatementOrBundle()).hasSameSizeAs(original.getStatementOrBundle());
        List<StatementOrBundle> derivations = back.getStatementOrBundle().stream()
                .filter(s -> s instanceof WasDerivedFrom).toList();
        assertThat(derivations).isNotEmpty();
    }

    @Test
    void theStoryQuotedTheReport() {
        ProvExport prov = new ProvExport();
        String text = prov.toProvN(prov.article(harbourTimes));
        assertThat(text).containsPattern("wasDerivedFrom\\(hw:story_afp_report_[a-z0-9_-]+, hw:report_org_[a-z0-9_-]+,\\[prov:type = 'prov:Quotation'\\]\\)");
    }
}
