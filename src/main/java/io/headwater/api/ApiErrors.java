package io.headwater.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.headwater.graph.GraphUnavailableException;
import io.headwater.ingest.ArticleBudgetExceededException;
import io.headwater.graph.PublicationConflictException;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.reuse.ReuseIndexUnavailableException;

/** Maps failures a client can act on to {@code application/problem+json} responses. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(ArticleBudgetExceededException.class)
    ProblemDetail overBudget(ArticleBudgetExceededException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "article-budget-exceeded", "Article took too long to analyse",
                e.getMessage());
    }

    @ExceptionHandler(InvalidArticleException.class)
    ProblemDetail invalidArticle(InvalidArticleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-article", "Not a readable article", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    @ExceptionHandler(PublicationConflictException.class)
    ProblemDetail conflict(PublicationConflictException e) {
        return problem(HttpStatus.CONFLICT, "publication-conflict", "Another article is that publication", e.getMessage());
    }

    @ExceptionHandler(GraphUnavailableException.class)
    ProblemDetail unavailable(GraphUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "graph-unavailable", "Graph unavailable", e.getMessage());
    }

    @ExceptionHandler(ReuseIndexUnavailableException.class)
    ProblemDetail reuseIndexUnavailable(ReuseIndexUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "reuse-index-unavailable", "Reuse index unavailable", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:headwater:problem:" + type));
        p.setTitle(title);
        return p;
    }
}
