package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.core.Span;
import io.headwater.extract.Attribution;
import io.headwater.extract.Sentence;
import io.headwater.extract.TextAnalyzer;

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

    /** The source {@code source} of {@code cue} in {@code text} reads as, once set right. */
    private static String sourceOf(String text, String source, String cue, String content) {
        return read(text, source, cue, content).sourceText(text);
    }

    @Test
    void theSourceOfSayingOrAddingIsTheSubjectOfItsClause() {
        assertThat(sourceOf("The dockers' union will stop work at the three terminals on Friday, saying the new shifts are unsafe.",
                "The dockers' union will stop work at the three terminals on Friday", "saying", "the new shifts are unsafe"))
                .isEqualTo("The dockers' union");
        assertThat(sourceOf("The river authority has lowered its flood warning for the delta, adding that the dams held overnight.",
                "The river authority has lowered its flood warning for the delta", "adding", "that the dams held overnight"))
                .isEqualTo("The river authority");
    }

    @Test
    void aNounWithAParticipleAfterItIsNoClause() {
        assertThat(sourceOf("Officials briefed on the talks said the ceasefire would hold.", "Officials briefed on the talks", "said",
                "the ceasefire would hold")).isEqualTo("Officials briefed on the talks");
    }

    @Test
    void aClauseBeforeAnInvertedCueIsLeftToBeReadAsWhatWasSaid() {
        assertThat(sourceOf("The ferries were kept in port for two days, said Ines Moreira, a harbour pilot.",
                "The ferries were kept in port for two days", "said", "Ines Moreira, a harbour pilot"))
                .isEqualTo("The ferries were kept in port for two days");
    }

    @Test
    void aRelativeClauseAfterANameIsNotTheNamesVerb() {
        assertThat(sourceOf("The Fisheries Council, which reports twice a year, is cutting quotas, citing the survey of the spring.",
                "The Fisheries Council, which reports twice a year, is cutting quotas", "citing", "the survey of the spring"))
                .isEqualTo("The Fisheries Council, which reports twice a year, is cutting quotas");
    }
}
