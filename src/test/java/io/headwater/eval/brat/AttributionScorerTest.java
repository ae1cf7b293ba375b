package io.headwater.eval.brat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Java scorer agrees with shared/tools/score_attributions.py on the hand-computed cases of its own tests. */
class AttributionScorerTest {

    private static final String TEXT = "Alice said the plan works. Bob claimed taxes rose, he added, sharply.\n\nCarol wrote more.\n";

    private static String at(String phrase) {
        int start = TEXT.indexOf(phrase);
        return start + " " + (start + phrase.length());
    }

    private static final String GOLD = String.join("\n",
            "T1\tSource " + at("Alice") + "\tAlice",
            "T2\tCue " + at("said") + "\tsaid",
            "T3\tContent " + at("the plan works") + "\tthe plan works",
            "T4\tAttribution " + at("said") + "\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            "T5\tSource " + at("Bob") + "\tBob",
            "T6\tCue " + at("claimed") + "\tclaimed",
            "T7\tContent " + at("taxes rose") + ";" + at("sharply") + "\ttaxes rose sharply",
            "E2\tAttribution:T6 Cue:T6 Source:T5 Content:T7",
            "T9\tDiscuss " + at("he added") + "\the added",
            "#1\tAnnotatorNotes T9\tnot sure") + "\n";

    private static final String PREDICTED = String.join("\n",
            "T1\tSource " + at("Alice") + "\tAlice",
            "T2\tCue " + at("said") + "\tsaid",
            "T3\tContent " + at("the plan works") + "\tthe plan works",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
            "T4\tSource " + at("Bob"),
            "T5\tCue " + at("claimed"),
            "T6\tContent " + at("taxes rose"),
            "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
            "T7\tSource " + at("Carol"),
            "T8\tCue " + at("wrote"),
            "T9\tContent " + at("more"),
            "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9") + "\n";

    private static AttributionScorer score(String gold, String predicted) {
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, BratDocument.parse(gold, TEXT), predicted == null ? null : BratDocument.parse(predicted, TEXT));
        return s;
    }

    @Test
    void goldAgainstItselfIsPerfect() {
        AttributionScorer s = score(GOLD, GOLD);
        for (String row : AttributionScorer.ROWS) {
            assertThat(s.tally(row).score(true).f1()).as(row).isEqualTo(1.0);
            assertThat(s.tally(row).score(false).f1()).as(row).isEqualTo(1.0);
        }
        assertThat(s.tally("Source").gold()).isEqualTo(2);
    }

    @Test
    void partialContentMatchesByOverlapOnly() {
        AttributionScorer s = score(GOLD, PREDICTED);
        assertThat(s.tally("Source").score(true).matched()).isEqualTo(2);
        assertThat(s.tally("Content").score(true).matched()).isEqualTo(1);
        assertThat(s.tally("Content").score(false).matched()).isEqualTo(2);
        assertThat(s.tally("Attribution").score(true).precision()).isEqualTo(1 / 3.0);
        assertThat(s.tally("Attribution").score(false).recall()).isEqualTo(1.0);
    }

    @Test
    void fragmentsInAnyOrderAndSplitOnlyByWhiteSpaceAreOneSpan() {
        String split = GOLD.replace("T3\tContent " + at("the plan works"),
                "T3\tContent " + at("works") + ";" + at("the plan"));
        AttributionScorer s = score(GOLD, split);
        assertThat(s.tally("Content").score(true).f1()).isEqualTo(1.0);
    }

    @Test
    void aMissingPredictionCountsAllGoldAsMissed() {
        AttributionScorer s = score(GOLD, null);
        assertThat(s.tally("Cue").score(true).recall()).isZero();
        assertThat(s.tally("Cue").predicted()).isZero();
    }
}
