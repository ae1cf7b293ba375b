package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.core.Relation;
import io.headwater.core.Span;
import io.headwater.extract.Attribution;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;

/** What counts as a source of a statement, on texts written for these tests. */
class StatementRulesTest {

    private static Headwater.Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Headwater.Analyzer.standard();
    }

    private static List<String> sources(String text) {
        ResolvedArticle r = analyzer.analyse(new RawDocument("t", text.getBytes(StandardCharsets.UTF_8), "text/plain", null),
                new ArticleMetadata("Test Gazette", null, null));
        return r.links().stream().filter(l -> l.type() == Relation.ATTRIBUTED_TO)
                .map(l -> r.entities().stream().filter(n -> n.entity().key().equals(l.to())).findFirst().orElseThrow().entity().name())
                .distinct().toList();
    }

    @Test
    void anActionIsNoStatement() {
        assertThat(sources("Pilots strike\n\nThe union is seeking to have the new rules withdrawn by June.\n")).isEmpty();
        assertThat(sources("Pilots strike\n\nThe harbour board agreed to begin talks with the pilots.\n")).isEmpty();
    }

    @Test
    void theSubjectOfAPassiveIsWhatWasSaid() {
        assertThat(sources("Pilots strike\n\nThe start of the talks was announced on Monday.\n")).isEmpty();
    }

    @Test
    void aSpeakerNamedAfterTheCueIsTheSource() {
        assertThat(sources("Pilots strike\n\nThe ships were mostly held in port after days of storms, said Ana Lopes, a harbour pilot.\n"))
                .containsExactly("Ana Lopes");
    }

    @Test
    void aPublisherThatCitesSomeoneRelaysThem() {
        ResolvedArticle r = analyzer.analyse(new RawDocument("t",
                "Pilots strike\n\nThe harbour board plans to hire forty pilots, Bloomberg reported, citing a person familiar with the plan.\n"
                        .getBytes(StandardCharsets.UTF_8), "text/plain", null), ArticleMetadata.NONE);
        assertThat(r.links()).anyMatch(l -> l.type() == Relation.PUBLISHED_BY && l.from().startsWith("story:bloomberg>anon:"));
    }

    @Test
    void fragmentsAreNoSources() {
        MentionReader reader = new MentionReader(Gazetteer.standard());
        for (String fragment : List.of("the harbour chief Ana Lopes's", "some 500 pilots with", "Pointing", "no irregularities",
                "The ships were mostly held in port", "its Portuguese acronym APP")) {
            assertThat(reader.read(fragment).kind()).as(fragment).isEqualTo(Mention.Kind.NONE);
        }
    }

    @Test
    void theAgencyPointsBackToABodyNamedAgency() {
        assertThat(sources("""
                Storm warning

                The Portuguese Meteorological Agency said waves would reach six metres.

                The agency said ferries should stay in port.
                """)).containsExactly("Portuguese Meteorological Agency");
    }

    @Test
    void aPublisherWritingThatAReportStatesItRelaysTheReport() {
        ResolvedArticle r = analyzer.analyse(new RawDocument("t",
                "Harbour report\n\nThis is stated in the report of the International Atomic Energy Agency (IAEA), writes Bloomberg.\n"
                        .getBytes(StandardCharsets.UTF_8), "text/plain", null), ArticleMetadata.NONE);
        assertThat(r.links()).anyMatch(l -> l.type() == Relation.PUBLISHED_BY && l.from().startsWith("story:bloomberg>report:iaea"));
    }

    @Test
    void aSpeakerCutInsideAPossessiveNameIsNotTheSource() {
        String text = "Ana Lopes praised harbour master Rui Costa's plan, saying the ships would sail.";
        Span cue = span(text, "saying");
        Span content = span(text, "the ships would sail");
        Attribution cut = new Attribution(span(text, "harbour master Rui"), cue, content,
                Attribution.Kind.INDIRECT, null, new Span(0, text.length()), 0.7);
        assertThat(CueContext.withoutCutPossessive(cut, text).source()).isNull();
        Attribution whole = new Attribution(span(text, "Ana Lopes"), cue, content,
                Attribution.Kind.INDIRECT, null, new Span(0, text.length()), 0.7);
        assertThat(CueContext.withoutCutPossessive(whole, text)).isSameAs(whole);
    }

    @Test
    void aThingDoneIsNoStatementButAThingDeniedIs() {
        assertThat(reportsNothing("Costa launched a campaign to win the port.", "Costa", "launched", "a campaign to win the port")).isTrue();
        assertThat(reportsNothing("Costa denied the report.", "Costa", "denied", "the report")).isFalse();
        assertThat(reportsNothing("Costa built the pilots were paid late.", "Costa", "built", "the pilots were paid late")).isFalse();
        assertThat(reportsNothing("The two mayors exchanged views about the port.", "The two mayors", "exchanged views about", "the port")).isTrue();
        assertThat(reportsNothing("The mayor spoke about how the port was run.", "The mayor", "spoke about", "how the port was run")).isFalse();
    }

    private static boolean reportsNothing(String text, String source, String cue, String content) {
        return NonStatements.reportsNothing(new Attribution(span(text, source), span(text, cue), span(text, content),
                Attribution.Kind.INDIRECT, null, new Span(0, text.length()), 0.7), text);
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    @Test
    void theAuthorsOfAReportSpeakForIt() {
        List<String> found = sources("""
                Cod stocks fall

                Cod stocks in the northern grounds have fallen for a third year, says a new report by the Baltic Fisheries Council.

                The authors said the stocks could recover within a decade.
                """);
        assertThat(found).hasSize(1).allMatch(name -> name.contains("Baltic Fisheries Council") && name.contains("report"));
    }
}
