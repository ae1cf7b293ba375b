package io.headwater.reuse;

/** What a pair of articles sharing passages are to each other. */
public enum ReuseClass {
    /** Same outlet, same story: one is a later version of the other. */
    REVISION_OF,
    /** One copies the other, or both copy a common upstream. */
    DERIVED_FROM,
    /** Only quoted words in common: both quote the same speech or document. Not derivation. */
    SHARES_QUOTE
}
