package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.core.Span;
import io.headwater.extract.AnnotatedAttribution;
import io.headwater.extract.Sentence;

/** Content errors are sorted by what went wrong, each gold content once. */
class ContentErrorsTest {

    private static final String TEXT = "The mayor said that the bridge will close in May. Critics argued the plan was rushed, and residents agreed.";

    private static Span at(String phrase) {
        int start = TEXT.indexOf(phrase);
        return new Span(start, start + phrase.length());
    }

    private static AnnotatedAttribution attribution(String source, String cue, String content) {
        return new AnnotatedAttribution(List.of(at(source)), List.of(at(cue)), List.of(at(content)));
    }

    private static List<Sentence> sentences() {
        int split = TEXT.indexOf("Critics");
        return List.of(new Sentence(new Span(0, split - 1), 0, List.of()), new Sentence(new Span(split, TEXT.length()), 0, List.of()));
    }

    @Test
    void anExactContentIsNoError() {
        ContentErrors errors = new ContentErrors();
        AnnotatedAttribution a = attribution("The mayor", "said", "that the bridge will close in May");
        errors.add("a", TEXT, sentences(), List.of(a), List.of(a));
        assertThat(errors.count(ContentErrors.Kind.EXACT)).isEqualTo(1);
        assertThat(errors.examples()).isEmpty();
    }

    @Test
    void droppingThatIsItsOwnKind() {
        ContentErrors errors = new ContentErrors();
        errors.add("a", TEXT, sentences(), List.of(attribution("The mayor", "said", "that the bridge will close in May")),
                List.of(attribution("The mayor", "said", "the bridge will close in May")));
        assertThat(errors.count(ContentErrors.Kind.THAT)).isEqualTo(1);
    }

    @Test
    void stoppingEarlyAndMissingAreTold() {
        ContentErrors errors = new ContentErrors();
        errors.add("a", TEXT, sentences(),
                List.of(attribution("Critics", "argued", "the plan was rushed"), attribution("residents", "agreed", "the plan")),
                List.of(attribution("Critics", "argued", "the plan was rushed, and residents agreed")));
        assertThat(errors.count(ContentErrors.Kind.SEVERAL_WORDS)).isEqualTo(1);
        assertThat(errors.count(ContentErrors.Kind.MISSED_UNQUOTED)).isEqualTo(0);
        assertThat(errors.examples()).extracting(ContentErrors.Example::gold).contains("the plan was rushed");
        assertThat(errors.table()).contains("| an end off by several words | 1 |");
    }

    @Test
    void aContentNobodyPredictedIsMissed() {
        ContentErrors errors = new ContentErrors();
        errors.add("a", TEXT, sentences(), List.of(attribution("Critics", "argued", "the plan was rushed")), List.of());
        assertThat(errors.count(ContentErrors.Kind.MISSED_UNQUOTED)).isEqualTo(1);
    }

    @Test
    void theEndsAreDescribedByWhatLiesBetweenThem() {
        assertThat(ContentErrors.diff(TEXT, at("that").start(), at("the bridge").start(), true)).isEqualTo("start late: that");
        assertThat(ContentErrors.diff(TEXT, at("May").end() + 1, at("May").end(), false)).isEqualTo("end early: punctuation");
        assertThat(ContentErrors.diff(TEXT, at("May").end(), at("May").start() - 1, false)).isEqualTo("end early: one word");
    }
}
