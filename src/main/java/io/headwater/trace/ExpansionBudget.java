package io.headwater.trace;

/**
 * How much of a source's or an outlet's neighbourhood a paged lookup may read to sort it before it reads the articles
 * in date order instead. Reading the neighbourhood costs one unit per path (or article) in it; reading the articles in
 * date order costs one unit per article read, about {@code rows × articles / neighbourhood} to fill the rows. The two
 * meet at the square root of {@code rows × articles}: below it the lookup walks, above it reads by date, so neither
 * does more than about that much work (7,000 units for a page of 50 among a million articles), however large the
 * source or outlet. A supernode is never expanded whole.
 *
 * @param min units a lookup may always walk (a few milliseconds of work)
 * @param max units it may walk at most, whatever the graph's size
 */
public record ExpansionBudget(long min, long max) {

    /** What the application uses. */
    public static final ExpansionBudget STANDARD = new ExpansionBudget(1000, Long.MAX_VALUE);

    /** The units a lookup of {@code rows} rows (skip and limit) in a graph of {@code articles} articles may walk. */
    public long units(long rows, long articles) {
        return Math.min(max, Math.max(min, (long) Math.sqrt((double) rows * articles)));
    }
}
