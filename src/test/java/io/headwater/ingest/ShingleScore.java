package io.headwater.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The benchmark's body score, ported from {@code shared/tools/score_extraction.py}: tokens are runs of
 * Unicode word characters (Python's {@code \w}: letters, digits, underscore), shingles are the 4-grams
 * of consecutive tokens counted as a multiset (a text of 1-3 tokens is one shingle), precision is
 * averaged over pages whose prediction has shingles, recall over pages whose truth has, and F1 is taken
 * from the two means.
 */
final class ShingleScore {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SIZE = 4;

    /** Matched, predicted and true shingle counts of one page. */
    record Page(int matched, int predicted, int truth) {
    }

    /** The benchmark's headline numbers. */
    record Result(double precision, double recall, double f1, int emptyPredictions) {
    }

    private ShingleScore() {
    }

    static Map<String, Integer> shingles(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        List<String> words = WORD.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
        if (words.isEmpty()) {
            return counts;
        }
        if (words.size() < SIZE) {
            counts.put(String.join(" ", words), 1);
            return counts;
        }
        for (int i = 0; i + SIZE <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + SIZE)), 1, Integer::sum);
        }
        return counts;
    }

    static Page compare(String truth, String prediction) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(prediction);
        int matched = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            Integer other = t.get(e.getKey());
            if (other != null) {
                matched += Math.min(e.getValue(), other);
            }
        }
        int predicted = p.values().stream().mapToInt(Integer::intValue).sum();
        int trueCount = t.values().stream().mapToInt(Integer::intValue).sum();
        return new Page(matched, predicted, trueCount);
    }

    static Result summarise(List<Page> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int empty = 0;
        for (Page page : pages) {
            if (page.predicted() > 0) {
                precisionSum += (double) page.matched() / page.predicted();
                precisionPages++;
            } else {
                empty++;
            }
            if (page.truth() > 0) {
                recallSum += (double) page.matched() / page.truth();
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(precision, recall, f1, empty);
    }
}
