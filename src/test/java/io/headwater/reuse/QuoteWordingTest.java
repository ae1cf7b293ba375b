package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two wordings of one quote: the difference word by word; unrelated or identical wordings are no variants. */
class QuoteWordingTest {

    @Test
    void twoOutletsWordingsOfOneQuoteDiffer() {
        var d = QuoteWording.compare(
                "FCA showed a marked rise in unreported landings, longer trips (including in the closed season), and larger "
                        + "freezer holds across its fleet.",
                "The Fisheries Control Agency also showed \"a marked rise in unreported landings, longer trips (including in the closed season), "
                        + "and larger freezer holds across its fleet").orElseThrow();
        assertThat(d.removed()).containsExactly("FCA");
        assertThat(d.added()).containsExactly("The", "Fisheries", "Control", "Agency", "also");
        assertThat(d.summary()).isEqualTo("−FCA +The Fisheries Control Agency also");
        assertThat(d.overlap()).isEqualTo(0.95);
    }

    @Test
    void identicalWordingsAreNoVariant() {
        assertThat(QuoteWording.compare("We will not allow vessels to fish here.", "We will NOT allow vessels to fish here")).isEmpty();
    }

    @Test
    void unrelatedQuotesAreNoVariant() {
        assertThat(QuoteWording.compare("We will not allow vessels to fish here.", "The harbour opens in June for larger ships.")).isEmpty();
    }

    @Test
    void aQuoteAndTheQuoteNestedInItAreNoVariantButATruncatedQuoteIs() {
        var finder = new QuoteVariantFinder();
        var outer = new QuoteVariantFinder.QuoteText("a:q1", "According to a coastal state, the trawlers landed more than "
                + "$9 million of catch", "a", "report", false);
        var nested = new QuoteVariantFinder.QuoteText("b:q2", "the trawlers landed more than $9 million of catch", "b", "report", true);
        var truncated = new QuoteVariantFinder.QuoteText("c:q3", "the trawlers landed more than $9 million of catch", "c", "report", false);
        assertThat(finder.find(java.util.List.of(nested), java.util.List.of(outer))).isEmpty();
        assertThat(finder.find(java.util.List.of(truncated), java.util.List.of(outer)))
                .singleElement().satisfies(v -> assertThat(v.difference().summary()).isEqualTo("−According to a coastal state"));
    }

    @Test
    void aFragmentWhoseWordsAreScatteredOverAnUnrelatedSentenceIsNoVariant() {
        // Five of the fragment's seven words occur in order in the sentence, but far apart: a stock phrase in common.
        assertThat(QuoteWording.compare("to be heavy losses from the storms",
                "The insurers continued to raise their premiums last year as they suffered heavy losses from the storms")).isEmpty();
        assertThat(QuoteWording.compare("to be significant profits from cyberattacks",
                "The country continued to expand its drone and rocket programs last year as it gained significant profits from cyberattacks"))
                .isEmpty();
    }

    @Test
    void aRewordingInTheMiddleIsStillAVariant() {
        var d = QuoteWording.compare("the fleet kept landing undeclared catch at three ports in the south",
                "the fleet kept landing unreported catch at three ports in the south").orElseThrow();
        assertThat(d.summary()).isEqualTo("−undeclared +unreported");
    }
}
