package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.core.Span;

class WireAgencyTest {

    private static Credit credit(Credit.Kind kind, String name) {
        return new Credit(kind, name, name, new Span(0, 1), "cue", 0.8);
    }

    @Test
    void spellingsOfOneWireAreOneName() {
        assertThat(WireAgency.canonical("The Associated Press")).isEqualTo("AP");
        assertThat(WireAgency.canonical("Agence France-Presse")).isEqualTo("AFP");
        assertThat(WireAgency.canonical("United Press International")).isEqualTo("UPI");
        assertThat(WireAgency.canonical("Yonhap")).isEqualTo("Yonhap");
    }

    @Test
    void aDatelineOutranksAnInputLine() {
        assertThat(WireAgency.of(List.of(credit(Credit.Kind.AGENCY_INPUT, "Reuters"), credit(Credit.Kind.DATELINE, "AP"))))
                .contains("AP");
    }

    @Test
    void photoCreditsAndHatTipsNameNoWire() {
        assertThat(WireAgency.of(List.of(credit(Credit.Kind.PHOTO, "Reuters"), credit(Credit.Kind.HAT_TIP, "The Hill"))))
                .isEmpty();
    }
}
