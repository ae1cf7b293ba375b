package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.ingest.Caption;
import io.headwater.ingest.Span;

class CreditFinderTest {

    private final CreditFinder finder = new CreditFinder();

    private List<Credit> line(String text, boolean first) {
        return finder.fromLine(text, new Span(0, text.length()), first);
    }

    @Test
    void unnamedAgencyInputs() {
        assertThat(line("(With inputs from agencies)", false)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Credit.Kind.AGENCY_INPUT);
            assertThat(c.name()).isNull();
        });
    }

    @Test
    void namedAgencyInputs() {
        assertThat(line("With inputs from PTI and Reuters", false)).extracting(Credit::name).containsExactly("PTI", "Reuters");
    }

    @Test
    void contributedLine() {
        assertThat(line("The Associated Press contributed to this report.", false)).extracting(Credit::name)
                .containsExactly("Associated Press");
    }

    @Test
    void agencyDatelineOpensTheStory() {
        assertThat(line("WASHINGTON (AP) — The Senate voted on Tuesday.", true)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Credit.Kind.DATELINE);
            assertThat(c.name()).isEqualTo("AP");
        });
        assertThat(line("SEOUL, Feb. 6 (Yonhap) -- North Korea fired a missile.", true)).extracting(Credit::name)
                .containsExactly("Yonhap");
    }

    @Test
    void datelinesCountOnlyInTheFirstParagraph() {
        assertThat(line("WASHINGTON (AP) — The Senate voted on Tuesday.", false)).isEmpty();
    }

    @Test
    void photoCreditsComeFromCaptionsAndAreNotTextProvenance() {
        List<Credit> credits = finder.fromCaption(new Caption(null,
                "A parade in a photo released by KCNA on Monday.", "Reuters"));
        assertThat(credits).extracting(Credit::name).containsExactly("Reuters", "KCNA");
        assertThat(credits).allSatisfy(c -> assertThat(c.isTextProvenance()).isFalse());
    }

    @Test
    void splitsCompositeCredits() {
        assertThat(CreditFinder.names("AFP via Getty Images")).containsExactly("AFP", "Getty Images");
        assertThat(CreditFinder.names("Reuters/Kim Hong-Ji")).containsExactly("Reuters", "Kim Hong-Ji");
    }

    @Test
    void ordinarySentencesAreNoCredits() {
        assertThat(line("The ministry said it had received inputs from several agencies over the year.", true)).isEmpty();
    }

    @Test
    void datelineWithStateAndDateNamesTheWire() {
        assertThat(line("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Jill Stein was escorted off the premises.", true))
                .extracting(Credit::name).containsExactly("UPI");
        assertThat(line("New York (AFP) – Susan Sarandon is not sure.", true)).extracting(Credit::name).containsExactly("AFP");
    }

    @Test
    void reutersSignOffRunOnAtTheEndOfAParagraphNamesReuters() {
        assertThat(line("The ruling is due in June. (Reporting by Jane Doe in Washington; Editing by John Roe.)", false))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Credit.Kind.AGENCY_INPUT);
                    assertThat(c.name()).isEqualTo("Reuters");
                });
    }

    @Test
    void aColleagueWhoContributedReportingIsNoAgency() {
        assertThat(line("Amanda Terkel contributed reporting.", false)).isEmpty();
        assertThat(line("Reuters contributed to this report.", false)).extracting(Credit::name).containsExactly("Reuters");
    }

    @Test
    void aHatTipCreditsTheOutletThatPointedToTheStory() {
        assertThat(line("(h/t: The Hill.)", false)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Credit.Kind.HAT_TIP);
            assertThat(c.name()).isEqualTo("The Hill");
            assertThat(c.isTextProvenance()).isTrue();
        });
    }
}
