package io.headwater.ingest;

/**
 * The input cannot be read as an article (empty, binary, too large, undecodable). The message says
 * what was wrong and what to do; nothing of the input reaches the graph.
 */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
