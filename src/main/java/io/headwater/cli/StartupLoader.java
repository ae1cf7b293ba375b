package io.headwater.cli;

import java.io.PrintStream;
import java.util.List;

import io.headwater.Headwater;
import io.headwater.api.ApiAccess;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.DocumentSource;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.SourceEvents;

/**
 * Fills the graph when the server starts: the articles the user named, or, for an empty graph, the
 * built-in demo corpus (short articles written for Headwater that reproduce the seeds' situation:
 * a confidential report, an agency quoting it, outlets copying the agency, photo credits).
 */
final class StartupLoader {

    private StartupLoader() {
    }

    static void load(Headwater hw, List<String> inputs, String outlet, PrintStream log) {
        var reconciled = hw.reconcileReuseIndex();
        if (reconciled.changed()) {
            log.println("reuse index was behind the graph: " + reconciled);
        }
        if (!inputs.isEmpty()) {
            ArticleMetadata given = new ArticleMetadata(outlet, null, null);
            SourceEvents skipped = (origin, reason) -> log.println("skipped " + origin + ": " + reason);
            new DocumentSource().read(inputs, document -> {
                try {
                    Headwater.IngestResult r = hw.ingest(document, given);
                    log.println("loaded " + r.id() + "  " + document.origin() + "  " + r.headline());
                } catch (InvalidArticleException e) {
                    skipped.failed(document.origin(), e.getMessage());
                }
            }, skipped);
            return;
        }
        if (hw.lookups().articleCount() > 0) {
            return;
        }
        for (Headwater.IngestResult r : DemoCorpus.load(hw)) {
            log.println("loaded demo article " + r.id() + "  " + r.headline());
        }
    }

    /** Where everything listens, and a first request to try. */
    static String banner(Headwater hw, int port, ApiAccess access) {
        String first = hw.lookups().exampleArticle().orElse("ARTICLE_ID");
        StringBuilder b = new StringBuilder("\nHeadwater is running.\n");
        b.append("  Explorer http://127.0.0.1:").append(port).append("/   (paste a claim: where does it come from?)\n");
        b.append("  REST     http://127.0.0.1:").append(port).append("/api/articles\n");
        if (hw.graph().embeddedBolt() != null) {
            b.append("  Bolt     ").append(hw.graph().embeddedBolt()).append("   (no authentication; loopback only)\n");
        }
        if (hw.graph().browser() != null) {
            b.append("  Browser  ").append(hw.graph().browser()).append("   (connect URL ")
                    .append(hw.graph().embeddedBolt()).append(", authentication: none)\n");
        }
        b.append("  API docs http://127.0.0.1:").append(port).append("/swagger-ui.html\n");
        b.append("  Try      curl -s http://127.0.0.1:").append(port).append("/api/articles/").append(first)
                .append("/provenance\n");
        b.append("  Report   http://127.0.0.1:").append(port).append("/api/reports/articles/").append(first)
                .append("?format=html\n");
        b.append("  Writes   need Authorization: Bearer ").append(access.token())
                .append(access.generated() ? "   (generated; set HEADWATER_API_TOKEN to choose one)\n" : "\n");
        b.append("  Stop     Ctrl-C\n");
        return b.toString();
    }
}
