package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The encoder as the distillation uses it (runs only in the {@code -Pminilm} build, which has the encoder):
 * BERT's word pieces, one vector per word, and clusters that keep near words together.
 */
class MiniLmEncoderTest {

    private static MiniLmEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = new MiniLmEncoder();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void wordsSplitIntoBertPieces() {
        WordPieces pieces = new WordPieces(encoder.vocabulary());
        assertThat(pieces.pieces("said")).hasSize(1);
        assertThat(pieces.pieces("Café")).isEqualTo(pieces.pieces("cafe"));
        assertThat(pieces.pieces("excoriated").size()).isGreaterThan(1);
        assertThat(pieces.pieces("U.S.")).hasSize(4);
    }

    @Test
    void oneVectorPerWordAndContextChangesIt() {
        List<float[][]> out = encoder.encode(List.of(List.of("The", "mayor", "said", "no", "."), List.of("said")));
        assertThat(out.get(0)).hasNumberOfRows(5);
        assertThat(out.get(0)[2]).hasSize(MiniLmEncoder.DIMENSIONS);
        assertThat(out.get(1)[0]).isNotEqualTo(out.get(0)[2]);
    }

    @Test
    void clustersKeepNearVectorsTogetherAndNestTheirLevels() {
        Random random = new Random(5);
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            float[] v = new float[8];
            int group = i % 2;
            for (int d = 0; d < 8; d++) {
                v[d] = (float) random.nextGaussian() * 0.1f + (d == group ? 5 : 0);
            }
            points.add(v);
        }
        VectorClusters clusters = VectorClusters.fit(points, new VectorClusters.Settings(4, 2, 2, 2, 10, 1));
        int[] a = clusters.assign(points.get(0));
        int[] b = clusters.assign(points.get(2));
        int[] c = clusters.assign(points.get(1));
        assertThat(a[0]).isEqualTo(b[0]).isNotEqualTo(c[0]);
        assertThat(a[1] / 2).isEqualTo(a[0]);
        assertThat(clusters.assign(points.get(0))).isEqualTo(a);
    }
}
