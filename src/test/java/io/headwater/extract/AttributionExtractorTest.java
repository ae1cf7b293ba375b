package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.core.Span;

class AttributionExtractorTest {

    private static AttributionExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = AttributionExtractor.standard();
    }

    /** Extracts from paragraphs separated by blank lines. */
    private static Found extract(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(new Span(start, start + p.length()));
            start += p.length() + 2;
        }
        return new Found(text, extractor.analyze(text, paragraphs).attributions());
    }

    private record Found(String text, List<Attribution> all) {
        Attribution only() {
            assertThat(all).hasSize(1);
            return all.get(0);
        }

        String source(int i) {
            return all.get(i).sourceText(text);
        }

        String cue(int i) {
            return all.get(i).cueText(text);
        }

        String content(int i) {
            return all.get(i).contentText(text);
        }
    }

    @Test
    void directQuoteWithTrailingSource() {
        Found f = extract("\"We will rebuild the pier by spring,\" the harbour master said on Tuesday.");
        assertThat(f.only().kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(f.source(0)).isEqualTo("the harbour master");
        assertThat(f.cue(0)).isEqualTo("said");
        // PolNeAR: a quotation's marks, and the comma inside them, are part of the content.
        assertThat(f.content(0)).isEqualTo("\"We will rebuild the pier by spring,\"");
    }

    @Test
    void directQuoteWithInvertedSource() {
        Found f = extract("\"The talks are over,\" said Maria Lopez, a spokeswoman for the union.");
        assertThat(f.source(0)).isEqualTo("Maria Lopez, a spokeswoman for the union");
        assertThat(f.cue(0)).isEqualTo("said");
    }

    @Test
    void accordingToAtTheStart() {
        Found f = extract("According to the ministry, 40 ships were inspected last month.");
        assertThat(f.source(0)).isEqualTo("the ministry");
        assertThat(f.cue(0)).isEqualTo("According to");
        assertThat(f.content(0)).isEqualTo("40 ships were inspected last month");
    }

    @Test
    void accordingToAtTheEnd() {
        Found f = extract("Forty ships were inspected last month, according to port records.");
        assertThat(f.source(0)).isEqualTo("port records");
        assertThat(f.content(0)).isEqualTo("Forty ships were inspected last month");
    }

    @Test
    void relayQuotingASource() {
        Found f = extract("\"Catch worth $120 million was landed illegally,\" a report by Agence France-Presse quoted "
                + "the confidential report by the compliance panel.");
        Attribution a = f.all().get(0);
        assertThat(a.relayText(f.text())).isEqualTo("a report by Agence France-Presse");
        assertThat(f.source(0)).isEqualTo("the confidential report by the compliance panel");
        assertThat(f.cue(0)).isEqualTo("quoted");
    }

    @Test
    void relayQuotingAsSaying() {
        Found f = extract("Reuters quoted the minister as saying that the ban would stay in place.");
        Attribution a = f.only();
        assertThat(a.relayText(f.text())).isEqualTo("Reuters");
        assertThat(f.source(0)).isEqualTo("the minister");
        assertThat(f.content(0)).isEqualTo("that the ban would stay in place");
    }

    @Test
    void nestedAttributionInsideAQuote() {
        Found f = extract("\"According to a flag state, trawlers landed catch worth $120 million,\" the report said.");
        assertThat(f.all()).hasSize(2);
        Attribution outer = f.all().get(0);
        Attribution inner = f.all().get(1);
        assertThat(outer.encloses(inner)).isTrue();
        assertThat(inner.sourceText(f.text())).isEqualTo("a flag state");
        assertThat(inner.contentText(f.text())).isEqualTo("trawlers landed catch worth $120 million");
    }

    @Test
    void reportedSpeechWithTrailingSourceAndAdjunct() {
        Found f = extract("The fleet kept fishing in closed zones, the panel said in a new report.");
        assertThat(f.only().kind()).isEqualTo(Attribution.Kind.INDIRECT);
        assertThat(f.source(0)).isEqualTo("the panel");
        assertThat(f.content(0)).isEqualTo("The fleet kept fishing in closed zones");
    }

    @Test
    void pronounSourceIsLeftForCoreference() {
        Found f = extract("Nine vessels switched flags during the year, it added.");
        assertThat(f.source(0)).isEqualTo("it");
        assertThat(f.cue(0)).isEqualTo("added");
    }

    @Test
    void leadingSourceWithThat() {
        Found f = extract("The annual report noted that several fleets disabled their tracking beacons.");
        assertThat(f.source(0)).isEqualTo("The annual report");
        assertThat(f.cue(0)).isEqualTo("noted");
        // PolNeAR: "that" introduces the content and belongs to it.
        assertThat(f.content(0)).isEqualTo("that several fleets disabled their tracking beacons");
    }

    @Test
    void toldSkipsTheListener() {
        Found f = extract("The minister told reporters that the ban would stay.");
        assertThat(f.source(0)).isEqualTo("The minister");
        assertThat(f.content(0)).isEqualTo("that the ban would stay");
    }

    @Test
    void standaloneQuoteContinuesThePreviousSpeaker() {
        Found f = extract("\"We were never consulted,\" the union leader said.\n\n\"Nobody asked us.\"");
        assertThat(f.all()).hasSize(2);
        assertThat(f.all().get(1).kind()).isEqualTo(Attribution.Kind.CONTINUED);
        assertThat(f.source(1)).isEqualTo("the union leader");
    }

    @Test
    void quoteWithNoSourceAnywhereIsANoSourceAttribution() {
        Found f = extract("\"Nobody asked us.\"");
        assertThat(f.only().source()).isNull();
        assertThat(f.only().kind()).isEqualTo(Attribution.Kind.CONTINUED);
    }

    @Test
    void aPassiveReportIsAnAttributionWithoutSource() {
        // PolNeAR: "It is said that ..." attributes content to an implicit source; no source span is made up.
        Found f = extract("No incidents were reported at the port this week.");
        assertThat(f.only().source()).isNull();
        assertThat(f.cue(0)).contains("reported");
    }

    @Test
    void aQuotationResumedAfterTheCueContinuesTheSameSpeaker() {
        Found f = extract("\"We were never consulted,\" the union leader said. \"Nobody asked us.\"");
        assertThat(f.all()).hasSize(2);
        assertThat(f.all().get(1).kind()).isEqualTo(Attribution.Kind.CONTINUED);
        assertThat(f.source(1)).isEqualTo("the union leader");
        assertThat(f.content(1)).isEqualTo("\"Nobody asked us.\"");
    }

    @Test
    void curlyAndStraightQuotesMayBeMixed() {
        Found f = extract("The fleet showed \"increased capabilities for rapid deployment,” it said.");
        // "The fleet showed ..." is itself an attribution, nested in what "it" said.
        Attribution said = f.all().stream().filter(a -> a.cueText(f.text()).equals("said")).findFirst().orElseThrow();
        assertThat(said.kind()).isEqualTo(Attribution.Kind.MIXED);
        assertThat(said.sourceText(f.text())).isEqualTo("it");
    }

    @Test
    void unbalancedQuotesDoNotThrow() {
        assertThatCode(() -> extract("\"The pier will reopen, the mayor said. \"Or not.")).doesNotThrowAnyException();
    }

    @Test
    void veryLongSentencesAndOtherLanguagesDoNotThrow() {
        String longSentence = "word ".repeat(5000) + "said the mayor.";
        assertThatCode(() -> extract(longSentence)).doesNotThrowAnyException();
        assertThatCode(() -> extract("Der Minister sagte, dass der Hafen geschlossen bleibt. 港口将保持关闭。"))
                .doesNotThrowAnyException();
    }

    @Test
    void aQuotationRunningOverParagraphsDoesNotThrow() {
        Found f = extract("“The pier will close for a year. The ferries will stop.\n\n“We have no choice,” the mayor said.");
        assertThat(f.all()).anySatisfy(a -> assertThat(a.sourceText(f.text())).isEqualTo("the mayor"));
    }

    @Test
    void sentencesWithoutAttributionYieldNothing() {
        assertThat(extract("The port closed on Friday. Ferries will resume on Sunday.").all()).isEmpty();
    }

    @Test
    void aVerbInsideWhatWasSaidIsNoSecondSpeaker() {
        String text = "North Harbour also demonstrated \"a sharp rise in catches,\" it said.";
        Span sentence = new Span(0, text.length());
        List<Token> tokens = extractor.analyzer().sentences(text, List.of(sentence), Quotation.find(text, List.of(sentence)))
                .get(0).tokens();
        Span quote = new Span(text.indexOf('"'), text.lastIndexOf('"') + 1);
        Attribution outer = new Attribution(span(text, "it"), span(text, "said"), new Span(text.indexOf("also"), quote.end()),
                Attribution.Kind.MIXED, null, sentence, 0.65);
        Attribution inner = new Attribution(span(text, "North Harbour"), span(text, "also demonstrated"), quote,
                Attribution.Kind.DIRECT, null, sentence, 0.85);
        List<Attribution> kept = ModelRuleMerge.withoutInnerContentVerbs(List.of(outer, inner), tokens, text, CueLexicon.standard());
        assertThat(kept).singleElement().satisfies(a -> {
            assertThat(a.sourceText(text)).isEqualTo("it");
            assertThat(a.contentText(text)).startsWith("North Harbour also demonstrated");
        });
        // The same when the model split the cue across the content's edge ("also | demonstrated ...").
        Attribution straddled = new Attribution(outer.source(), outer.cue(), new Span(text.indexOf("demonstrated"), quote.end()),
                Attribution.Kind.MIXED, null, sentence, 0.65);
        assertThat(ModelRuleMerge.withoutInnerContentVerbs(List.of(inner, straddled), tokens, text, CueLexicon.standard()))
                .singleElement().satisfies(a -> assertThat(a.contentText(text)).startsWith("North Harbour also demonstrated"));
        // A nested attribution with a reporting cue stays: "North Harbour also reported ...", it said.
        String relayed = "North Harbour also reported \"a sharp rise in catches,\" it said.";
        Span whole = new Span(0, relayed.length());
        List<Token> relayedTokens = extractor.analyzer().sentences(relayed, List.of(whole), Quotation.find(relayed, List.of(whole)))
                .get(0).tokens();
        Span relayedQuote = new Span(relayed.indexOf('"'), relayed.lastIndexOf('"') + 1);
        Attribution itSaid = new Attribution(span(relayed, "it"), span(relayed, "said"),
                new Span(relayed.indexOf("also"), relayedQuote.end()), Attribution.Kind.MIXED, null, whole, 0.65);
        Attribution reported = new Attribution(span(relayed, "North Harbour"), span(relayed, "also reported"), relayedQuote,
                Attribution.Kind.DIRECT, null, whole, 0.85);
        assertThat(ModelRuleMerge.withoutInnerContentVerbs(List.of(itSaid, reported), relayedTokens, relayed,
                CueLexicon.standard())).hasSize(2);
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }
}
