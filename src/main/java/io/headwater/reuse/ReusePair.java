package io.headwater.reuse;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Relation;

/**
 * Two articles that share passages, classified. {@code from} and {@code to} are the graph edge's ends:
 * for a one-way direction {@code from} took from {@code to}; otherwise {@code from} is the newer article.
 *
 * @param from        article id at the edge's start
 * @param to          article id at the edge's end
 * @param passages    shared passages, offsets on the {@code from} side first
 * @param sharedFrom  share (0–1) of {@code from}'s words that lie in shared passages
 * @param sharedTo    share (0–1) of {@code to}'s words that lie in shared passages
 * @param score       the passages' total alignment score
 * @param reuseClass  what the pair is
 * @param direction   how the direction is known
 * @param upstream    the common upstream's key when {@code direction} is COMMON_UPSTREAM
 */
public record ReusePair(String from, String to, List<Passage> passages, double sharedFrom, double sharedTo, int score,
                        ReuseClass reuseClass, Direction direction, @Nullable String upstream) {

    public ReusePair {
        passages = List.copyOf(passages);
    }

    /**
     * The graph relationship for this pair: the class when it reads true from {@code from} to {@code to};
     * {@code SHARES_TEXT} for derivation that is not one from the other (common upstream, or unknown).
     */
    public Relation relationship() {
        return switch (reuseClass) {
            case REVISION_OF -> Relation.REVISION_OF;
            case DERIVED_FROM -> direction.oneWay() ? Relation.DERIVED_FROM : Relation.SHARES_TEXT;
            case SHARES_QUOTE -> Relation.SHARES_QUOTE;
        };
    }

    /** True when this pair joins articles {@code x} and {@code y}, either way round. */
    public boolean joins(String x, String y) {
        return from.equals(x) && to.equals(y) || from.equals(y) && to.equals(x);
    }
}
