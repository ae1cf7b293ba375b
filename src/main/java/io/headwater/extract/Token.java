package io.headwater.extract;

import io.headwater.core.Span;

/**
 * A word or punctuation mark with its part of speech (Penn-style coarse tags as OpenNLP maps them:
 * NN, NNP, VB, PRP, DT, IN, JJ, ...).
 *
 * @param text the characters of the token
 * @param tag  the part-of-speech tag
 * @param span where it lies in the article text
 */
public record Token(String text, String tag, Span span) {

    /** True for any verb tag. */
    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    /** True for common or proper nouns, pronouns and numbers: words that can head a source. */
    public boolean isNominal() {
        return tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD");
    }

    /** The token in lower case. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
