package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.extract.Attribution;
import io.headwater.extract.Sentence;
import io.headwater.extract.TextAnalyzer;
import io.headwater.ingest.Span;

/** A clause the extractor took for a source, read back to its subject from the tagger's parts of speech. */
class CueContextTest {

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new TextAnalyzer();
    }

    /** The attribution of {@code text} whose source is {@code source} and whose cue is {@code cue}, set right. */
    private static Attribution read(String text, String source, String cue, String content) {
        Sentence sentence = analyzer.sentences(text, List.of(new Span(0, text.length())), List.of()).get(0);
        Attribution a = new Attribution(span(text, source), span(text, cue), span(text, content), Attribution.Kind.INDIRECT, null,
                sentence.span(), 0.7);
        return CueContext.withClauseSubject(a, text, sentence);
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    @Test
    void theSourceOfCitingIsTheSubjectOfTheClauseItHangsOn() {
        String text = "The inspectors put the shortfall at between 40,000 and 50,000 tonnes in the northern ports, "
                + "citing customs figures from unnamed officials.";
        Attribution a = read(text, "The inspectors put the shortfall at between 40,000 and 50,000 tonnes in the northern ports",
                "citing", "customs figures from unnamed officials");
        assertThat(a.sourceText(text)).isEqualTo("The inspectors");
        // what "citing" names is where the words came from; what was said is the rest of the clause
        assertThat(a.contentText(text)).startsWith("put the shortfall").endsWith("northern ports");
    }

    @Test
    void theSourceOfSayingIsTheSubjectOfItsClause() {
        String text = "The dockers' union will stop work at the three terminals on Friday, saying the new shifts are unsafe.";
        Attribution a = read(text, "The dockers' union will stop work at the three terminals on Friday", "saying",
                "the new shifts are unsafe");
        assertThat(a.sourceText(text)).isEqualTo("The dockers' union");
        assertThat(a.contentText(text)).isEqualTo("the new shifts are unsafe");
    }

    @Test
    void theSourceOfAddingIsTheSubjectOfItsClause() {
        String text = "The river authority has lowered its flood warning for the delta, adding that the dams held overnight.";
        Attribution a = read(text, "The river authority has lowered its flood warning for the delta", "adding",
                "that the dams held overnight");
        assertThat(a.sourceText(text)).isEqualTo("The river authority");
    }

    @Test
    void aNounWithAParticipleAfterItIsNoClause() {
        String text = "Officials briefed on the talks said the ceasefire would hold.";
        Attribution a = read(text, "Officials briefed on the talks", "said", "the ceasefire would hold");
        assertThat(a.sourceText(text)).isEqualTo("Officials briefed on the talks");
    }

    @Test
    void aClauseBeforeAnInvertedCueIsLeftToBeReadAsWhatWasSaid() {
        String text = "The ferries were kept in port for two days, said Ines Moreira, a harbour pilot.";
        Attribution a = read(text, "The ferries were kept in port for two days", "said", "Ines Moreira, a harbour pilot");
        assertThat(a.sourceText(text)).isEqualTo("The ferries were kept in port for two days");
    }

    @Test
    void aRelativeClauseAfterANameIsNotTheNamesVerb() {
        String text = "The Fisheries Council, which reports twice a year, is cutting quotas, citing the survey of the spring.";
        Attribution a = read(text, "The Fisheries Council, which reports twice a year, is cutting quotas", "citing",
                "the survey of the spring");
        assertThat(a.sourceText(text)).isEqualTo("The Fisheries Council, which reports twice a year, is cutting quotas");
    }
}
