package io.headwater.graph;

/** The graph database cannot be reached or started; the message says what to check. */
public class GraphUnavailableException extends RuntimeException {

    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
