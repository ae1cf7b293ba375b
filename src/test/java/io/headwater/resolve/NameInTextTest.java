package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameInTextTest {

    @Test
    void aFullNameBeforeTheSurnameWithTitlesDropped() {
        NameInText n = NameInText.find("Salesforce CEO Marc Benioff spoke first. Later Benioff said more.", "Benioff");
        assertThat(n.fullName()).isEqualTo("Marc Benioff");
        assertThat(n.titled()).isTrue();
        assertThat(NameInText.find("President Donald J. Trump arrived.", "Trump").fullName()).isEqualTo("Donald J. Trump");
    }

    @Test
    void aTitleAloneStillMakesAPerson() {
        NameInText n = NameInText.find("Mr. Okafor declined. Okafor said later he would.", "Okafor");
        assertThat(n.fullName()).isNull();
        assertThat(n.titled()).isTrue();
    }

    @Test
    void sentenceStartsPossessivesAndOtherSentencesAreNoGivenNames() {
        assertThat(NameInText.find("Shares rose on Tuesday. Apple said sales grew. When Apple", "Apple")).isEqualTo(NameInText.NONE);
        assertThat(NameInText.find("The report came from Bloomberg. Apple said nothing.", "Apple")).isEqualTo(NameInText.NONE);
        assertThat(NameInText.find("Tim Cook's Apple said so.", "Apple")).isEqualTo(NameInText.NONE);
        assertThat(NameInText.find("A headline\nApple said so.", "Apple")).isEqualTo(NameInText.NONE);
    }
}
