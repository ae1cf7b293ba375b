package io.headwater.reuse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Decides what two articles sharing passages are to each other, and which way the words went.
 * <ul>
 * <li>SHARES_QUOTE when nearly all the shared words stand inside quotation marks on both sides: both
 *     quote the same speech or document, which is not derivation.</li>
 * <li>REVISION_OF when the outlet is the same and most of one article is in the other, within a few days:
 *     a later version of one story.</li>
 * <li>DERIVED_FROM otherwise. Both attributing to the same agency story (or agency) makes it a common
 *     upstream, not one from the other; an outlet attributing to the agency whose article it shares makes
 *     the outlet the copy; else the later publication took from the earlier; else the direction is unknown.</li>
 * </ul>
 */
public final class PairClassifier {

    private final ReuseSettings settings;

    public PairClassifier(ReuseSettings settings) {
        this.settings = settings;
    }

    /**
     * Classifies the pair of the new article {@code a} and the earlier {@code b}.
     *
     * @param passages shared passages, a's offsets first
     * @param sharedA  share of a's words in the passages
     * @param sharedB  share of b's words in the passages
     */
    public ReusePair classify(IndexedArticle a, IndexedArticle b, List<Passage> passages, double sharedA, double sharedB) {
        int score = passages.stream().mapToInt(Passage::score).sum();
        double words = 0;
        double quoted = 0;
        for (Passage p : passages) {
            int w = Math.min(p.aWords(), p.bWords());
            words += w;
            quoted += p.quoted() * w;
        }
        if (words > 0 && quoted / words >= settings.quoteShare()) {
            return pair(a, b, passages, sharedA, sharedB, score, ReuseClass.SHARES_QUOTE, Direction.NONE, null, false);
        }
        Integer order = compareTimes(a.published(), b.published());
        Long days = daysBetween(a.published(), b.published());
        boolean sameOutlet = a.outlet() != null && a.outlet().equalsIgnoreCase(String.valueOf(b.outlet()));
        if (sameOutlet && Math.max(sharedA, sharedB) >= settings.revisionShare()
                && (days == null || Math.abs(days) <= settings.revisionDays())) {
            if (order == null || order == 0) {
                return pair(a, b, passages, sharedA, sharedB, score, ReuseClass.REVISION_OF, Direction.UNKNOWN, null, false);
            }
            return pair(a, b, passages, sharedA, sharedB, score, ReuseClass.REVISION_OF, Direction.DATED, null, order < 0);
        }
        String upstream = commonUpstream(a.upstreams(), b.upstreams());
        if (upstream != null) {
            return pair(a, b, passages, sharedA, sharedB, score, ReuseClass.DERIVED_FROM, Direction.COMMON_UPSTREAM, upstream, false);
        }
        if (b.agency() && !a.agency() && attributesTo(a, b.outlet())) {
            return pair(a, b, passages, sharedA, sharedB, score, ReuseClass.DERIVED_FROM, Direction.ATTRIBUTED, null, false);
        }
        if (a.agency() && !b.agency() && attributesTo(b, a.outlet())) {
            return pair(a, b, passages, sharedA, sharedB, score, ReuseClass.DERIVED_FROM, Direction.ATTRIBUTED, null, true);
        }
        if (order != null && order != 0) {
            return pair(a, b, passages, sharedA, sharedB, score, ReuseClass.DERIVED_FROM, Direction.DATED, null, order < 0);
        }
        return pair(a, b, passages, sharedA, sharedB, score, ReuseClass.DERIVED_FROM, Direction.UNKNOWN, null, false);
    }

    private static ReusePair pair(IndexedArticle a, IndexedArticle b, List<Passage> passages, double sharedA, double sharedB,
                                  int score, ReuseClass c, Direction d, String upstream, boolean bTookFromA) {
        if (bTookFromA) {
            return new ReusePair(b.id(), a.id(), passages.stream().map(Passage::swap).toList(), sharedB, sharedA, score, c, d, upstream);
        }
        return new ReusePair(a.id(), b.id(), passages, sharedA, sharedB, score, c, d, upstream);
    }

    /** A story both attribute to, else an agency both attribute to. */
    private static @Nullable String commonUpstream(List<String> x, List<String> y) {
        String agency = null;
        for (String u : x) {
            if (y.contains(u)) {
                if (u.startsWith("story:")) {
                    return u;
                }
                agency = agency == null ? u : agency;
            }
        }
        return agency;
    }

    private static boolean attributesTo(IndexedArticle a, String agency) {
        if (agency == null) {
            return false;
        }
        String k = agency.toLowerCase(Locale.ROOT);
        return a.upstreams().stream().anyMatch(u -> u.equalsIgnoreCase(k) || u.toLowerCase(Locale.ROOT).startsWith("story:" + k + ">"));
    }

    /** Negative when x is earlier, positive when later, 0 when the same, null when either is unknown or they can't be told apart. */
    static Integer compareTimes(String x, String y) {
        if (x == null || y == null || x.length() < 10 || y.length() < 10) {
            return null;
        }
        int d = x.substring(0, 10).compareTo(y.substring(0, 10));
        if (d != 0) {
            return Integer.signum(d);
        }
        if (x.length() > 10 && y.length() > 10) {
            try {
                return Integer.signum(OffsetDateTime.parse(x).compareTo(OffsetDateTime.parse(y)));
            } catch (DateTimeParseException e) {
                return Integer.signum(x.compareTo(y));
            }
        }
        return 0;
    }

    private static Long daysBetween(String x, String y) {
        if (x == null || y == null || x.length() < 10 || y.length() < 10) {
            return null;
        }
        try {
            return ChronoUnit.DAYS.between(LocalDate.parse(y.substring(0, 10)), LocalDate.parse(x.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
