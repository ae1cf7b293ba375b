package io.headwater.reuse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import io.headwater.extract.Murmur3;

/**
 * Finds the passages two texts share, as passim does at scale: exact word 4-grams both texts contain are
 * anchors; anchors close to each other on both sides chain into regions; each region is aligned word by
 * word with Smith-Waterman and affine gaps, so a changed word, "North Korea" for "DPRK" or a dropped
 * clause bends a passage without breaking it. Words are compared folded (case, accents, punctuation).
 *
 * <p>Why one class of this size: the Smith-Waterman step with affine gaps is one dynamic program of about
 * 150 lines (three scores per cell in rolling rows, one traceback array), kept whole; the anchor and chaining
 * steps before it exist only to feed it regions.
 */
public final class PassageAligner {

    /** Words per anchor n-gram. */
    static final int K = 4;
    // Scores are doubled so that a gap extension can cost half a match.
    private static final int MATCH = 4;
    private static final int MISMATCH = -4;
    private static final int OPEN = -6;
    private static final int EXTEND = -1;
    /** Most words between two anchors of one region, on either side. */
    private static final int GAP = 30;
    /** Words aligned beyond a region's outer anchors, for edits at its edges. */
    private static final int MARGIN = 12;
    /** Largest side of one alignment box; longer regions are aligned in parts. */
    private static final int MAX_BOX = 1600;
    /** An n-gram repeated more often in one text is a refrain, not an anchor. */
    private static final int MAX_REPEATS = 8;
    private static final int MAX_ANCHORS = 60_000;
    /** Words skipped on one side that cut a passage in two (longer than a dropped clause). */
    private static final int SPLIT = 8;
    /** Words off the anchors' diagonals the alignment may wander. */
    private static final int BAND = 16;

    private final int minWords;
    private final ThreadLocal<byte[]> traceback = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    /** @param minWords fewest words a passage spans on both sides */
    public PassageAligner(int minWords) {
        this.minWords = minWords;
    }

    /**
     * A shared passage in token coordinates.
     *
     * @param a0      first token in a
     * @param a1      end token (exclusive) in a
     * @param b0      first token in b
     * @param b1      end token (exclusive) in b
     * @param matched tokens aligned to an equal token
     * @param score   alignment score (doubled: 4 per match)
     */
    public record Match(int a0, int a1, int b0, int b1, int matched, int score) {

        /** Words in a. */
        public int aWords() {
            return a1 - a0;
        }

        /** Words in b. */
        public int bWords() {
            return b1 - b0;
        }

        /** This match as character ranges, with the share of words quoted on both sides. */
        public Passage toPassage(WordTokens a, WordTokens b) {
            int qa = 0;
            for (int i = a0; i < a1; i++) {
                qa += a.quoted(i) ? 1 : 0;
            }
            int qb = 0;
            for (int j = b0; j < b1; j++) {
                qb += b.quoted(j) ? 1 : 0;
            }
            // Quoted on either side: one outlet may print a speech's words as a quote, another as a transcript.
            double quoted = Math.max((double) qa / aWords(), (double) qb / bWords());
            return new Passage(a.start(a0), a.end(a1 - 1), b.start(b0), b.end(b1 - 1), aWords(), bWords(), matched,
                    Math.round(quoted * 1000) / 1000.0, score / 2);
        }
    }

    /** The passages {@code a} and {@code b} share, in a's text order, none overlapping another. */
    public List<Match> align(WordTokens a, WordTokens b) {
        if (a.size() < minWords || b.size() < minWords) {
            return List.of();
        }
        List<int[]> anchors = anchors(a, b);
        if (anchors.isEmpty()) {
            return List.of();
        }
        Deque<List<int[]>> work = new ArrayDeque<>(chain(anchors));
        List<Match> found = new ArrayList<>();
        int budget = 400;
        while (!work.isEmpty() && budget-- > 0) {
            List<int[]> region = work.pop();
            if (region.size() < 2) {
                continue;
            }
            int[] first = region.get(0);
            int[] last = region.get(region.size() - 1);
            if (last[0] - first[0] > MAX_BOX - 2 * MARGIN - K || Math.abs(last[1] - first[1]) > MAX_BOX - 2 * MARGIN - K) {
                int half = region.size() / 2;
                work.push(new ArrayList<>(region.subList(half, region.size())));
                work.push(new ArrayList<>(region.subList(0, half)));
                continue;
            }
            Alignment m = smithWaterman(a, b, region);
            if (m == null) {
                continue;
            }
            for (Match part : m.parts()) {
                if (part.aWords() >= minWords && part.bWords() >= minWords) {
                    found.add(part);
                }
            }
            List<int[]> before = new ArrayList<>();
            List<int[]> after = new ArrayList<>();
            for (int[] x : region) {
                boolean inside = x[0] >= m.a0() && x[0] < m.a1() && x[1] >= m.b0() && x[1] < m.b1();
                if (!inside) {
                    (x[0] < m.a0() ? before : after).add(x);
                }
            }
            // What the alignment left out (an insertion too long to bridge) may be a passage of its own.
            for (List<int[]> rest : List.of(after, before)) {
                if (rest.size() >= 2 && rest.size() < region.size()) {
                    work.addAll(chain(rest));
                }
            }
        }
        return disjoint(found);
    }

    /** Anchor pairs {i, j}: the 4-gram at i in a equals the one at j in b. Sorted by i, then j. */
    private static List<int[]> anchors(WordTokens a, WordTokens b) {
        int nb = b.size() - K + 1;
        int na = a.size() - K + 1;
        if (na <= 0 || nb <= 0) {
            return List.of();
        }
        int cap = Integer.highestOneBit(Math.max(4, nb * 2)) << 1;
        long[] keys = new long[cap];
        int[] head = new int[cap];
        Arrays.fill(head, -1);
        int[] next = new int[nb];
        int[] count = new int[cap];
        int mask = cap - 1;
        long[] gb = grams(b);
        for (int j = nb - 1; j >= 0; j--) {
            int slot = slot(keys, head, mask, gb[j]);
            keys[slot] = gb[j];
            next[j] = head[slot];
            head[slot] = j;
            count[slot]++;
        }
        List<int[]> out = new ArrayList<>();
        long[] ga = grams(a);
        for (int i = 0; i < na && out.size() < MAX_ANCHORS; i++) {
            int slot = slot(keys, head, mask, ga[i]);
            if (head[slot] < 0 || count[slot] > MAX_REPEATS) {
                continue;
            }
            for (int j = head[slot]; j >= 0; j = next[j]) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    private static int slot(long[] keys, int[] head, int mask, long key) {
        int s = (int) (key ^ (key >>> 32)) & mask;
        while (head[s] >= 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private static long[] grams(WordTokens t) {
        int n = t.size() - K + 1;
        long[] g = new long[Math.max(0, n)];
        for (int i = 0; i < n; i++) {
            long h = 17;
            for (int k = 0; k < K; k++) {
                h = h * 0x9E3779B97F4A7C15L + t.hash(i + k);
            }
            g[i] = Murmur3.mix(h);
        }
        return g;
    }

    /** Groups anchors into regions whose consecutive anchors advance on both sides by at most GAP words. */
    private static List<List<int[]>> chain(List<int[]> anchors) {
        List<List<int[]>> done = new ArrayList<>();
        List<List<int[]>> open = new ArrayList<>();
        for (int[] x : anchors) {
            List<int[]> best = null;
            int bestDev = Integer.MAX_VALUE;
            for (int k = open.size() - 1; k >= 0; k--) {
                List<int[]> c = open.get(k);
                int[] last = c.get(c.size() - 1);
                int di = x[0] - last[0];
                int dj = x[1] - last[1];
                if (di > GAP) {
                    done.add(c);
                    open.remove(k);
                    continue;
                }
                if (di >= 1 && dj >= 1 && dj <= GAP && Math.abs(dj - di) < bestDev) {
                    best = c;
                    bestDev = Math.abs(dj - di);
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                open.add(best);
            }
            best.add(x);
        }
        done.addAll(open);
        return done;
    }

    /** Local alignment (Gotoh's affine gaps) of the box around {@code region}, with traceback. */
    private Alignment smithWaterman(WordTokens a, WordTokens b, List<int[]> region) {
        int minI = Integer.MAX_VALUE;
        int maxI = 0;
        int minJ = Integer.MAX_VALUE;
        int maxJ = 0;
        int minD = Integer.MAX_VALUE;
        int maxD = Integer.MIN_VALUE;
        for (int[] x : region) {
            minD = Math.min(minD, x[1] - x[0]);
            maxD = Math.max(maxD, x[1] - x[0]);
            minI = Math.min(minI, x[0]);
            maxI = Math.max(maxI, x[0]);
            minJ = Math.min(minJ, x[1]);
            maxJ = Math.max(maxJ, x[1]);
        }
        int i0 = Math.max(0, minI - MARGIN);
        int i1 = Math.min(a.size(), maxI + K + MARGIN);
        int j0 = Math.max(0, minJ - MARGIN);
        int j1 = Math.min(b.size(), maxJ + K + MARGIN);
        int rows = i1 - i0;
        int cols = j1 - j0;
        int width = cols + 1;
        byte[] tb = traceback.get();
        if (tb.length < (rows + 1) * width) {
            tb = new byte[(rows + 1) * width];
            traceback.set(tb);
        }
        Arrays.fill(tb, 0, width, (byte) 0);
        int[] hPrev = new int[width + 1];
        int[] hCur = new int[width + 1];
        int[] fPrev = new int[width + 1];
        int[] fCur = new int[width + 1];
        Arrays.fill(fPrev, Integer.MIN_VALUE / 2);
        Arrays.fill(fCur, Integer.MIN_VALUE / 2);
        // Only a band around the anchors' diagonals is aligned: edits shift the diagonal by a few words, and
        // the band keeps the cost linear in the passage's length rather than quadratic.
        int shift = j0 - i0;
        int lowD = minD - shift - BAND;
        int highD = maxD - shift + BAND;
        int best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= rows; i++) {
            long ah = a.hash(i0 + i - 1);
            int lo = Math.max(1, i + lowD);
            int hi = Math.min(cols, i + highD);
            int row = i * width;
            if (lo > cols || hi < 1 || lo > hi) {
                Arrays.fill(hCur, 0);
                Arrays.fill(fCur, Integer.MIN_VALUE / 2);
                int[] t = hPrev;
                hPrev = hCur;
                hCur = t;
                t = fPrev;
                fPrev = fCur;
                fCur = t;
                continue;
            }
            hCur[lo - 1] = 0;
            fCur[lo - 1] = Integer.MIN_VALUE / 2;
            tb[row + lo - 1] = 0;
            if (hi + 1 <= cols) {
                hCur[hi + 1] = 0;
                fCur[hi + 1] = Integer.MIN_VALUE / 2;
                tb[row + hi + 1] = 0;
            }
            int e = Integer.MIN_VALUE / 2;
            for (int j = lo; j <= hi; j++) {
                byte bits = 0;
                int eOpen = hCur[j - 1] + OPEN;
                int eExt = e + EXTEND;
                if (eExt >= eOpen) {
                    e = eExt;
                    bits |= 4;
                } else {
                    e = eOpen;
                }
                int fOpen = hPrev[j] + OPEN;
                int fExt = fPrev[j] + EXTEND;
                int f;
                if (fExt >= fOpen) {
                    f = fExt;
                    bits |= 8;
                } else {
                    f = fOpen;
                }
                fCur[j] = f;
                int diag = hPrev[j - 1] + (ah == b.hash(j0 + j - 1) ? MATCH : MISMATCH);
                int h = 0;
                int src = 0;
                if (diag > h) {
                    h = diag;
                    src = 1;
                }
                if (e > h) {
                    h = e;
                    src = 2;
                }
                if (f > h) {
                    h = f;
                    src = 3;
                }
                hCur[j] = h;
                tb[row + j] = (byte) (bits | src);
                if (h > best) {
                    best = h;
                    bi = i;
                    bj = j;
                }
            }
            int[] t = hPrev;
            hPrev = hCur;
            hCur = t;
            t = fPrev;
            fPrev = fCur;
            fCur = t;
        }
        if (best == 0) {
            return null;
        }
        int i = bi;
        int j = bj;
        int state = 0;
        int[] pathA = new int[Math.min(rows, cols) + 1];
        int[] pathB = new int[pathA.length];
        int n = 0;
        while (i > 0 && j >= 0) {
            int t = tb[i * width + j];
            if (state == 0) {
                int src = t & 3;
                if (src == 0) {
                    break;
                }
                if (src == 1) {
                    if (a.hash(i0 + i - 1) == b.hash(j0 + j - 1)) {
                        pathA[n] = i0 + i - 1;
                        pathB[n] = j0 + j - 1;
                        n++;
                    }
                    i--;
                    j--;
                } else {
                    state = src == 2 ? 1 : 2;
                }
            } else if (state == 1) {
                state = (t & 4) != 0 ? 1 : 0;
                j--;
            } else {
                state = (t & 8) != 0 ? 2 : 0;
                i--;
            }
        }
        return new Alignment(i0 + i, i0 + bi, j0 + j, j0 + bj, split(pathA, pathB, n));
    }

    /** The outer bounds of one local alignment and the passages it holds. */
    private record Alignment(int a0, int a1, int b0, int b1, List<Match> parts) {
    }

    /**
     * Cuts an alignment path (matched cells, last first) where it jumps more than SPLIT words on either
     * side: an inserted caption or paragraph separates two passages rather than joining them.
     */
    private static List<Match> split(int[] pathA, int[] pathB, int n) {
        // A lone matched word between edits ("the", "of") is chance, not copying: drop it before cutting, so
        // that function words cannot carry a passage across unrelated text.
        int[] pa = new int[n];
        int[] pb = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            boolean withNext = k > 0 && pathA[k - 1] == pathA[k] + 1 && pathB[k - 1] == pathB[k] + 1;
            boolean withPrev = k + 1 < n && pathA[k + 1] == pathA[k] - 1 && pathB[k + 1] == pathB[k] - 1;
            if (withNext || withPrev) {
                pa[m] = pathA[k];
                pb[m] = pathB[k];
                m++;
            }
        }
        List<Match> parts = new ArrayList<>();
        int end = m - 1;
        for (int k = m - 1; k >= 0; k--) {
            boolean last = k == 0;
            boolean jump = !last && (pa[k - 1] - pa[k] > SPLIT || pb[k - 1] - pb[k] > SPLIT);
            if (last || jump) {
                int a0 = pa[end];
                int b0 = pb[end];
                int a1 = pa[k] + 1;
                int b1 = pb[k] + 1;
                int matched = end - k + 1;
                int spread = Math.max(a1 - a0, b1 - b0);
                parts.add(new Match(a0, a1, b0, b1, matched, MATCH * matched + MISMATCH * (spread - matched) / 2));
                end = k - 1;
            }
        }
        return parts;
    }

    /** The best passages first, then any that overlaps a better one on either side by half is dropped. */
    private static List<Match> disjoint(List<Match> found) {
        List<Match> byScore = new ArrayList<>(found);
        byScore.sort(Comparator.comparingInt(Match::score).reversed());
        List<Match> kept = new ArrayList<>();
        for (Match m : byScore) {
            boolean clash = false;
            for (Match k : kept) {
                int oa = Math.min(m.a1, k.a1) - Math.max(m.a0, k.a0);
                int ob = Math.min(m.b1, k.b1) - Math.max(m.b0, k.b0);
                if (oa > m.aWords() / 2 || ob > m.bWords() / 2) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::a0));
        return kept;
    }
}
