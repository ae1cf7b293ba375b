package io.headwater.ingest;

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

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code extract-text} writes: the main text and metadata of every saved page of a directory
 * ({@code <id>.html} or {@code <id>.html.gz}), read by the very {@link HtmlArticleReader} ingest uses, in the
 * shape the extraction scorers read ({@code {id: {articleBody, headline, ...}}}).
 */
public final class SavedPageExtraction {

    /** One saved page: its id (file name without extension) and its bytes. */
    public record SavedPage(String id, RawDocument document) {
    }

    private static final List<String> FIELDS = List.of("articleBody", "headline", "authors", "published", "publisher", "url", "language");

    private final HtmlArticleReader reader;
    private final PrintStream log;

    /** An extraction with {@code reader}, reporting unreadable pages to {@code log}. */
    public SavedPageExtraction(HtmlArticleReader reader, PrintStream log) {
        // extract-text must show the very reader that ingest uses: callers pass ArticleReaders#html()
        this.reader = reader;
        this.log = log;
    }

    /** An extraction with the default reader, reporting to standard error. */
    public SavedPageExtraction() {
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

    /** The pages of {@code dir} ({@code .html}, {@code .htm}, {@code .html.gz}), sorted by id. */
    public static List<SavedPage> pages(Path dir) throws IOException {
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

    /** The id of a saved page file (its name without {@code .html}, {@code .htm} or {@code .gz}); absent for other files. */
    public static @Nullable String idOf(Path file) {
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
