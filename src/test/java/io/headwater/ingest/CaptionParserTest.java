package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionParserTest {

    @Test
    void readsALabelledCredit() {
        Caption c = CaptionParser.parse(null, "Representative image. Photograph:(Reuters)");
        assertThat(c.text()).isEqualTo("Representative image.");
        assertThat(c.credit()).isEqualTo("Reuters");
    }

    @Test
    void readsATrailingCreditAfterTheLastSentence() {
        Caption c = CaptionParser.parse("Rocket launch", "A rocket lifts off in this undated picture. AFP");
        assertThat(c.credit()).isEqualTo("AFP");
        assertThat(c.text()).isEqualTo("A rocket lifts off in this undated picture.");
    }

    @Test
    void dropsARepeatedTitle() {
        Caption c = CaptionParser.parse("Rail-borne missile test", "Rail-borne missile test Twitter");
        assertThat(c.title()).isEqualTo("Rail-borne missile test");
        assertThat(c.text()).isNull();
        assertThat(c.credit()).isEqualTo("Twitter");
    }

    @Test
    void readsPhotoBy() {
        assertThat(CaptionParser.parse(null, "Crowds at the square (Photo by Jane Roe/Getty Images)").credit())
                .isEqualTo("Jane Roe/Getty Images");
    }

    @Test
    void leavesTheCreditEmptyWhenNoneIsPrinted() {
        assertThat(CaptionParser.parse(null, "crowds gather at the square").credit()).isNull();
    }
}
