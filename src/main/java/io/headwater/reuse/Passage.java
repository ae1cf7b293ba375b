package io.headwater.reuse;

/**
 * A passage two articles share, aligned word by word with small edits allowed.
 *
 * @param aStart  first character in article a's text
 * @param aEnd    end (exclusive) in article a's text
 * @param bStart  first character in article b's text
 * @param bEnd    end (exclusive) in article b's text
 * @param aWords  words of the passage in a
 * @param bWords  words of the passage in b
 * @param matched words aligned to an identical word on the other side
 * @param quoted  share (0–1) of the passage's words that stand inside quotation marks, on the side that quotes more
 * @param score   alignment score: 2 per matched word less the cost of edits
 */
public record Passage(int aStart, int aEnd, int bStart, int bEnd, int aWords, int bWords, int matched, double quoted,
                      int score) {

    /** The same passage seen from b's side. */
    public Passage swap() {
        return new Passage(bStart, bEnd, aStart, aEnd, bWords, aWords, matched, quoted, score);
    }
}
