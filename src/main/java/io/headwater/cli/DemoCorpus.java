package io.headwater.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.headwater.Headwater;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;

/**
 * The built-in demo articles (in {@code src/main/resources/demo}, listed in {@code manifest.tsv}): short
 * articles written for Headwater, with fictional events and outlets, that reproduce the seeds' situation.
 * They are read from origins {@code demo:<file>}, which the graph keeps, so they can be told from the user's own.
 */
public final class DemoCorpus {

    private static final String DEMO = "/demo/";
    /** The origin of every demo article begins so. */
    public static final String ORIGIN_PREFIX = "demo:";

    private DemoCorpus() {
    }

    /** Ingests every demo article; returns what each ingest did. */
    public static List<Headwater.IngestResult> load(Headwater hw) {
        List<Headwater.IngestResult> results = new ArrayList<>();
        for (String[] row : manifest()) {
            RawDocument doc = new RawDocument(ORIGIN_PREFIX + row[0], bytes(row[0]), "text/plain", null);
            results.add(hw.ingest(doc, new ArticleMetadata(blank(row[1]), blank(row[2]), blank(row[3]))));
        }
        return results;
    }

    /**
     * Deletes the demo articles from the graph (and what only they held up), leaving every other article as it is;
     * returns how many there were.
     */
    public static int remove(Headwater hw) {
        List<String> ids = hw.lookups().articlesFromOrigin(ORIGIN_PREFIX);
        ids.forEach(hw::delete);
        return ids.size();
    }

    /** Rows of manifest.tsv: file, outlet, url, published. */
    static List<String[]> manifest() {
        try (InputStream in = DemoCorpus.class.getResourceAsStream(DEMO + "manifest.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> (l + "\t\t\t").split("\t", -1)).toList();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("demo/manifest.tsv is missing from the classpath", e);
        }
    }

    private static byte[] bytes(String file) {
        try (InputStream in = DemoCorpus.class.getResourceAsStream(DEMO + file)) {
            if (in == null) {
                throw new IllegalStateException("demo article " + file + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
