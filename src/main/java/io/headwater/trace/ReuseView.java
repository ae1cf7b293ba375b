package io.headwater.trace;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Relation;

/**
 * One article's reuse pair as seen from that article.
 *
 * @param otherId        the other article's id
 * @param otherHeadline  its headline
 * @param otherOutlet    its outlet
 * @param otherPublished its publication date
 * @param relationship   the graph edge: REVISION_OF, DERIVED_FROM, SHARES_TEXT or SHARES_QUOTE
 * @param reuseClass     REVISION_OF, DERIVED_FROM or SHARES_QUOTE
 * @param direction      how the direction is known: dated, attributed, common-upstream, unknown, none
 * @param upstream       key of the common upstream
 * @param outgoing       true when the edge starts at this article
 * @param meaning        the pair in words, from this article's side
 * @param shared         share of this article's words in shared passages
 * @param otherShared    share of the other's words in shared passages
 * @param score          alignment score
 * @param passages       the shared passages, side by side
 */
public record ReuseView(String otherId, String otherHeadline, String otherOutlet, @Nullable String otherPublished, Relation relationship,
                        String reuseClass, String direction, @Nullable String upstream, boolean outgoing, String meaning,
                        double shared, double otherShared, long score, List<PassageView> passages) {

    /**
     * A shared passage: this article's words and the other's.
     *
     * @param start      offset in this article's text
     * @param end        end offset
     * @param text       this article's wording
     * @param otherStart offset in the other article's text
     * @param otherEnd   end offset there
     * @param otherText  the other article's wording
     * @param quoted     share of the passage quoted on both sides
     */
    public record PassageView(long start, long end, String text, long otherStart, long otherEnd, String otherText,
                              double quoted) {
    }

    /** The pair in words, from the side of the article the edge starts at ({@code outgoing}) or ends at. */
    static String meaning(Relation relationship, String direction, String upstream, boolean outgoing) {
        return switch (relationship) {
            case REVISION_OF -> direction.equals("unknown") ? "another version of the same story (which came first is unknown)"
                    : outgoing ? "a later version of the other article" : "an earlier version of the other article";
            case DERIVED_FROM -> (outgoing ? "took text from the other article" : "the other article took text from this one")
                    + (direction.equals("attributed") ? " (attributed to the agency)" : " (by publication dates)");
            case SHARES_QUOTE -> "only quotes the same words: not derived";
            default -> direction.equals("common-upstream")
                    ? "both took text from a common upstream" + (upstream == null ? "" : " (" + upstream + ")") + ", not one from the other"
                    : "shares text; who took from whom is unknown";
        };
    }
}
