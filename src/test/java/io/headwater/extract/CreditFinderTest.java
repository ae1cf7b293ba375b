package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.core.Span;
import io.headwater.ingest.Article;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.Caption;
import io.headwater.ingest.PlainTextArticleReader;

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

    @Test
    void datelineFormsOfManyAgencies() {
        assertThat(line("Lisbon, March 4 (Jiji Press)--The port reopened.", true)).extracting(Credit::name).containsExactly("Jiji Press");
        assertThat(line("PORTO (A.A) -04.03.2024 -The mayor said on Monday.", true)).extracting(Credit::name)
                .containsExactly("Anadolu Agency");
        assertThat(line("[Portugal], Mar. 4 (ANI): The mayor spoke.", true)).extracting(Credit::name).containsExactly("ANI");
        assertThat(line("FARO, (APP - Harbour News / Port Post - 4th Mar, 2024 ) :The mayor spoke.", true))
                .extracting(Credit::name).containsExactly("Associated Press of Pakistan");
        assertThat(line("(MENAFN- Kuwait News Agency (KUNA)) LISBON, Mar 4 (KUNA) -- The port reopened.", true))
                .extracting(Credit::name).containsExactly("Kuwait News Agency", "KUNA");
        assertThat(line("(Reuters) ? The port reopened on Monday.", true)).extracting(Credit::name).containsExactly("Reuters");
    }

    @Test
    void aDatelineMayFollowCaptionsAndCreditLines() {
        Article article = new PlainTextArticleReader().read(
                "Port reopens\n\nBy Ana Lopes\n\nA ship at the quay in the morning light of the old town\n\n"
                        + "LISBON (AP) — The port reopened on Monday.\n", ArticleMetadata.NONE, "t");
        assertThat(finder.find(article)).filteredOn(c -> c.kind() == Credit.Kind.DATELINE).extracting(Credit::name)
                .containsExactly("AP");
    }

    @Test
    void creditLinesAndSignOffs() {
        assertThat(line("• Kyodo", false)).extracting(Credit::name).containsExactly("Kyodo");
        assertThat(line("–IANS", false)).extracting(Credit::name).containsExactly("IANS");
        assertThat(line("AGENCE FRANCE-PRESSE", false)).extracting(Credit::name).containsExactly("AGENCE FRANCE-PRESSE");
        assertThat(line("[Copyright The Jiji Press, Ltd.]", false)).extracting(Credit::name).containsExactly("Jiji Press");
        assertThat(line("Reuters Published 9 Jan, 2023 11:20pm", false)).extracting(Credit::name).containsExactly("Reuters");
        assertThat(line("Ferries resume on Friday, the port said. (Yonhap)", false)).extracting(Credit::name)
                .containsExactly("Yonhap");
        assertThat(line("Based on reporting by AFP, dpa, and AP", false)).extracting(Credit::name)
                .containsExactly("AFP", "dpa", "AP");
        assertThat(line("KR/FNA14011215000456", false)).extracting(Credit::name).containsExactly("Fars News Agency");
    }

    @Test
    void theBodyCanSayWhoseReportingTheStoryIs() {
        assertThat(line("The port did not immediately reply to Reuters' requests for comment.", false))
                .extracting(Credit::name).containsExactly("Reuters");
        assertThat(line("Pilots walked out, according to a memo seen by The Associated Press.", false))
                .extracting(Credit::name).containsExactly("Associated Press");
        assertThat(line("Ferries will resume on Friday, AP reports.", false)).extracting(Credit::name).containsExactly("AP");
    }

    @Test
    void bracketsAndSignOffsThatNameNoAgencyAreNoCredits() {
        assertThat(line("The watchdog said so, according to the International Atomic Energy Agency (IAEA).", false)).isEmpty();
        assertThat(line("Harbour pilots walked out on Monday (local time).", false)).isEmpty();
        assertThat(line("The ministry was seen by many as slow.", false)).isEmpty();
    }
}
