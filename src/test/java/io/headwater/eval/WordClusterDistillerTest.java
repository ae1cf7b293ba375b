package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.headwater.extract.WordClasses;

/** Words used between the same neighbours share a class; the same input gives the same classes. */
class WordClusterDistillerTest {

    private static List<String[]> corpus() {
        String[] speakers = {"alice", "bob", "carol", "dave"};
        String[] verbs = {"said", "stated", "claimed", "argued"};
        String[] things = {"bridge", "road", "tunnel", "harbour"};
        String[] states = {"closed", "opened", "flooded", "collapsed"};
        Random random = new Random(3);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            out.add(new String[] {speakers[random.nextInt(4)], verbs[random.nextInt(4)], "that", "the",
                    things[random.nextInt(4)], states[random.nextInt(4)], "."});
        }
        return out;
    }

    private static WordClusterDistiller.Settings settings() {
        return new WordClusterDistiller.Settings(3, 50, 32, 4, 2, 10, 7);
    }

    @Test
    void wordsInTheSameSlotsShareAClass() {
        WordClusterDistiller.Classes classes = WordClusterDistiller.distil(corpus(), settings(), new PrintWriter(new StringWriter()));
        int verb = classes.ofWord().get("said")[0];
        assertThat(classes.ofWord().get("argued")[0]).isEqualTo(verb);
        assertThat(classes.ofWord().get("claimed")[0]).isEqualTo(verb);
        assertThat(classes.ofWord().get("bridge")[0]).isEqualTo(classes.ofWord().get("tunnel")[0]).isNotEqualTo(verb);
    }

    @Test
    void theSameTextGivesTheSameFileAndTheModelReadsIt() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        PrintWriter quiet = new PrintWriter(new StringWriter());
        WordClusterDistiller.write(WordClusterDistiller.distil(corpus(), settings(), quiet), first);
        WordClusterDistiller.write(WordClusterDistiller.distil(corpus(), settings(), quiet), second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        WordClasses read = WordClasses.readTable(new ByteArrayInputStream(first.toByteArray()));
        assertThat(read.fine("said")).isEqualTo(read.fine("stated")).isNotNegative();
        assertThat(read.fine("unheard-of")).isEqualTo(-1);
    }
}
