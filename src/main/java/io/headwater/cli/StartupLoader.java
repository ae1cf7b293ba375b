package io.headwater.cli;

import java.io.PrintStream;
import java.util.List;

import io.headwater.Headwater;
import io.headwater.api.ApiAccess;
import io.headwater.graph.GraphConnection;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.DocumentSource;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.SourceEvents;

/**
 * Fills the graph when the server starts: the articles the user named, or, for an empty graph, the
 * built-in demo corpus (short articles written for Headwater that reproduce the seeds' situation:
 * a confidential report, an agency quoting it, outlets copying the agency, photo credits). Named articles
 * replace the demo: the demo articles are deleted first (only they: every other article stays), so that they
 * never mix with real ones in rankings and searches.
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
            int removed = DemoCorpus.remove(hw);
            if (removed > 0) {
                log.println("removed the " + removed + " demo articles: the articles you named replace them");
            }
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

    /** Where everything listens, how to log in, and a first request to try. */
    static String banner(Headwater hw, int port, ApiAccess access) {
        String first = hw.lookups().exampleArticle().orElse("ARTICLE_ID");
        String rest = "http://127.0.0.1:" + port;
        StringBuilder b = new StringBuilder("\nHeadwater is running.\n");
        b.append("  Explorer ").append(rest).append("/   (paste a claim: where does it come from?)\n");
        b.append("  REST     ").append(rest).append("/api/articles\n");
        GraphConnection.Credentials login = hw.graph().embeddedCredentials();
        if (login != null) {
            b.append("  Bolt     ").append(hw.graph().embeddedBolt()).append("   user ").append(login.user())
                    .append(", password ").append(login.password()).append("   (kept in ").append(login.passwordFile()).append(")\n");
        }
        if (hw.graph().browser() != null) {
            b.append("  Browser  ").append(hw.graph().browserConnectLink()).append("\n")
                    .append("           (opens with the connect form filled in; the style of cypher/headwater.grass is applied)\n");
        }
        b.append("  API docs ").append(rest).append("/swagger-ui.html\n");
        b.append("  Try      curl -s ").append(rest).append("/api/articles/").append(first).append("/provenance\n");
        b.append("  Report   ").append(rest).append("/api/reports/articles/").append(first).append("?format=html\n");
        String token = access.tokenFile() == null ? "$HEADWATER_API_TOKEN" : "$(cat " + access.tokenFile() + ")";
        b.append("  Writes   need Authorization: Bearer <token>; the token is ")
                .append(access.tokenFile() == null ? "the one configured (headwater.api.token)" : "in " + access.tokenFile())
                .append("\n           curl -s -H \"Authorization: Bearer ").append(token)
                .append("\" -H 'Content-Type: application/json' -d '{\"url\": \"https://...\"}' ").append(rest).append("/api/articles\n");
        b.append("  Stop     Ctrl-C\n");
        return b.toString();
    }
}
