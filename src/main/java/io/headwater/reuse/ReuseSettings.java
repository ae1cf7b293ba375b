package io.headwater.reuse;

/**
 * The knobs of reuse detection.
 *
 * @param gram          words per indexed n-gram
 * @param window        winnowing window (n-grams); runs of {@code gram + window - 1} equal words are always found
 * @param minWords      fewest words a passage must span on both sides
 * @param minAnchors    fewest shared fingerprints that make an earlier article a candidate
 * @param maxDf         fingerprints found in more articles than this are boilerplate or stock phrases: never anchors
 * @param maxCandidates most candidates aligned per new article (those with the most shared fingerprints)
 * @param revisionShare share of the longer side's words that makes a same-outlet pair one story (REVISION_OF)
 * @param quoteShare    share of quoted words above which a pair only shares quotes
 * @param revisionDays  most days between two versions of one story
 * @param minPairWords  fewest words (summed over passages) that make two articles derived rather than
 *                      alike in a stock phrase (one passage must also span twice {@code minWords}); a shared
 *                      quote needs only {@code minWords}
 * @param boilerplateDf a fingerprint found in this many earlier articles that are otherwise unrelated to the
 *                      new one is boilerplate (a footer, an editor's note, a video player's message)
 */
public record ReuseSettings(int gram, int window, int minWords, int minAnchors, int maxDf, int maxCandidates,
                            double revisionShare, double quoteShare, int revisionDays, int minPairWords, int boilerplateDf) {

    /** The shipped settings. */
    public static ReuseSettings standard() {
        return new ReuseSettings(5, 4, 10, 2, 100, 50, 0.5, 0.8, 14, 25, 3);
    }
}
