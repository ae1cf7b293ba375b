package io.headwater.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;

import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.ArticleReaders;
import io.headwater.ingest.BatchProgress;
import io.headwater.ingest.DocumentSource;
import io.headwater.ingest.FetchPolicy;
import io.headwater.ingest.HtmlArticleReader;
import io.headwater.ingest.HtmlPage;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.PageMetadata;
import io.headwater.ingest.RawDocument;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the {@link HtmlArticleReader} over a directory of saved pages ({@code <id>.html} or
 * {@code <id>.html.gz}) to measure it: {@link #writePredictions} writes what it extracts in the shape
 * the extraction scorer reads, {@link #benchmark} times it against Jsoup's parse alone.
 */
public final class BodyExtractionRun {

    /** Pages per second of the reader and of Jsoup's parse plus {@code text()} on the same pages. */
    public record Speed(int pages, double readerPagesPerSecond, double parseOnlyPagesPerSecond) {

        /** The reader's speed as a share of parse-only speed. */
        public double ratio() {
            return readerPagesPerSecond / parseOnlyPagesPerSecond;
        }
    }

    /** One saved page: its id (file name without extension) and its bytes. */
    record SavedPage(String id, RawDocument document) {
    }

    private static final List<String> FIELDS = List.of("articleBody", "headline", "authors", "published", "publisher", "url", "language");

    private final HtmlArticleReader reader;
    private final PrintStream log;

    /** A run with {@code reader}, reporting unreadable pages to {@code log}. */
    public BodyExtractionRun(HtmlArticleReader reader, PrintStream log) {
        // extract-text must measure the very reader that ingest uses: callers pass ArticleReaders#html()
        this.reader = reader;
        this.log = log;
    }

    /** A run with the default reader, reporting to standard error. */
    public BodyExtractionRun() {
        this(ArticleReaders.defaults().html(), System.err);
    }

    /** What {@link #predict} extracts: {@code {id: {articleBody, headline, ...}}} and how many pages failed. */
    public record Predictions(ObjectNode pages, int failed) {
    }

    /**
     * Reads every page in {@code dir} and writes {@code {id: {articleBody, headline, authors, published,
     * publisher, url, language}}} to {@code out}, with nulls where a page does not say. Returns the number
     * of pages that could not be read (they are written with all fields null).
     */
    public int writePredictions(Path dir, Path out) throws IOException {
        Predictions predictions = predict(dir);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions.pages());
        return predictions.failed();
    }

    /** Reads every page in {@code dir} into the predictions {@link #writePredictions} writes. */
    public Predictions predict(Path dir) {
        ObjectNode root = JsonMapper.builder().build().createObjectNode();
        BatchProgress progress = new BatchProgress("extract-text", log, java.time.Duration.ofSeconds(5), System::nanoTime);
        new DocumentSource(reader.maxBytes(), FetchPolicy.DEFAULT).read(List.of(dir.toString()), document -> {
            String id = idOf(Path.of(document.origin()));
            if (id == null) {
                return;
            }
            ObjectNode entry = root.putObject(id);
            try {
                HtmlPage page = reader.readPage(document, ArticleMetadata.NONE);
                PageMetadata m = page.metadata();
                entry.put("articleBody", page.article().text());
                entry.put("headline", m.headline());
                ArrayNode authors = entry.putArray("authors");
                m.authors().forEach(authors::add);
                entry.put("published", m.published());
                entry.put("publisher", m.publisher());
                entry.put("url", m.url());
                entry.put("language", m.language());
                progress.succeeded();
            } catch (RuntimeException e) {
                progress.failed(id, e.getMessage() == null ? e.toString() : e.getMessage());
                for (String field : FIELDS) {
                    entry.putNull(field);
                }
            }
        }, (origin, reason) -> {
            String id = idOf(Path.of(origin));
            if (id != null) {
                ObjectNode entry = root.putObject(id);
                FIELDS.forEach(entry::putNull);
            }
            progress.failed(origin, reason);
        });
        progress.finish();
        return new Predictions(root, (int) progress.failedCount());
    }

    /**
     * Times the reader and Jsoup's parse plus {@code text()} over the pages in {@code dir} in one run.
     * Pages are loaded into memory and both are warmed up; then, {@code rounds} times, each page is read
     * by the reader and parsed by Jsoup back to back, and each page counts with its fastest time on each
     * side, so that other work on a shared machine disturbs both sides alike and little.
     */
    public Speed benchmark(Path dir, int rounds) throws IOException {
        List<SavedPage> pages = pages(dir);
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

    private long timeReader(SavedPage page) {
        long start = System.nanoTime();
        try {
            reader.readPage(page.document(), ArticleMetadata.NONE);
        } catch (InvalidArticleException e) {
            // a refused page is timed like any other
        }
        return System.nanoTime() - start;
    }

    /** Jsoup alone, from the same bytes: its own charset detection, parse and {@code text()}. */
    private static long timeParseOnly(SavedPage page) {
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

    /** The pages of {@code dir} ({@code .html}, {@code .htm}, {@code .html.gz}), sorted by id. */
    static List<SavedPage> pages(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> idOf(p) != null).sorted().toList();
        }
        List<SavedPage> pages = new ArrayList<>();
        for (Path file : files) {
            pages.add(new SavedPage(idOf(file), new RawDocument(file.toString(), readMaybeGzipped(file), null, null)));
        }
        return pages;
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".html.gz", ".htm.gz", ".html", ".htm"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return null;
    }

    private static byte[] readMaybeGzipped(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                try (InputStream gz = new GZIPInputStream(in)) {
                    return gz.readAllBytes();
                }
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
