package io.headwater.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import io.headwater.Headwater;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.RawDocument;
import io.headwater.trace.Provenance;

/**
 * Ingests every page of a {@link ProvenanceCorpus} into one graph, as a researcher's corpus would be, and
 * reads back each page's provenance once all are in (a page's chains can pass through one ingested later).
 *
 * @param provenance each page's provenance by slug, in corpus order
 * @param failed     pages that could not be ingested, with the reason
 */
public record ProvenanceRun(Map<String, Provenance> provenance, Map<String, String> failed) {

    /**
     * Runs {@code corpus} through {@code hw}, whose graph should hold nothing else (other articles would take
     * part in text reuse and entity resolution).
     */
    public static ProvenanceRun run(Headwater hw, ProvenanceCorpus corpus) {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (ProvenanceCorpus.Page page : corpus.pages()) {
            try {
                RawDocument doc = new RawDocument(page.file().toString(), Files.readAllBytes(page.file()), "text/plain",
                        page.given().url());
                ids.put(page.slug(), hw.ingest(doc, page.given()).id());
            } catch (IOException | InvalidArticleException e) {
                failed.put(page.slug(), e.getMessage());
            }
        }
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        ids.forEach((slug, id) -> hw.tracer().provenance(id).ifPresent(p -> provenance.put(slug, p)));
        return new ProvenanceRun(provenance, failed);
    }
}
