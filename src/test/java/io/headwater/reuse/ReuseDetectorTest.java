package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.headwater.core.Relation;

/**
 * Detection over the persistent index: what makes a pair, what does not (footers, very short articles,
 * identical re-ingest), how pairs are classified and directed, and that the index survives a restart.
 */
class ReuseDetectorTest {

    @TempDir
    Path dir;

    private static final String AGENCY = """
            Illegal fishing fleets earned more than $120 million from seized catch last year, a confidential report by \
            the International Maritime Compliance Panel said.

            At least nine vessels switched flags during the year to avoid inspection, and several fleets continued to \
            disable their tracking beacons while fishing in closed zones off West Africa.

            The panel, which monitors fishing bans for the Regional Fisheries Council, said unregistered trawlers landed \
            their catch at three ports in West Africa and South Asia.""";

    private static final String FOOTER = "Subscribe to the Harbour Times for daily news from the coast, and follow us "
            + "on every platform for photographs, videos and analysis from our reporters around the region.";

    private static IndexedArticle article(String id, String outlet, String published, List<String> upstreams, String text) {
        return new IndexedArticle(id, outlet, published, upstreams, false, text);
    }

    /** A paragraph of the outlet's own, different for each topic. */
    private static String own(String topic) {
        return switch (topic) {
            case "fishing" -> "Skippers in the old harbour told our reporter that catches of hake have halved since the "
                    + "closed zones were drawn, and several families now sell their boats to buy delivery vans.";
            case "trawlers" -> "At dawn on Wednesday two rusting trawlers sat at anchor beyond the breakwater, their "
                    + "names painted over, while customs launches circled without boarding either of them.";
            case "ports" -> "Dock workers in Setúbal say the night shift unloads crates nobody inspects, and the union "
                    + "has asked the mayor for an inquiry before the summer season begins.";
            default -> "Residents of the fishing quarter queued outside the town hall for hours to read the notices, "
                    + "and the cafe owners complained that tourists stayed away all week.";
        };
    }

    @Test
    void twoOutletsCopyingOneCreditedAgencyStoryShareItNotOneFromTheOther() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            IndexedArticle a = article("a", "harbour-times", "2024-03-14", List.of("afp"), own("fishing") + "\n\n" + AGENCY);
            d.add(a);
            IndexedArticle b = article("b", "riverside-daily", "2024-03-15", List.of("afp"),
                    AGENCY.replace("nine vessels", "9 vessels") + "\n\n" + own("trawlers"));
            List<ReusePair> pairs = d.detect(b).pairs();
            assertThat(pairs).hasSize(1);
            ReusePair p = pairs.get(0);
            assertThat(p.reuseClass()).isEqualTo(ReuseClass.DERIVED_FROM);
            assertThat(p.direction()).isEqualTo(Direction.COMMON_UPSTREAM);
            assertThat(p.upstream()).isEqualTo("afp");
            assertThat(p.relationship()).isEqualTo(Relation.SHARES_TEXT);
            assertThat(p.sharedFrom()).isBetween(0.5, 0.9);
        }
    }

    @Test
    void withoutAttributionTheLaterArticleTookFromTheEarlier() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            d.add(article("late", "coastal-ledger", "2024-03-16", List.of(), AGENCY + "\n\n" + own("ports")));
            ReusePair p = d.detect(article("early", "harbour-times", "2024-03-14", List.of(), own("fleets") + "\n\n" + AGENCY))
                    .pairs().get(0);
            assertThat(p.direction()).isEqualTo(Direction.DATED);
            assertThat(p.relationship()).isEqualTo(Relation.DERIVED_FROM);
            assertThat(p.from()).isEqualTo("late");
            assertThat(p.to()).isEqualTo("early");
        }
    }

    @Test
    void noDatesNoAttributionMeansTheDirectionIsUnknown() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            d.add(article("x", "coastal-ledger", null, List.of(), AGENCY + "\n\n" + own("ports")));
            ReusePair p = d.detect(article("y", "harbour-times", null, List.of(), own("fleets") + "\n\n" + AGENCY)).pairs().get(0);
            assertThat(p.direction()).isEqualTo(Direction.UNKNOWN);
            assertThat(p.relationship()).isEqualTo(Relation.SHARES_TEXT);
        }
    }

    @Test
    void aLaterVersionFromTheSameOutletIsARevision() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            d.add(article("v1", "harbour-times", "2024-03-14", List.of(), own("fishing") + "\n\n" + AGENCY));
            ReusePair p = d.detect(article("v2", "harbour-times", "2024-03-15", List.of(),
                    own("fishing") + "\n\n" + AGENCY.replace("confidential", "leaked"))).pairs().get(0);
            assertThat(p.reuseClass()).isEqualTo(ReuseClass.REVISION_OF);
            assertThat(p.from()).isEqualTo("v2");
        }
    }

    @Test
    void articlesThatAreAllQuotesOnlyShareAQuote() {
        String speech = "\"We will not allow vessels that switch off their beacons to fish in our waters, and every licence "
                + "will be reviewed before the season opens,\" the minister said.";
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            d.add(article("q1", "coastal-ledger", "2024-03-15", List.of(), speech));
            ReusePair p = d.detect(article("q2", "harbour-times", "2024-03-15", List.of(), speech.replace("the minister", "Duarte")))
                    .pairs().get(0);
            assertThat(p.reuseClass()).isEqualTo(ReuseClass.SHARES_QUOTE);
            assertThat(p.direction()).isEqualTo(Direction.NONE);
        }
    }

    @Test
    void anOutletsFooterUnderEveryArticleMakesNoPair() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            String[] stories = {
                "Dredging of the main channel will start in June, the port authority said, so that container ships with "
                        + "deeper draughts can reach the new quay without waiting for high tide.",
                "Hotel bookings along the coast rose by a fifth this spring as visitors returned to the beaches after two "
                        + "quiet seasons, according to figures published by the tourism board.",
                "Three primary schools in the old town will merge next autumn because fewer families with young children "
                        + "live there, the council confirmed at a meeting on Thursday evening.",
                "The island ferry will run twice a day again from May after the operator hired new crew and repaired the "
                        + "older of its two vessels over the winter months.",
                "March was the wettest month in forty years at the harbour weather station, which recorded almost three "
                        + "times the usual rainfall and two days of flooding near the fish market."};
            for (int i = 0; i < stories.length; i++) {
                IndexedArticle a = article("f" + i, "harbour-times", "2024-03-1" + i, List.of(), stories[i] + "\n\n" + FOOTER);
                assertThat(d.detect(a).pairs()).as("article %d", i).isEmpty();
                d.add(a);
            }
        }
    }

    @Test
    void veryShortArticlesMakeNoPair() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            d.add(article("s1", "harbour-times", null, List.of(), "Ferry services resume on Monday."));
            assertThat(d.detect(article("s2", "riverside-daily", null, List.of(), "Ferry services resume on Monday.")).pairs()).isEmpty();
        }
    }

    @Test
    void theSameArticleAgainIsNoPairOfItself() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            IndexedArticle a = article("same", "harbour-times", null, List.of(), AGENCY);
            d.add(a);
            assertThat(d.contains("same")).isTrue();
            assertThat(d.detect(a).pairs()).isEmpty();
        }
    }

    @Test
    void germanTextIsFoundAndATranslationIsNot() {
        String de = "Die Fischereiflotten haben im vergangenen Jahr mit beschlagnahmten Fängen mehr als 120 Millionen Dollar "
                + "verdient, heißt es in einem vertraulichen Bericht des Gremiums, das die Fangverbote überwacht und dem Rat "
                + "für Fischerei berichtet.";
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            d.add(article("de1", "zeitung", "2024-03-14", List.of(), de + "\n\n" + own("Hafen")));
            d.add(article("en1", "harbour-times", "2024-03-14", List.of(), AGENCY));
            List<ReusePair> pairs = d.detect(article("de2", "blatt", "2024-03-15", List.of(), "Eigener Absatz über den Hafen, "
                    + "den nur dieses Blatt druckt, mit Zahlen aus der Stadt und Stimmen von Anwohnern.\n\n"
                    + de.replace("Fängen", "Fangmengen"))).pairs();
            assertThat(pairs).extracting(ReusePair::to).containsExactly("de1");
        }
    }

    @Test
    void theIndexSurvivesARestart() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            d.add(article("kept", "harbour-times", "2024-03-14", List.of(), own("fishing") + "\n\n" + AGENCY));
        }
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            assertThat(d.contains("kept")).isTrue();
            List<ReusePair> pairs = d.detect(article("new", "riverside-daily", "2024-03-15", List.of(), AGENCY)).pairs();
            assertThat(pairs).extracting(ReusePair::to).containsExactly("kept");
        }
    }

    @Test
    void deletedArticlesAreNoLongerCandidates() {
        try (ReuseDetector d = ReuseDetector.open(dir, ReuseSettings.standard())) {
            d.add(article("gone", "harbour-times", "2024-03-14", List.of(), AGENCY));
            d.delete("gone");
            assertThat(d.detect(article("new", "riverside-daily", "2024-03-15", List.of(), AGENCY)).pairs()).isEmpty();
        }
    }
}
