package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The aligner finds shared passages through small edits and gives their character ranges on both sides. */
class PassageAlignerTest {

    private final PassageAligner aligner = new PassageAligner(10);

    private static final String REPORT = "Although no nuclear tests or launches of intercontinental ballistic missiles were reported, "
            + "DPRK continued to develop its capability for production of nuclear fissile materials, the report stated.";

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
        assertThat(a.substring(p.aStart(), p.aEnd())).startsWith("Although no nuclear tests").endsWith("the report stated");
        assertThat(b.substring(p.bStart(), p.bEnd())).contains("capacity for production");
        assertThat(p.matched()).isEqualTo(p.aWords() - 1);
    }

    @Test
    void northKoreaForDprkBendsThePassageWithoutCuttingIt() {
        String b = REPORT.replace("DPRK continued", "North Korea continued");
        List<Passage> found = passages(REPORT, b);
        assertThat(found).hasSize(1);
        assertThat(b.substring(found.get(0).bStart(), found.get(0).bEnd())).contains("were reported, North Korea continued to develop");
    }

    @Test
    void aDroppedClauseStaysInsideOnePassage() {
        String a = "Officials in Seoul said on Sunday that the annual report, which has been submitted to the UN Security "
                + "Council North Korea sanctions committee, found the country kept developing its missile capabilities.";
        String b = "Officials in Seoul said on Sunday that the annual report, submitted to the UN Security "
                + "Council North Korea sanctions committee, found the country kept developing its missile capabilities.";
        List<Passage> found = passages(a, b);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).aWords()).isEqualTo(WordTokens.of(a).size());
        assertThat(found.get(0).bWords()).isEqualTo(WordTokens.of(b).size());
    }

    @Test
    void caseAndPunctuationAreFolded() {
        String a = "SEOUL -- North Korea carried out at least seven attacks on cryptocurrency platforms in 2021, it added.";
        String b = "north korea carried out at least seven attacks on cryptocurrency platforms in 2021 it added";
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
        String a = "联合国专家小组的报告说，朝鲜去年继续发展核计划和导弹计划，并从网络攻击中获得了大量收入。";
        String b = "韩联社援引报告说，朝鲜去年继续发展核计划和导弹计划，并从网络攻击中获得了大量收入，报告已提交安理会。";
        List<Passage> found = passages(a, b);
        assertThat(found).hasSize(1);
        assertThat(a.substring(found.get(0).aStart(), found.get(0).aEnd())).contains("朝鲜去年继续发展核计划");
    }
}
