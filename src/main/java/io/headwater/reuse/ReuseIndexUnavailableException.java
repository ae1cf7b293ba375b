package io.headwater.reuse;

/** The reuse index cannot be opened: another process holds it, or its files cannot be read. */
public final class ReuseIndexUnavailableException extends RuntimeException {

    /** @param message what happened and what to do */
    public ReuseIndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
