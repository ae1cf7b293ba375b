package io.headwater.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.headwater.core.Relation;
import io.headwater.trace.Citation;
import io.headwater.trace.Hop;

/** The HTML report's diagram fits the page, shows whole names and labels each arrow with the words of its link. */
class SvgDiagramTest {

    private static final String LONG = "Report of the Panel of Experts established pursuant to resolution 1874 (2009)";
    private static final Map<String, Object> QUOTED = Map.of("cue", "quoted", "sentence", "Yonhap quoted the report.");
    private static final Map<String, Object> RELAYED = Map.of("cue", "quoted", "via", "a report by Yonhap News Agency",
            "credit", "(With inputs from agencies)", "sentence", "A report by Yonhap News Agency quoted the report.");

    private static final List<Hop> SEED_LIKE = List.of(
            new Hop("Report", "report:panel", LONG, "report", false, QUOTED,
                    List.of(new Citation(Relation.CITES, "anon:state", "a member state", "anonymous", "According to a member state", "According to", 0.8))),
            new Hop("Agency", "story:yonhap>report:panel", "Yonhap News Agency", "agency", true, RELAYED, List.of()),
            new Hop("Outlet", "wion", "WION", "outlet", false, null, List.of()));

    private static int width(String svg) {
        Matcher m = Pattern.compile("<svg [^>]*width=\"(\\d+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theSeedsChainFitsThePageWithWholeNames() {
        String svg = SvgDiagram.of(List.of(SEED_LIKE));
        assertThat(width(svg)).isLessThanOrEqualTo(SvgDiagram.MAX_WIDTH);
        assertThat(svg).contains("max-width:100%;height:auto");
        // The long name wraps over lines of its box, every word kept, and is the box's tooltip.
        assertThat(svg).contains("<title>" + LONG + " (Report)</title>").doesNotContain("…");
        String shown = String.join(" ", Pattern.compile("<tspan[^>]*>([^<]*)</tspan>").matcher(svg).results()
                .map(r -> r.group(1)).toList());
        assertThat(shown).contains(LONG);
    }

    @Test
    void eachArrowIsLabelledWithItsOwnCue() {
        String svg = SvgDiagram.of(List.of(SEED_LIKE));
        // Yonhap quoted the report; WION took from Yonhap "with inputs from agencies", it did not quote it.
        assertThat(svg).contains(">With inputs from agencies</text>", ">quoted</text>", ">cited by</text>");
        assertThat(Pattern.compile(">quoted</text>").matcher(svg).results().count()).isEqualTo(1);
        String mermaid = MermaidDiagram.of(List.of(SEED_LIKE));
        assertThat(mermaid).contains("-->|quoted|", "-->|With inputs from agencies|");
    }

    @Test
    void longChainsAndManyOutletsStayWithinThePage() {
        List<List<Hop>> chains = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            chains.add(List.of(SEED_LIKE.get(0), SEED_LIKE.get(1),
                    new Hop("Article", "a-" + i, "Outlet " + i + ": a headline long enough to wrap over the box", "article", false,
                            Map.of("cue", "dated"), List.of()),
                    new Hop("Outlet", "outlet:" + i, "Outlet number " + i, "outlet", false, null, List.of())));
        }
        String svg = SvgDiagram.of(chains);
        assertThat(width(svg)).isLessThanOrEqualTo(SvgDiagram.MAX_WIDTH);
        assertThat(svg).contains("Outlet number 13");
    }
}
