package io.headwater.graph;

/**
 * A correction would make an article the same publication as another article of the same text (same
 * address, or same outlet without one); the message names that article.
 */
public class PublicationConflictException extends RuntimeException {

    public PublicationConflictException(String message) {
        super(message);
    }
}
