package io.headwater.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.headwater.core.Relation;
import io.headwater.trace.ArticleSummary;
import io.headwater.trace.Citation;
import io.headwater.trace.CreditView;
import io.headwater.trace.Hop;
import io.headwater.trace.Provenance;
import io.headwater.trace.QuoteView;
import io.headwater.trace.ReuseView;

class MarkdownReportTest {

    private static final Map<String, Object> QUOTED = Map.of("sentence", "\"Catch was seized,\" AFP quoted the report.",
            "start", 10L, "end", 52L, "cue", "quoted", "confidence", 0.85, "extractor", "headwater-rules/0.1");

    private static Provenance provenance(List<List<Hop>> chains, List<QuoteView> quotes) {
        return new Provenance(new ArticleSummary("a-1", "Fleets seized", "Harbour Times", "Desk", "Lisbon",
                "2024-03-14", null, "demo"), chains,
                quotes, List.of(new CreditView("reuters", "Reuters", "agency", "photo", "Trawlers at anchor. Reuters", "credit", 0.9)));
    }

    private static final List<List<Hop>> CHAIN = List.of(List.of(
            new Hop("Report", "report:x", "Report of the Panel", "report", false, QUOTED,
                    List.of(new Citation(Relation.CITES, "anon:x", "a flag state", "anonymous", "According to a flag state, ...", "According to", 0.77))),
            new Hop("Agency", "story:afp>report:x", "Agence France-Presse", "agency", true, QUOTED, List.of()),
            new Hop("Outlet", "outlet:harbour-times", "Harbour Times", "outlet", false, null, List.of())));

    @Test
    void drawsTheChainAsMermaidAndListsItInOrder() {
        String md = new MarkdownReport().render(provenance(CHAIN, List.of()));
        assertThat(md).contains("```mermaid", "flowchart LR", "-->|quoted|", "-. cites .->");
        assertThat(md).contains("1. **Report of the Panel** (Report) → **Agence France-Presse** (Agency, inferred story) → **Harbour Times** (Outlet)");
    }

    @Test
    void givesEveryLinksEvidenceSentence() {
        String md = new MarkdownReport().render(provenance(CHAIN, List.of()));
        assertThat(md).contains("> \"Catch was seized,\" AFP quoted the report.", "cue “quoted”", "confidence 0.85",
                "chars 10–52", "headwater-rules/0.1");
        assertThat(md).contains("**Report of the Panel** cites **a flag state**");
    }

    @Test
    void keepsPictureCreditsApartAndFlagsUnattributedContent() {
        QuoteView unattributed = new QuoteView("a-1:q0", "Nobody asked us.", "continued", 0L, 16L, null, null, null,
                null, null, null, "\"Nobody asked us.\"", 0.4);
        String md = new MarkdownReport().render(provenance(List.of(), List.of(unattributed)));
        assertThat(md).contains("the article's claims are unattributed", "*unattributed*", "## Picture credits", "**Reuters**");
    }

    @Test
    void keysInTheReuseTableReadAsTypedAndHtmlStaysText() {
        ReuseView pair = new ReuseView("a-2", "Fleets <script>alert(1)</script> seized", "Riverside Daily", null, Relation.SHARES_TEXT,
                "DERIVED_FROM", "common-upstream", "story:afp>report:x", true, "both took text from a common upstream", 0.5, 0.4, 120,
                List.of(new ReuseView.PassageView(0, 20, "Catch was seized <b>", 5, 25, "Catch was seized \\<i>", 0)));
        Provenance p = new Provenance(provenance(CHAIN, List.of()).article(), CHAIN, List.of(), List.of(), List.of(pair), List.of());
        String md = new MarkdownReport().render(p);
        assertThat(md).contains("| common-upstream: story:afp>report:x |").doesNotContain("&gt;", "&lt;");
        // Every "<" is escaped, and a backslash in the text cannot undo the escape.
        assertThat(md).doesNotContainPattern("(?<!\\\\)(\\\\\\\\)*<(script|b>|i>)");
        assertThat(md).contains("Fleets \\<script>", "seized \\\\\\<i>");
    }
}
