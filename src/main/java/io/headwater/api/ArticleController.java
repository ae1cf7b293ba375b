package io.headwater.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.HeadwaterSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.PageFetcher;
import io.headwater.ingest.PublicationDateParser;
import io.headwater.ingest.RawDocument;
import io.headwater.report.MarkdownReport;
import io.headwater.trace.ArticleSummary;
import io.headwater.trace.Provenance;

/** Articles: list, look up, ingest, and their provenance. */
@Tag(name = "articles")
@RestController
@RequestMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleController {

    private final Headwater headwater;
    private final ArticleRepository articles;
    private final PageFetcher fetcher;

    ArticleController(Headwater headwater, ArticleRepository articles, HeadwaterSettings settings,
                      @Value("${headwater.fetch.allow-private:false}") boolean allowPrivate) {
        this.headwater = headwater;
        this.articles = articles;
        // The command line's rules: redirects checked hop by hop, size and time caps, no local addresses.
        this.fetcher = new PageFetcher(settings.fetchPolicy("headwater.fetch-timeout", allowPrivate));
    }

    /** A page of articles, optionally only those with a given URL. */
    @Operation(summary = "List articles, optionally by URL")
    @GetMapping
    PageView<ArticleNode> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                               @RequestParam(required = false) String url) {
        PageView.check(page, size);
        PageRequest request = PageRequest.of(page, size, Sort.by("id"));
        Page<ArticleNode> result = url == null ? articles.findAll(request) : articles.findByUrl(url, request);
        return PageView.of(result);
    }

    /** One article's identifying facts. */
    @Operation(summary = "One article")
    @GetMapping("/{id}")
    ArticleSummary get(@PathVariable String id) {
        return headwater.tracer().article(id).orElseThrow(() -> NotFoundException.article(id));
    }

    /** One article's provenance: chains to primary sources, attributed contents, picture credits. */
    @Operation(summary = "An article's chains to its primary sources, its quotes and picture credits")
    @GetMapping("/{id}/provenance")
    Provenance provenance(@PathVariable String id) {
        return headwater.tracer().provenance(id).orElseThrow(() -> NotFoundException.article(id));
    }

    /** The passages the article shares with other articles, pair by pair, and its quotes worded differently elsewhere. */
    @Operation(summary = "An article's text reuse: pairs (class, direction, shares) with their passages side by side, "
            + "and quote wording variants")
    @GetMapping("/{id}/reuse")
    Map<String, Object> reuse(@PathVariable String id) {
        ArticleSummary article = get(id);
        return Map.of("article", article, "reuse", headwater.tracer().reuse(id), "quoteVariants", headwater.tracer().quoteVariants(id));
    }

    /** One article's provenance report as Markdown (all formats: {@code /api/reports/articles/{id}}). */
    @Operation(summary = "An article's provenance report in Markdown")
    @GetMapping(path = "/{id}/report", produces = "text/markdown;charset=UTF-8")
    String report(@PathVariable String id) {
        return new MarkdownReport().render(provenance(id));
    }

    /**
     * Corrects an article's outlet, address and date without deleting it: the fields given replace the
     * graph's, the others stay.
     */
    @Operation(summary = "Correct an article's outlet, url or published date", security = @SecurityRequirement(name = "token"))
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ArticleSummary correct(@PathVariable String id, @RequestBody(required = false) ArticleMetadata change) {
        if (change == null || change.outlet() == null && change.url() == null && change.published() == null) {
            throw new IllegalArgumentException("nothing to correct: send {\"outlet\": ..., \"url\": ..., \"published\": ...}"
                    + " with the fields to change");
        }
        if (change.outlet() != null && change.outlet().isBlank()) {
            throw new IllegalArgumentException("outlet: empty; leave it out to keep the article's outlet");
        }
        if (change.url() != null && !webAddress(change.url())) {
            throw new IllegalArgumentException("url: '" + change.url() + "' is not an http(s) address such as https://example.com/story");
        }
        ArticleMetadata parsed = new ArticleMetadata(change.outlet() == null ? null : change.outlet().strip(),
                change.url() == null ? null : change.url().strip(), date(change.published()));
        return headwater.correct(id, parsed).orElseThrow(() -> NotFoundException.article(id));
    }

    private static boolean webAddress(String url) {
        try {
            URI u = new URI(url.strip());
            return u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String date(String published) {
        return published == null ? null : PublicationDateParser.parse(published)
                .orElseThrow(() -> new IllegalArgumentException("published: cannot read '" + published
                        + "' as a date; use ISO-8601 such as 2022-02-06"));
    }

    /** Deletes an article, its quotes and what only it held up. */
    @Operation(summary = "Delete an article", security = @SecurityRequirement(name = "token"))
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!headwater.delete(id)) {
            throw NotFoundException.article(id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Ingests one plain-text article, or the page at {@code url} when no text is sent; 201 with its location when
     * new (another outlet's copy of a text is new), 200 when it was already there, with {@code filledIn} naming what
     * the request added to it.
     */
    @Operation(summary = "Ingest one plain-text article, or fetch and ingest the page at url when no text is sent",
            security = @SecurityRequirement(name = "token"))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> ingest(@RequestBody IngestRequest request) {
        boolean noText = request == null || request.text() == null || request.text().isBlank();
        if (noText && (request == null || request.url() == null || request.url().isBlank())) {
            throw new InvalidArticleException("the request has no article text: send {\"text\": \"...\"}, or {\"url\": \"https://...\"}"
                    + " to fetch the page");
        }
        String published = date(request.published());
        RawDocument doc = noText ? fetch(request.url().strip())
                : new RawDocument("api", request.text().getBytes(StandardCharsets.UTF_8), "text/plain", request.url());
        Headwater.IngestResult r = headwater.ingest(doc, new ArticleMetadata(request.outlet(), request.url(), published));
        Map<String, Object> body = Map.of("id", r.id(), "headline", r.headline() == null ? "" : r.headline(),
                "created", r.created(), "attributions", r.attributions(), "reusePairs", r.reusePairs(), "filledIn", r.filledIn());
        URI location = URI.create("/api/articles/" + r.id());
        return r.created() ? ResponseEntity.created(location).body(body) : ResponseEntity.ok().location(location).body(body);
    }

    /**
     * The page at {@code url}, within the fetch policy's limits (public addresses only, unless
     * {@code headwater.fetch.allow-private}; size and time caps).
     */
    private RawDocument fetch(String url) {
        try {
            return fetcher.fetch(url);
        } catch (PageFetcher.FetchException e) {
            throw new InvalidArticleException("cannot ingest " + url + ": " + e.getMessage()
                    + " (paste the article's text instead)");
        }
    }
}
