package io.headwater.ingest;

/**
 * Hears what happens to the items of a batch as {@link DocumentSource} enumerates them: an item that
 * cannot be read is reported here with the reason, and the batch goes on.
 */
public interface SourceEvents {

    /** One item could not be read (missing, too large, unreachable, corrupt); {@code reason} says why. */
    void failed(String origin, String reason);

    /** One item was passed over on purpose (a non-HTML record in a WARC, a file of another kind). */
    default void skipped(String origin, String reason) {
    }

    /** Ignores everything. */
    SourceEvents IGNORE = (origin, reason) -> { };
}
