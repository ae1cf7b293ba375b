package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.reuse.QuoteVariantFinder.QuoteText;

/** A new wording is linked to the earliest wording of its quote, once, however many articles printed it before. */
class QuoteVariantFinderTest {

    private static QuoteText earlier(String article, String since, String text) {
        return new QuoteText(article + ":q0", text, article, "who", false, since);
    }

    @Test
    void aNewWordingGetsOneEdgeToTheEarliestWording() {
        List<QuoteText> before = List.of(
                earlier("c", "2024-01-03", "310 children were vaccinated at mobile clinics in the old town during the campaign"),
                earlier("a", "2024-01-01", "120 children were vaccinated at mobile clinics in the old town during the campaign"),
                earlier("b", "2024-01-02", "250 children were vaccinated at mobile clinics in the old town during the campaign"),
                earlier("d", null, "400 children were vaccinated at mobile clinics in the old town during the campaign"));
        QuoteText fresh = new QuoteText("e:q0", "515 children were vaccinated at mobile clinics in the old town during the drive",
                "e", "who", false);
        assertThat(new QuoteVariantFinder().find(List.of(fresh), before)).singleElement().satisfies(v -> {
            assertThat(v.earlier()).isEqualTo("a:q0");
            assertThat(v.sameSource()).isTrue();
        });
    }

    @Test
    void amongEquallyEarlyWordingsTheClosestIsChosen() {
        List<QuoteText> before = List.of(
                earlier("a", "2024-01-01", "the clinics will stay open late on Fridays and Saturdays in the spring months"),
                earlier("b", "2024-01-01", "the clinics will stay open late on Fridays in the spring"));
        QuoteText fresh = new QuoteText("e:q0", "the clinics will stay open late on Fridays in the spring too", "e", null, false);
        assertThat(new QuoteVariantFinder().find(List.of(fresh), before)).singleElement()
                .satisfies(v -> assertThat(v.earlier()).isEqualTo("b:q0"));
    }

    @Test
    void twoContentsSharingAQuoteKeyAreComparedOnceAsTheGraphKeepsTheFirst() {
        List<QuoteText> before = List.of(earlier("a", "2024-01-01", "86 new cases of measles were confirmed this week"));
        QuoteText first = new QuoteText("e:q37", "55 new cases of measles were confirmed this week", "e", null, false);
        QuoteText longer = new QuoteText("e:q37", "55 new cases of measles were confirmed this week, bringing the total to 428",
                "e", null, false);
        assertThat(new QuoteVariantFinder().find(List.of(first, longer), before)).singleElement()
                .satisfies(v -> assertThat(v.difference().summary()).isEqualTo("−86 +55"));
    }
}
