package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.core.Span;

class QuotationTest {

    private static List<Quotation> find(String text) {
        return Quotation.find(text, List.of(new Span(0, text.length())));
    }

    @Test
    void findsStraightAndCurlyQuotations() {
        String text = "He said \"yes\" and she said “no”.";
        assertThat(find(text)).extracting(q -> q.inner().in(text)).containsExactly("yes", "no");
    }

    @Test
    void acceptsAStraightOpeningClosedByACurlyMark() {
        String text = "It showed \"increased capabilities,” it said.";
        assertThat(find(text)).extracting(q -> q.inner().in(text)).containsExactly("increased capabilities,");
    }

    @Test
    void anUnclosedQuotationRunsToTheParagraphEnd() {
        String text = "\"The pier will reopen in spring";
        assertThat(find(text)).singleElement().satisfies(q -> assertThat(q.inner().in(text))
                .isEqualTo("The pier will reopen in spring"));
    }

    @Test
    void apostrophesAreNoQuotations() {
        assertThat(find("The panel's report isn't out.")).isEmpty();
    }

    @Test
    void twoApostrophesAreADoubleMarkAsArchiveTextPrintsThem() {
        String text = "''It cannot be contained,'' Mrs. Clinton said of the group's ''so-called'' state.";
        List<Quotation> found = find(text);
        assertThat(found).extracting(q -> q.inner().in(text)).containsExactly("It cannot be contained,", "so-called");
        assertThat(found.get(0).outer().in(text)).isEqualTo("''It cannot be contained,''");
        String ptb = "He called it ``a disgrace'' on Monday.";
        assertThat(find(ptb)).extracting(q -> q.outer().in(ptb)).containsExactly("``a disgrace''");
    }

    @Test
    void aQuotationMayOpenAfterANoBreakSpace() {
        String text = "\"They sue,\" he said.\u00a0\"Everybody sues, right?\"";
        assertThat(find(text)).extracting(q -> q.inner().in(text)).containsExactly("They sue,", "Everybody sues, right?");
    }
}
