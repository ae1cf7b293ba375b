package io.headwater.extract;

/** The version stamped on every edge the extractors produce, so edges can be traced to the code that made them. */
public final class ExtractorVersion {

    /** Name and version of the current attribution rules. */
    public static final String CURRENT = "headwater-rules/0.1";

    private ExtractorVersion() {
    }
}
