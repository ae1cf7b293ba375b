package io.headwater.extract;

/** The version stamped on every edge the extractors produce, so edges can be traced to the code that made them. */
public final class ExtractorVersion {

    /** Name and version of the current attribution extractor: the PolNeAR-trained model with the rules around it. */
    public static final String CURRENT = "headwater-attributions/0.2";

    private ExtractorVersion() {
    }
}
