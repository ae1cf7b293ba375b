package io.headwater.core;

import org.jspecify.annotations.Nullable;

/**
 * Why an edge of the provenance graph exists: the sentence it was read from, where, by which cue,
 * how surely and by which extractor version.
 *
 * @param sentence   the sentence (or caption, or credit line) as printed
 * @param start      offset of the evidence in the article text, or -1 when it is not in the text (captions)
 * @param end        end offset (exclusive), or -1
 * @param cue        the cue words ("quoted", "according to", "Photograph:")
 * @param confidence 0 to 1
 * @param extractor  the extractor and its version
 */
public record Evidence(String sentence, int start, int end, @Nullable String cue, double confidence, String extractor) {
}
