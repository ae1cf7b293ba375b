package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.core.Relation;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;
import io.headwater.resolve.ResolvedArticle.Link;

class ArticleResolverTest {

    private static Headwater.Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Headwater.Analyzer.standard();
    }

    private static ResolvedArticle resolve(String text) {
        return analyzer.analyse(new RawDocument("test", text.getBytes(StandardCharsets.UTF_8), "text/plain", null),
                new ArticleMetadata("Test Gazette", null, null));
    }

    /** The key of the one report the article cites. */
    private static String reportKey(ResolvedArticle r) {
        return r.entities().stream().filter(n -> n.entity().type() == EntityType.REPORT).map(n -> n.entity().key())
                .findFirst().orElseThrow();
    }

    private static List<String> links(ResolvedArticle r, Relation type) {
        return r.links().stream().filter(l -> l.type() == type).map(l -> l.from() + " -> " + l.to()).toList();
    }

    @Test
    void reportMentionsWithCompatibleAuthorsAreOneReport() {
        ResolvedArticle r = resolve("""
                Panel finds North Korea sanctions breaches

                Ships broke the ban on North Korea last year, a UN report said.

                "Catch worth $5 million was seized," the confidential report by the UN Panel of Experts stated.

                The annual report noted that inspections fell.
                """);
        assertThat(r.entities()).filteredOn(n -> n.entity().type() == EntityType.REPORT).hasSize(1);
        assertThat(reportKey(r)).startsWith("report:un-panel-of-experts-1874:");
        assertThat(links(r, Relation.DERIVED_FROM)).containsExactly(r.article().id() + " -> " + reportKey(r));
    }

    @Test
    void itPointsBackToTheLastReportOrOrganisation() {
        ResolvedArticle r = resolve("""
                Panel finds sanctions breaches

                "Catch worth $5 million was seized," the report by the UN Panel of Experts stated.

                Nine vessels switched flags, it added.
                """);
        assertThat(r.quotes()).hasSize(2);
        assertThat(links(r, Relation.ATTRIBUTED_TO)).allMatch(l -> l.endsWith(reportKey(r)));
    }

    @Test
    void aRelayCarriesEveryAttributionToItsSource() {
        ResolvedArticle r = resolve("""
                Panel finds sanctions breaches

                Ships broke the ban last year, the report said.

                "Catch worth $5 million was seized," Kyodo quoted the report by the UN Panel of Experts.
                """);
        String story = "story:kyodo>" + reportKey(r);
        assertThat(links(r, Relation.DERIVED_FROM)).containsExactlyInAnyOrder(
                r.article().id() + " -> " + story, story + " -> " + reportKey(r));
        assertThat(links(r, Relation.PUBLISHED_BY)).contains(story + " -> kyodo");
    }

    @Test
    void aNestedSourceIsCitedByTheOuterSource() {
        ResolvedArticle r = resolve("""
                Panel finds sanctions breaches

                "According to a flag state, catch worth $5 million was seized," the report by the UN Panel of Experts stated.
                """);
        assertThat(links(r, Relation.CITES)).singleElement().asString()
                .startsWith(reportKey(r) + " -> anon:" + reportKey(r) + ":flag-state");
    }

    @Test
    void anAgencyReportingAMinistryIsARelay() {
        ResolvedArticle r = resolve("""
                Ministry suspends licences

                The fisheries ministry said in a statement that it would suspend 14 licences, Reuters reported.
                """);
        assertThat(links(r, Relation.DERIVED_FROM)).anyMatch(l -> l.startsWith(r.article().id() + " -> story:reuters>"));
        assertThat(links(r, Relation.DERIVED_FROM)).noneMatch(l -> l.equals(r.article().id() + " -> reuters"));
    }

    @Test
    void photoCreditsAreKeptApartFromTextProvenance() {
        ResolvedArticle r = resolve("""
                Storm closes port

                Waves at the pier
                Waves at the pier in this picture taken on Friday. Reuters

                The port closed on Friday, the harbour authority said.
                """);
        assertThat(links(r, Relation.CREDITS)).containsExactly(r.article().id() + " -> reuters");
        assertThat(r.links()).filteredOn(l -> l.type() != Relation.CREDITS).extracting(Link::to).doesNotContain("reuters");
    }

    @Test
    void unnamedAgencyInputsConfirmANamedAgencyStory() {
        ResolvedArticle r = resolve("""
                Panel finds sanctions breaches

                "Catch worth $5 million was seized," Kyodo quoted the report by the UN Panel of Experts.

                (With inputs from agencies)
                """);
        Link toStory = r.links().stream().filter(l -> l.type() == Relation.DERIVED_FROM && l.to().startsWith("story:"))
                .findFirst().orElseThrow();
        assertThat(toStory.properties().credit()).isEqualTo("(With inputs from agencies)");
        assertThat(links(r, Relation.DERIVED_FROM)).noneMatch(l -> l.endsWith("unnamed-agencies"));
    }

    @Test
    void aCreditWithoutAStoryIsAPlainDerivationInProvTerms() {
        ResolvedArticle r = resolve("""
                Ferry service resumes

                The ferry sailed again on Monday after a week of storms.

                (With inputs from agencies)
                """);
        Link toAgencies = r.links().stream().filter(l -> l.type() == Relation.DERIVED_FROM && l.to().endsWith("unnamed-agencies"))
                .findFirst().orElseThrow();
        assertThat(toAgencies.properties().prov()).isEqualTo("prov:wasDerivedFrom");
        assertThat(toAgencies.properties().credit()).isEqualTo("(With inputs from agencies)");
    }

    @Test
    void theOutletComesFromTheArticle() {
        assertThat(resolve("Storm\n\nThe port closed, officials said.\n").outlet().name()).isEqualTo("Test Gazette");
    }

    @Test
    void anAgencyDatelineAfterTheHeadlineDerivesTheArticleFromTheAgency() {
        ResolvedArticle r = resolve("""
                Senate passes port bill

                WASHINGTON (AP) — The Senate passed the port bill on Tuesday.
                """);
        assertThat(links(r, Relation.DERIVED_FROM)).contains(r.article().id() + " -> ap");
    }

    @Test
    void aHatTipDerivesTheArticleFromTheOutletNamed() {
        ResolvedArticle r = resolve("""
                Senator quits

                The senator quit on Tuesday.

                (h/t The Hill)
                """);
        assertThat(r.links()).filteredOn(l -> l.type() == Relation.DERIVED_FROM)
                .anySatisfy(l -> assertThat(l.to()).contains("hill"));
    }

    @Test
    void aSingleNameIsAPersonOnlyWhenTheArticleIntroducesOne() {
        ResolvedArticle r = resolve("""
                Carmaker recalls vans

                Dana Whitfield, who runs the fleet, was not surprised. "We saw this coming," Whitfield said.

                Veltrona said the fault affected 4,000 vans built last year.

                Vienna said it would review the rules.
                """);
        assertThat(r.entities()).extracting(n -> n.entity().key() + " " + n.entity().type())
                .contains("person:dana-whitfield PERSON", "org:veltrona ORGANISATION", "gov:vienna GOVERNMENT")
                .doesNotContain("person:whitfield PERSON", "person:veltrona PERSON");
    }

    @Test
    void anAgencyDatelineMakesEveryAttributionComeThroughTheAgencysStory() {
        ResolvedArticle r = resolve("""
                LISBON (AP) — Harbour pilots walked out on Monday, the union said.

                "We were never consulted," pilot Ana Lopes told reporters.
                """);
        String id = r.article().id();
        assertThat(links(r, Relation.DERIVED_FROM)).filteredOn(l -> l.startsWith(id + " -> "))
                .containsExactlyInAnyOrder(id + " -> story:ap>org:" + id + ":union", id + " -> story:ap>person:ana-lopes");
    }

    @Test
    void theOutletsOwnDatelineIsNoRelay() {
        ResolvedArticle r = analyzer.analyse(new RawDocument("test", """
                LISBON (Reuters) - Harbour pilots walked out on Monday, the union said.
                """.getBytes(StandardCharsets.UTF_8), "text/plain", null), new ArticleMetadata("Reuters", null, null));
        assertThat(links(r, Relation.DERIVED_FROM)).noneMatch(l -> l.contains("reuters"));
    }

    @Test
    void aSourceWhoSpokeToAPaperReachesTheOutletThroughThatPaper() {
        ResolvedArticle r = resolve("""
                Pilots strike

                A senior union figure rejected the plan. "We were never consulted," he told the Telegraph.
                """);
        assertThat(links(r, Relation.PUBLISHED_BY)).anyMatch(l -> l.startsWith("story:telegraph>") && l.endsWith(" -> telegraph"));
    }
}
