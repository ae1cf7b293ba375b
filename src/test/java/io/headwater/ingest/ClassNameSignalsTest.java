package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassNameSignalsTest {

    @Test
    void wordsAreMatchedWholeSoHeaderIsNotAnAd() {
        assertThat(ClassNameSignals.classify("site-header#top")).isEqualTo(ClassNameSignals.Role.NEUTRAL);
        assertThat(ClassNameSignals.classify("ad-slot#")).isEqualTo(ClassNameSignals.Role.FURNITURE);
    }

    @Test
    void camelCaseIsSplit() {
        assertThat(ClassNameSignals.classify("relatedArticles#")).isEqualTo(ClassNameSignals.Role.FURNITURE);
        assertThat(ClassNameSignals.classify("articleBody#")).isEqualTo(ClassNameSignals.Role.CONTENT);
    }

    @Test
    void furnitureWinsOverContentInOneName() {
        assertThat(ClassNameSignals.classify("comment-content#")).isEqualTo(ClassNameSignals.Role.FURNITURE);
    }

    @Test
    void captionAndCreditNamesAreCaptions() {
        assertThat(ClassNameSignals.classify("wp-caption-text#")).isEqualTo(ClassNameSignals.Role.CAPTION);
        assertThat(ClassNameSignals.classify("photo-credit#")).isEqualTo(ClassNameSignals.Role.CAPTION);
    }
}
