package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.headwater.core.Span;

class CueLexiconTest {

    private final CueLexicon lexicon = CueLexicon.standard();

    private static Token token(String text, String tag) {
        return new Token(text, tag, new Span(0, text.length()));
    }

    @Test
    void knowsReportingVerbsWhateverTheirTag() {
        assertThat(lexicon.lemma(token("said", "NN"))).isEqualTo("say");
        assertThat(lexicon.lemma(token("told", "VB"))).isEqualTo("tell");
    }

    @Test
    void nounLikeFormsCountOnlyAsVerbs() {
        assertThat(lexicon.lemma(token("reports", "NN"))).isNull();
        assertThat(lexicon.lemma(token("reports", "VB"))).isEqualTo("report");
    }

    @Test
    void relayVerbs() {
        assertThat(lexicon.isRelayVerb("quote")).isTrue();
        assertThat(lexicon.isRelayVerb("say")).isFalse();
    }
}
