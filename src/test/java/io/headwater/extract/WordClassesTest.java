package io.headwater.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** A class table holds one to three levels per word, finest first, and survives the model file. */
class WordClassesTest {

    private static byte[] gzip(String table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(table.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void threeLevelsFromFinestToCoarsest() throws IOException {
        WordClasses classes = WordClasses.readTable(new ByteArrayInputStream(gzip("blasted\t1000\t250\t62\nslammed\t1001\t250\t62\n")));
        assertThat(classes.levels()).isEqualTo(3);
        assertThat(classes.fine("blasted")).isEqualTo(1000);
        assertThat(classes.level(1, "slammed")).isEqualTo(250);
        assertThat(classes.coarse("slammed")).isEqualTo(62);
        assertThat(classes.fine("unheard")).isEqualTo(-1);
    }

    @Test
    void aTableSurvivesARoundTrip() throws IOException {
        WordClasses classes = WordClasses.readTable(new ByteArrayInputStream(gzip("said\t7\t1\nsaid\t9\t2\nnoted\t7\t1\n")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classes.write(new DataOutputStream(bytes));
        WordClasses read = WordClasses.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read.size()).isEqualTo(2);
        assertThat(read.fine("said")).isEqualTo(7);
        assertThat(read.coarse("noted")).isEqualTo(1);
        assertThat(read.fingerprint()).isEqualTo(classes.fingerprint());
    }

    @Test
    void linesWithDifferentLevelsAreRefused() {
        assertThatThrownBy(() -> WordClasses.readTable(new ByteArrayInputStream(gzip("said\t7\t1\nnoted\t7\n"))))
                .isInstanceOf(IOException.class).hasMessageContaining("needs 2 classes");
    }
}
