package io.headwater.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.headwater.Headwater;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.PublicationDateParser;
import io.headwater.ingest.RawDocument;
import io.headwater.report.MarkdownReport;
import io.headwater.trace.ArticleSummary;
import io.headwater.trace.Provenance;

/** Articles: list, look up, ingest, and their provenance. */
@RestController
@RequestMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleController {

    private static final int MAX_PAGE_SIZE = 200;

    private final Headwater headwater;
    private final ArticleRepository articles;

    ArticleController(Headwater headwater, ArticleRepository articles) {
        this.headwater = headwater;
        this.articles = articles;
    }

    /** A page of articles, optionally only those with a given URL. */
    @GetMapping
    PageView<ArticleNode> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                               @RequestParam(required = false) String url) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        PageRequest request = PageRequest.of(page, size, Sort.by("id"));
        Page<ArticleNode> result = url == null ? articles.findAll(request) : articles.findByUrl(url, request);
        return PageView.of(result);
    }

    /** One article's identifying facts. */
    @GetMapping("/{id}")
    ArticleSummary get(@PathVariable String id) {
        return headwater.tracer().article(id).orElseThrow(() -> NotFoundException.article(id));
    }

    /** One article's provenance: chains to primary sources, attributed contents, picture credits. */
    @GetMapping("/{id}/provenance")
    Provenance provenance(@PathVariable String id) {
        return headwater.tracer().provenance(id).orElseThrow(() -> NotFoundException.article(id));
    }

    /** One article's provenance report as Markdown. */
    @GetMapping(path = "/{id}/report", produces = "text/markdown;charset=UTF-8")
    String report(@PathVariable String id) {
        return new MarkdownReport().render(provenance(id));
    }

    /** Ingests one plain-text article; 201 with its location when new, 200 when it was already there. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> ingest(@RequestBody IngestRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new InvalidArticleException("the request has no article text: send {\"text\": \"...\"}");
        }
        String published = request.published() == null ? null : PublicationDateParser.parse(request.published())
                .orElseThrow(() -> new IllegalArgumentException("published: cannot read '" + request.published()
                        + "' as a date; use ISO-8601 such as 2022-02-06"));
        RawDocument doc = new RawDocument("api", request.text().getBytes(StandardCharsets.UTF_8), "text/plain", request.url());
        Headwater.IngestResult r = headwater.ingest(doc, new ArticleMetadata(request.outlet(), request.url(), published));
        Map<String, Object> body = Map.of("id", r.id(), "headline", r.headline() == null ? "" : r.headline(),
                "created", r.created(), "attributions", r.attributions());
        URI location = URI.create("/api/articles/" + r.id());
        return r.created() ? ResponseEntity.created(location).body(body) : ResponseEntity.ok().location(location).body(body);
    }

    /**
     * A page of results.
     *
     * @param items         the items
     * @param page          page number, from 0
     * @param size          page size
     * @param totalElements number of items on all pages
     * @param totalPages    number of pages
     */
    record PageView<T>(List<T> items, int page, int size, long totalElements, int totalPages) {
        static <T> PageView<T> of(Page<T> p) {
            return new PageView<>(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
        }
    }
}
