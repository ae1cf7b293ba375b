package io.headwater.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

import io.headwater.Headwater;
import io.headwater.graph.CypherFile;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;

/**
 * How the graph grows when many articles quote one source in nearly the same words: ingests a
 * {@link TemplatedCorpus} through the whole pipeline and counts quotes, {@code VARIANT_OF} edges and reuse
 * pairs after every batch. Quote wordings linked pair by pair grow with the square of the articles; linked
 * to the earliest wording of their quote, with the articles.
 */
public final class VariantGrowth {

    private static final String COUNTS = CypherFile.load("eval/variant-growth.cypher").statement("counts");

    private VariantGrowth() {
    }

    /**
     * The graph after a batch.
     *
     * @param articles    articles in the graph
     * @param quotes      quotes in the graph
     * @param variants    VARIANT_OF edges
     * @param reusePairs  reuse edges between articles
     * @param maxPerQuote most VARIANT_OF edges leaving one quote
     * @param seconds     wall time of ingest so far
     */
    public record Row(long articles, long quotes, long variants, long reusePairs, long maxPerQuote, double seconds) {
    }

    /** Ingests {@code articles} templated articles into {@code hw} (an empty graph), counting after every {@code every}. */
    public static List<Row> run(Headwater hw, int articles, int every, long seed, IntConsumer progress) {
        TemplatedCorpus corpus = new TemplatedCorpus(seed);
        List<Row> rows = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= articles; i++) {
            TemplatedCorpus.Item item = corpus.next();
            hw.ingest(new RawDocument("templated:" + i, item.text().getBytes(StandardCharsets.UTF_8), "text/plain", null),
                    new ArticleMetadata(item.outlet(), null, item.published()));
            if (i % every == 0 || i == articles) {
                rows.add(count(hw, (System.nanoTime() - start) / 1e9));
                progress.accept(i);
            }
        }
        return rows;
    }

    private static Row count(Headwater hw, double seconds) {
        Record r = hw.graph().driver().executableQuery(COUNTS)
                .withConfig(QueryConfig.builder().withDatabase(hw.graph().database()).build()).execute().records().get(0);
        return new Row(r.get("articles").asLong(), r.get("quotes").asLong(), r.get("variants").asLong(), r.get("reusePairs").asLong(),
                r.get("maxPerQuote").asLong(0), seconds);
    }

    /** The rows as a Markdown table. */
    public static String table(List<Row> rows) {
        StringBuilder t = new StringBuilder("| articles | quotes | VARIANT_OF | per article | most from one quote | reuse pairs | s |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            t.append(String.format("| %,d | %,d | %,d | %.1f | %,d | %,d | %.0f |%n", r.articles(), r.quotes(), r.variants(),
                    r.articles() == 0 ? 0 : (double) r.variants() / r.articles(), r.maxPerQuote(), r.reusePairs(), r.seconds()));
        }
        return t.toString();
    }
}
