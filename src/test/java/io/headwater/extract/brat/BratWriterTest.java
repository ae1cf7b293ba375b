package io.headwater.extract.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.core.Span;
import io.headwater.eval.brat.BratDocument;
import io.headwater.extract.AnnotatedAttribution;
import io.headwater.extract.Attribution;

class BratWriterTest {

    private static Span span(String text, String phrase) {
        int at = text.indexOf(phrase);
        return new Span(at, at + phrase.length());
    }

    @Test
    void writesOneRelationJoiningSourceCueAndContent() {
        String text = "“We are ready,” the mayor said.";
        Attribution a = new Attribution(span(text, "the mayor"), span(text, "said"), span(text, "“We are ready,”"),
                Attribution.Kind.DIRECT, null, new Span(0, text.length()), 0.9);
        String ann = BratWriter.write(text, List.of(a));
        assertThat(ann).contains("T1\tSource 16 25\tthe mayor\n", "T2\tCue 26 30\tsaid\n", "T3\tContent 0 15\t“We are ready,”\n",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n");
        assertThat(BratDocument.parse(ann, text).attributions()).hasSize(1);
    }

    @Test
    void offsetsCountCodePoints() {
        String text = "🙂 Ann said yes.";
        Attribution a = new Attribution(span(text, "Ann"), span(text, "said"), span(text, "yes"), Attribution.Kind.INDIRECT,
                null, new Span(0, text.length()), 0.8);
        assertThat(BratWriter.write(text, List.of(a))).contains("T1\tSource 2 5\tAnn");
    }

    @Test
    void aContinuedQuoteBecomesAFragmentOfItsSpeakersContent() {
        String text = "“First,” he said. “Second.”";
        Span he = span(text, "he");
        Attribution first = new Attribution(he, span(text, "said"), span(text, "“First,”"), Attribution.Kind.DIRECT, null,
                new Span(0, 17), 0.9);
        Attribution second = new Attribution(he, null, span(text, "“Second.”"), Attribution.Kind.CONTINUED, null,
                new Span(18, text.length()), 0.5);
        List<AnnotatedAttribution> written = BratWriter.annotations(List.of(first, second));
        assertThat(written).singleElement().satisfies(w -> assertThat(w.content()).hasSize(2));
    }

    @Test
    void aNestedAttributionIsLeftOutAsPolnearAnnotatesOnlyTheOutermost() {
        String text = "“According to a member state, they stole $50 million,” the report said.";
        Attribution outer = new Attribution(span(text, "the report"), span(text, "said"),
                span(text, "“According to a member state, they stole $50 million,”"), Attribution.Kind.DIRECT, null,
                new Span(0, text.length()), 0.9);
        Attribution inner = new Attribution(span(text, "a member state"), span(text, "According to"),
                span(text, "they stole $50 million"), Attribution.Kind.INDIRECT, null, new Span(0, text.length()), 0.8);
        assertThat(BratWriter.annotations(List.of(outer, inner))).singleElement()
                .satisfies(w -> assertThat(w.source()).containsExactly(outer.source()));
    }
}
