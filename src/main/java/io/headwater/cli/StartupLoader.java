package io.headwater.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.neo4j.driver.QueryConfig;

import io.headwater.Headwater;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.InputFiles;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;
import io.headwater.ingest.TextDecoder;

/**
 * Fills the graph when the server starts: the articles the user named, or, for an empty graph, the
 * built-in demo corpus (short articles written for Headwater that reproduce the seeds' situation:
 * a confidential report, an agency quoting it, outlets copying the agency, photo credits).
 */
final class StartupLoader {

    private static final String DEMO = "/demo/";

    private StartupLoader() {
    }

    static void load(Headwater hw, List<Path> paths, String outlet, PrintStream log) {
        if (!paths.isEmpty()) {
            ArticleMetadata given = new ArticleMetadata(outlet, null, null);
            for (Path file : InputFiles.expand(paths)) {
                try {
                    Headwater.IngestResult r = hw.ingest(InputFiles.read(file, TextDecoder.DEFAULT_MAX_BYTES), given);
                    log.println("loaded " + r.id() + "  " + file + "  " + r.headline());
                } catch (InvalidArticleException e) {
                    log.println("skipped " + file + ": " + e.getMessage());
                }
            }
            return;
        }
        if (articleCount(hw) > 0) {
            return;
        }
        for (String[] row : demoManifest()) {
            RawDocument doc = new RawDocument("demo:" + row[0], demoBytes(row[0]), "text/plain", null);
            ArticleMetadata given = new ArticleMetadata(blank(row[1]), blank(row[2]), blank(row[3]));
            Headwater.IngestResult r = hw.ingest(doc, given);
            log.println("loaded demo article " + r.id() + "  " + r.headline());
        }
    }

    static long articleCount(Headwater hw) {
        return hw.graph().driver().executableQuery("MATCH (a:Article) RETURN count(a) AS n")
                .withConfig(QueryConfig.builder().withDatabase(hw.graph().database()).build())
                .execute().records().get(0).get("n").asLong();
    }

    /** Rows of demo/manifest.tsv: file, outlet, url, published. */
    static List<String[]> demoManifest() {
        try (InputStream in = StartupLoader.class.getResourceAsStream(DEMO + "manifest.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> (l + "\t\t\t").split("\t", -1)).toList();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("demo/manifest.tsv is missing from the classpath", e);
        }
    }

    static byte[] demoBytes(String file) {
        try (InputStream in = StartupLoader.class.getResourceAsStream(DEMO + file)) {
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

    /** Where everything listens, and a first request to try. */
    static String banner(Headwater hw, int port) {
        String first = hw.graph().driver().executableQuery(
                        "MATCH (a:Article)-[:DERIVED_FROM*2..]->() RETURN a.id AS id ORDER BY a.id LIMIT 1")
                .withConfig(QueryConfig.builder().withDatabase(hw.graph().database()).build())
                .execute().records().stream().map(r -> r.get("id").asString()).findFirst().orElse("ARTICLE_ID");
        StringBuilder b = new StringBuilder("\nHeadwater is running.\n");
        b.append("  REST     http://127.0.0.1:").append(port).append("/api/articles\n");
        if (hw.graph().embeddedBolt() != null) {
            b.append("  Bolt     ").append(hw.graph().embeddedBolt()).append("   (no authentication; loopback only)\n");
        }
        if (hw.graph().browser() != null) {
            b.append("  Browser  ").append(hw.graph().browser()).append("   (connect URL ")
                    .append(hw.graph().embeddedBolt()).append(", authentication: none)\n");
        }
        b.append("  Try      curl -s http://127.0.0.1:").append(port).append("/api/articles/").append(first)
                .append("/provenance\n");
        b.append("  Stop     Ctrl-C\n");
        return b.toString();
    }
}
