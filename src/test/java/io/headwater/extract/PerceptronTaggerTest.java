package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.eval.PerceptronTrainer;

class PerceptronTaggerTest {

    private static final List<String> LABELS = List.of("O", "B-X", "I-X");

    /** Toy task: "said" and a following "so" form one chunk. */
    private static List<PerceptronTrainer.Example> examples() {
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        String[][] sentences = {{"he", "said", "so"}, {"she", "said", "no"}, {"they", "ran", "so"}, {"we", "said", "so", "too"}};
        int[][] gold = {{0, 1, 2}, {0, 1, 0}, {0, 0, 0}, {0, 1, 2, 0}};
        for (int k = 0; k < sentences.length; k++) {
            List<long[]> features = new ArrayList<>();
            for (int i = 0; i < sentences[k].length; i++) {
                features.add(new long[] {FeatureHash.of("w=" + sentences[k][i]),
                        FeatureHash.of("p=" + (i > 0 ? sentences[k][i - 1] : "<s>"))});
            }
            out.add(new PerceptronTrainer.Example(features, gold[k], null));
        }
        return out;
    }

    @Test
    void learnsTheTrainingChunks() {
        PerceptronTagger tagger = PerceptronTrainer.train(LABELS, examples(), 10, 1, 1);
        for (PerceptronTrainer.Example e : examples()) {
            assertThat(tagger.tag(e.features(), null)).containsExactly(e.gold());
        }
    }

    @Test
    void neverPutsAnInsideTagWithoutItsBeginning() {
        PerceptronTagger tagger = PerceptronTrainer.train(LABELS, examples(), 10, 1, 1);
        List<long[]> odd = List.of(new long[] {FeatureHash.of("p=said")}, new long[] {FeatureHash.of("p=said")});
        int[] tags = tagger.tag(odd, null);
        assertThat(tags[0]).isNotEqualTo(2);
    }

    @Test
    void aMaskForbidsLabels() {
        PerceptronTagger tagger = PerceptronTrainer.train(LABELS, examples(), 10, 1, 1);
        List<long[]> f = examples().get(0).features();
        boolean[][] onlyO = {{true, false, false}, {true, false, false}, {true, false, false}};
        assertThat(tagger.tag(f, onlyO)).containsExactly(0, 0, 0);
    }

    @Test
    void trainingIsDeterministicAndSurvivesARoundTrip() throws IOException {
        PerceptronTagger a = PerceptronTrainer.train(LABELS, examples(), 5, 7, 1);
        PerceptronTagger b = PerceptronTrainer.train(LABELS, examples(), 5, 7, 1);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        a.write(new DataOutputStream(first));
        b.write(new DataOutputStream(second));
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        PerceptronTagger read = PerceptronTagger.read(new DataInputStream(new ByteArrayInputStream(first.toByteArray())));
        assertThat(read.tag(examples().get(0).features(), null)).containsExactly(a.tag(examples().get(0).features(), null));
    }

    @Test
    void aBiasForALabelChoosesItMoreOften() {
        PerceptronTagger tagger = PerceptronTrainer.train(LABELS, examples(), 10, 1, 1);
        List<long[]> ran = examples().get(2).features();
        assertThat(tagger.tag(ran, null)).containsExactly(0, 0, 0);
        assertThat(tagger.tag(ran, null, new float[] {0, 100, 0})).contains(1);
    }
}
