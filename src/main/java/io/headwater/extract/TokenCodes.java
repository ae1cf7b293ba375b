package io.headwater.extract;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Feature codes of each token of a sentence that come from outside the sparse features: the clusters and binned
 * dimensions of an encoder's contextual vectors (the accurate mode's input). Codes are opaque numbers; two tokens
 * with the same code share what the model learnt of it.
 */
public interface TokenCodes {

    /** No codes: the default model reads none. */
    TokenCodes NONE = tokens -> null;

    /** The codes of each token ({@code codes[token]}); absent when there are none for this sentence. */
    long[] @Nullable [] of(List<Token> tokens);
}
