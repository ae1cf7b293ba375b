package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The aligner finds shared passages through small edits and gives their character ranges on both sides. */
class PassageAlignerTest {

    private final PassageAligner aligner = new PassageAligner(10);

    private static final String REPORT = "Although no boardings or harbour closures were announced over the winter, "
            + "FCA continued to expand its capability for processing frozen catch at sea, the panel stated.";

    private List<Passage> passages(String a, String b) {
        WordTokens ta = WordTokens.of(a);
        WordTokens tb = WordTokens.of(b);
        return aligner.align(ta, tb).stream().map(m -> m.toPassage(ta, tb)).toList();
    }

    @Test
    void aChangedWordDoesNotBreakThePassage() {
        String a = "Officials said on Monday that " + REPORT + " Nothing else was said.";
        String b = "In other news, " + REPORT.replace("capability", "capacity") + " The weather was fine.";
        List<Passage> found = passages(a, b);
        assertThat(found).hasSize(1);
        Passage p = found.get(0);
        assertThat(a.substring(p.aStart(), p.aEnd())).startsWith("Although no boardings").endsWith("the panel stated");
        assertThat(b.substring(p.bStart(), p.bEnd())).contains("capacity for processing");
        assertThat(p.matched()).isEqualTo(p.aWords() - 1);
    }

    @Test
    void aSpelledOutAbbreviationBendsThePassageWithoutCuttingIt() {
        String b = REPORT.replace("FCA continued", "the Fisheries Control Agency continued");
        List<Passage> found = passages(REPORT, b);
        assertThat(found).hasSize(1);
        assertThat(b.substring(found.get(0).bStart(), found.get(0).bEnd())).contains("the winter, the Fisheries Control Agency continued to expand");
    }

    @Test
    void aDroppedClauseStaysInsideOnePassage() {
        String a = "Officials in Gdansk said on Sunday that the annual review, which has been sent to the regional "
                + "fisheries council in Riga, found the fleet kept expanding its freezer capacity.";
        String b = "Officials in Gdansk said on Sunday that the annual review, sent to the regional "
                + "fisheries council in Riga, found the fleet kept expanding its freezer capacity.";
        List<Passage> found = passages(a, b);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).aWords()).isEqualTo(WordTokens.of(a).size());
        assertThat(found.get(0).bWords()).isEqualTo(WordTokens.of(b).size());
    }

    @Test
    void caseAndPunctuationAreFolded() {
        String a = "GDANSK -- The fleet landed catch at least seven times in closed harbours during 2021, it added.";
        String b = "the fleet landed catch at least seven times in closed harbours during 2021 it added";
        assertThat(passages(a, b)).hasSize(1);
    }

    @Test
    void reorderedParagraphsAreTwoPassages() {
        String p1 = "The fisheries ministry said it would suspend fourteen trawler licences pending inspections of the fleet.";
        String p2 = "Inspectors will board every vessel that switched off its tracking beacon during the closed season.";
        List<Passage> found = passages(p1 + "\n\n" + p2, p2 + "\n\n" + p1);
        assertThat(found).hasSize(2);
    }

    @Test
    void unrelatedTextsShareNothing() {
        assertThat(passages("The harbour will be dredged in June to let larger container ships reach the new quay.",
                "Wheat prices rose on Tuesday after a dry spring cut the harvest forecast in the southern plains.")).isEmpty();
    }

    @Test
    void tooShortTextsAreNotCompared() {
        assertThat(passages("Ministry suspends licences.", "Ministry suspends licences.")).isEmpty();
    }

    @Test
    void chineseTextIsAlignedCharacterByCharacter() {
        String a = "渔业委员会的年度报告说，船队去年继续扩大冷冻加工能力，并在禁渔期多次进入封闭港口卸货。";
        String b = "当地报纸援引报告说，船队去年继续扩大冷冻加工能力，并在禁渔期多次进入封闭港口卸货，报告已提交部长。";
        List<Passage> found = passages(a, b);
        assertThat(found).hasSize(1);
        assertThat(a.substring(found.get(0).aStart(), found.get(0).aEnd())).contains("船队去年继续扩大冷冻加工能力");
    }
}
