package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two wordings of one quote: the difference word by word; unrelated or identical wordings are no variants. */
class QuoteWordingTest {

    @Test
    void theSeedsTwoWordingsDiffer() {
        var d = QuoteWording.compare(
                "DPRK demonstrated increased capabilities for rapid deployment, wide mobility (including at sea), and improved "
                        + "resilience of its missile forces.",
                "North Korea also demonstrated \"increased capabilities for rapid deployment, wide mobility (including at sea), "
                        + "and improved resilience of its missile forces").orElseThrow();
        assertThat(d.removed()).containsExactly("DPRK");
        assertThat(d.added()).containsExactly("North", "Korea", "also");
        assertThat(d.summary()).isEqualTo("−DPRK +North Korea also");
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
        var outer = new QuoteVariantFinder.QuoteText("a:q1", "According to a member state, DPRK cyberactors stole more than "
                + "$50 million", "a", "report", false);
        var nested = new QuoteVariantFinder.QuoteText("b:q2", "DPRK cyberactors stole more than $50 million", "b", "report", true);
        var truncated = new QuoteVariantFinder.QuoteText("c:q3", "DPRK cyberactors stole more than $50 million", "c", "report", false);
        assertThat(finder.find(java.util.List.of(nested), java.util.List.of(outer))).isEmpty();
        assertThat(finder.find(java.util.List.of(truncated), java.util.List.of(outer)))
                .singleElement().satisfies(v -> assertThat(v.difference().summary()).isEqualTo("−According to a member state"));
    }
}
