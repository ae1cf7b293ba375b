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
        assertThat(ClassNameSignals.classify("related-content#")).isEqualTo(ClassNameSignals.Role.FURNITURE);
        assertThat(ClassNameSignals.classify("comment-content#")).isEqualTo(ClassNameSignals.Role.COMMENTS);
    }

    @Test
    void hiddenAndPrintNameFurnitureOnlyAsTheElementsOwnState() {
        assertThat(ClassNameSignals.classify("visually-hidden#")).isEqualTo(ClassNameSignals.Role.FURNITURE);
        assertThat(ClassNameSignals.classify("is-hidden#")).isEqualTo(ClassNameSignals.Role.FURNITURE);
        assertThat(ClassNameSignals.classify("d-print-none#")).isEqualTo(ClassNameSignals.Role.FURNITURE);
        assertThat(ClassNameSignals.classify("field field--name-body field--label-hidden#"))
                .isEqualTo(ClassNameSignals.Role.CONTENT);
        assertThat(ClassNameSignals.classify("col-md-8 hidden-xs#")).isEqualTo(ClassNameSignals.Role.NEUTRAL);
        assertThat(ClassNameSignals.classify("content print-only#")).isEqualTo(ClassNameSignals.Role.CONTENT);
    }

    @Test
    void aPageBuildersWidgetIsNoSidebarWidget() {
        assertThat(ClassNameSignals.classify("elementor-widget-container#")).isEqualTo(ClassNameSignals.Role.NEUTRAL);
        assertThat(ClassNameSignals.classify("widget widget_recent_entries#")).isEqualTo(ClassNameSignals.Role.FURNITURE);
    }

    @Test
    void aTeaserIsNamedApartFromOtherFurniture() {
        assertThat(ClassNameSignals.classify("teaser-text#")).isEqualTo(ClassNameSignals.Role.TEASER);
    }

    @Test
    void captionAndCreditNamesAreCaptions() {
        assertThat(ClassNameSignals.classify("wp-caption-text#")).isEqualTo(ClassNameSignals.Role.CAPTION);
        assertThat(ClassNameSignals.classify("photo-credit#")).isEqualTo(ClassNameSignals.Role.CAPTION);
    }
}
