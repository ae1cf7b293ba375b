package io.headwater.reuse;

import java.util.Locale;

/** How the direction of a reuse pair is known. */
public enum Direction {
    /** The later-published article took from the earlier one. */
    DATED,
    /** An outlet's article took from an agency's article it attributes to that agency. */
    ATTRIBUTED,
    /** Neither took from the other: both attribute to the same upstream story or agency. */
    COMMON_UPSTREAM,
    /** Neither dates nor attributions tell who took from whom. */
    UNKNOWN,
    /** Quotes shared: nobody took from anybody. */
    NONE;

    /** The value stored in the graph ("common-upstream"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when the pair's {@code from} article is known to have taken from its {@code to} article. */
    public boolean oneWay() {
        return this == DATED || this == ATTRIBUTED;
    }
}
