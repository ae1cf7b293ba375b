package io.headwater.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;

import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.ArticleReaders;
import io.headwater.ingest.HtmlArticleReader;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.SavedPageExtraction;

/**
 * Runs the {@link HtmlArticleReader} over a directory of saved pages ({@code <id>.html} or
 * {@code <id>.html.gz}) to measure it: {@link #benchmark} times it against Jsoup's parse alone
 * ({@code extract-text --benchmark}); the predictions the scorers read come from {@link SavedPageExtraction}.
 */
public final class BodyExtractionRun {

    /** Pages per second of the reader and of Jsoup's parse plus {@code text()} on the same pages. */
    public record Speed(int pages, double readerPagesPerSecond, double parseOnlyPagesPerSecond) {

        /** The reader's speed as a share of parse-only speed. */
        public double ratio() {
            return readerPagesPerSecond / parseOnlyPagesPerSecond;
        }
    }

    private final HtmlArticleReader reader;
    private final SavedPageExtraction extraction;

    /** A run with {@code reader}, reporting unreadable pages to {@code log}. */
    public BodyExtractionRun(HtmlArticleReader reader, PrintStream log) {
        // extract-text must measure the very reader that ingest uses: callers pass ArticleReaders#html()
        this.reader = reader;
        this.extraction = new SavedPageExtraction(reader, log);
    }

    /** A run with the default reader, reporting to standard error. */
    public BodyExtractionRun() {
        this(ArticleReaders.defaults().html(), System.err);
    }

    /** As {@link SavedPageExtraction#writePredictions}: what {@code extract-text --out} writes. */
    public int writePredictions(Path dir, Path out) throws IOException {
        return extraction.writePredictions(dir, out);
    }

    /** As {@link SavedPageExtraction#predict}. */
    public SavedPageExtraction.Predictions predict(Path dir) {
        return extraction.predict(dir);
    }

    /**
     * Times the reader and Jsoup's parse plus {@code text()} over the pages in {@code dir} in one run.
     * Pages are loaded into memory and both are warmed up; then, {@code rounds} times, each page is read
     * by the reader and parsed by Jsoup back to back, and each page counts with its fastest time on each
     * side, so that other work on a shared machine disturbs both sides alike and little.
     */
    public Speed benchmark(Path dir, int rounds) throws IOException {
        List<SavedPageExtraction.SavedPage> pages = SavedPageExtraction.pages(dir);
        for (int i = 0; i < 2; i++) {
            pages.forEach(p -> {
                timeReader(p);
                timeParseOnly(p);
            });
        }
        long[] reader = new long[pages.size()];
        long[] parse = new long[pages.size()];
        java.util.Arrays.fill(reader, Long.MAX_VALUE);
        java.util.Arrays.fill(parse, Long.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                reader[i] = Math.min(reader[i], timeReader(pages.get(i)));
                parse[i] = Math.min(parse[i], timeParseOnly(pages.get(i)));
            }
        }
        int n = pages.size();
        return new Speed(n, n / (java.util.Arrays.stream(reader).sum() / 1e9), n / (java.util.Arrays.stream(parse).sum() / 1e9));
    }

    private long timeReader(SavedPageExtraction.SavedPage page) {
        long start = System.nanoTime();
        try {
            reader.readPage(page.document(), ArticleMetadata.NONE);
        } catch (InvalidArticleException e) {
            // a refused page is timed like any other
        }
        return System.nanoTime() - start;
    }

    /** Jsoup alone, from the same bytes: its own charset detection, parse and {@code text()}. */
    private static long timeParseOnly(SavedPageExtraction.SavedPage page) {
        long start = System.nanoTime();
        try {
            int length = Jsoup.parse(new ByteArrayInputStream(page.document().bytes()), null, "").text().length();
            if (length < 0) {
                throw new IllegalStateException("unreachable: keeps the text from being optimised away");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return System.nanoTime() - start;
    }
}
