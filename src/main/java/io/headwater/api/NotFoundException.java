package io.headwater.api;

/** A looked-up article or source does not exist. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }

    static NotFoundException article(String id) {
        return new NotFoundException("no article with id " + id + " (GET /api/articles lists them)");
    }

    static NotFoundException source(String key) {
        return new NotFoundException("no source with key " + key);
    }
}
