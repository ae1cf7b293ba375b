package io.headwater.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.headwater.ingest.ArticleMetadata;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of real pages with gold provenance facts, laid out as {@code ../shared/corpus/provenance-dev}:
 * {@code cases.json} (one record per page) and {@code pages/<slug>.txt}. This class reads only what a
 * researcher would know when ingesting a page (its file, outlet and address), never the gold fields; the
 * scorer reads those apart.
 *
 * @param dir   the corpus directory
 * @param pages the pages, in the order of {@code cases.json}
 */
public record ProvenanceCorpus(Path dir, List<Page> pages) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    public ProvenanceCorpus {
        pages = List.copyOf(pages);
    }

    /**
     * One page to ingest.
     *
     * @param slug  the page's name in the corpus (its file is {@code pages/<slug>.txt})
     * @param file  the page's text
     * @param given the outlet and address the case states, nothing else
     */
    public record Page(String slug, Path file, ArticleMetadata given) {
    }

    /**
     * Reads the corpus in {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} has no readable {@code cases.json} or a page file is missing
     */
    public static ProvenanceCorpus read(Path dir) {
        List<Page> pages = new ArrayList<>();
        for (JsonNode c : cases(dir)) {
            String slug = text(c, "slug");
            if (slug == null) {
                throw new IllegalArgumentException(dir.resolve("cases.json") + ": a case has no slug");
            }
            Path file = dir.resolve("pages").resolve(slug + ".txt");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("case " + slug + " has no page " + file);
            }
            pages.add(new Page(slug, file, new ArticleMetadata(text(c, "outlet"), text(c, "url"), null)));
        }
        return new ProvenanceCorpus(dir, pages);
    }

    /** The records of {@code dir/cases.json}. */
    static List<JsonNode> cases(Path dir) {
        Path file = dir.resolve("cases.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " is not a provenance corpus: it has no cases.json");
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            if (!root.isArray()) {
                throw new IllegalArgumentException(file + " is not a JSON array of cases");
            }
            List<JsonNode> out = new ArrayList<>();
            root.forEach(out::add);
            return out;
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
