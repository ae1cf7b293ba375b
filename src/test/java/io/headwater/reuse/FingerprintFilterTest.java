package io.headwater.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FingerprintFilterTest {

    @Test
    void everyIndexedFingerprintMayBeThereAndFewOthersSeemTo() throws Exception {
        Random random = new Random(11);
        long[] indexed = random.longs(20_000).toArray();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < indexed.length; i += 100) {
                Document doc = new Document();
                for (int k = i; k < i + 100; k++) {
                    doc.add(new StringField("fp", new BytesRef(bytes(indexed[k])), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                FingerprintFilter filter = FingerprintFilter.of(reader.leaves().get(0).reader().terms("fp"));
                for (long fp : indexed) {
                    assertThat(filter.mightContain(fp)).isTrue();
                }
                int falsePositives = 0;
                for (int i = 0; i < 20_000; i++) {
                    falsePositives += filter.mightContain(random.nextLong()) ? 1 : 0;
                }
                assertThat(falsePositives).as("false positives among 20,000 absent fingerprints").isLessThan(20_000 * 4 / 100);
                assertThat(filter.bytes()).isLessThanOrEqualTo(20_000L * 16 / 8);
            }
        }
    }

    private static byte[] bytes(long v) {
        byte[] b = new byte[8];
        for (int k = 7; k >= 0; k--) {
            b[k] = (byte) v;
            v >>>= 8;
        }
        return b;
    }
}
