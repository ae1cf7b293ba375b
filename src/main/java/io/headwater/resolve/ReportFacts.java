package io.headwater.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article quotes from a report that another article quoting the same report would print too: its
 * figures ("121.6 kilograms", "between 5,000 and 7,000"), its data dates ("as of August 17") and runs of its
 * quoted words. Two articles on one report meet through these when neither says when the report came out.
 * <p>
 * Facts are strings: {@code n:121.6} for a figure with a decimal or four significant digits (one is enough to tell
 * a report), {@code w:5000} for a plainer one (two are needed), {@code d:08-17} for a data date, {@code q:…} for
 * six quoted words in a row, and {@code u:128.3} for a figure the article states without attribution in a story
 * on the report (it counts as a plain one: such sentences may be background).
 */
final class ReportFacts {

    /** A number as news prints it: "121.6", "6,201.3", "1 200", "20,000", "$50 million". */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/-])(?<n>\\d{1,3}(?:(?:,| )\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<scale>\\s+(?:million|billion|trillion))?"
                    + "(?![\\p{N}]|\\.\\d|,\\d{3})(?<after>\\s*%|\\s*percent|\\s*-?(?:kg|kilograms?|pounds|lbs|tonnes|tons|fighters|people|"
                    + "members|militants|troops|dollars|yen|euros|barrels|kilometres|kilometers|km|miles|sites|flights)\\b)?");
    private static final Pattern AS_OF = Pattern.compile(
            "\\bas of\\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?<day>\\d{1,2})\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{20,600})[\"”]");
    private static final int SHINGLE = 6;
    /** Quotations with at most this many six-word runs in all keep every run (half the facts a report keeps). */
    private static final int ALL_RUNS_UP_TO = 40;
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** At most this many facts are kept per report (enough to meet, small enough to store). */
    static final int LIMIT = 80;

    private ReportFacts() {
    }

    /** The facts in {@code words}, something a report said. */
    static Set<String> of(String words) {
        Set<String> facts = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(words);
        while (m.find()) {
            String fact = figure(m.group("n"), m.group("scale"), m.group("after"));
            if (fact != null) {
                facts.add(fact);
            }
        }
        Matcher asOf = AS_OF.matcher(words);
        while (asOf.find()) {
            int month = ReportPeriod.monthNumber(asOf.group("month"));
            facts.add(String.format(Locale.ROOT, "d:%02d-%02d", month, Integer.parseInt(asOf.group("day"))));
        }
        Matcher q = QUOTED.matcher(words);
        List<String> runs = new ArrayList<>();
        while (q.find()) {
            runs.addAll(shingles(q.group(1)));
        }
        for (String shingle : runs) {
            // Every run when there are few; else one run in three, chosen by its words so that two articles keep the
            // same ones (an article keeping all of them still holds those another kept).
            if (runs.size() <= ALL_RUNS_UP_TO || Math.floorMod(shingle.hashCode(), 3) == 0) {
                facts.add(shingle);
            }
        }
        return facts;
    }

    /** Figures the article states in its own voice about the report: sentences that name a year are background. */
    static Set<String> unattributed(String sentence) {
        Set<String> facts = new LinkedHashSet<>();
        if (YEAR.matcher(sentence).find()) {
            return facts;
        }
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String fact = figure(m.group("n"), m.group("scale"), m.group("after"));
            if (fact != null) {
                facts.add("u:" + fact.substring(2));
            }
        }
        return facts;
    }

    /** Six-word runs of a quotation, lower case, accents and punctuation dropped ("honour" and "honor" differ). */
    static List<String> shingles(String quotation) {
        String n = Normalizer.normalize(quotation, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String[] w = n.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= w.length; i++) {
            out.add("q:" + String.join(" ", java.util.Arrays.copyOfRange(w, i, i + SHINGLE)));
        }
        return out;
    }

    private static String figure(String printed, String scale, String after) {
        String digits = printed.replaceAll("[, ]", "");
        boolean decimal = digits.contains(".");
        double value = Double.parseDouble(digits);
        boolean percent = after != null && after.contains("%") || after != null && after.contains("percent");
        if (!decimal && (value < 100 || value >= 1900 && value <= 2100 && printed.length() == 4 && after == null)) {
            // Small round numbers and years are in every story.
            return null;
        }
        if (percent && !decimal) {
            return null;
        }
        if (scale != null) {
            digits = digits + scale.strip().substring(0, 1);
        }
        String significant = digits.replaceAll("\\.", "").replaceAll("^0+", "").replaceAll("0+$", "");
        boolean strong = decimal || significant.length() >= 4;
        return (strong ? "n:" : "w:") + digits;
    }

    /**
     * True when the two sets of facts show one report: a strong fact both quote from it (a figure with a decimal or
     * four significant digits, a data date, six quoted words), or two facts in common of any kind.
     */
    static boolean meet(Set<String> a, Set<String> b) {
        Map<String, Integer> strengthA = strengths(a);
        Map<String, Integer> strengthB = strengths(b);
        int total = 0;
        for (Map.Entry<String, Integer> e : strengthA.entrySet()) {
            Integer other = strengthB.get(e.getKey());
            if (other != null) {
                total += Math.min(e.getValue(), other);
                if (total >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each fact's value ("128.3", "q:…") with its strength: 2 for a strong fact, 1 for a plain or unattributed one. */
    private static Map<String, Integer> strengths(Set<String> facts) {
        Map<String, Integer> out = new HashMap<>();
        for (String f : facts) {
            String kind = f.substring(0, 2);
            String value = kind.equals("n:") || kind.equals("w:") || kind.equals("u:") ? f.substring(2) : f;
            int strength = kind.equals("w:") || kind.equals("u:") ? 1 : 2;
            out.merge(value, strength, Math::max);
        }
        return out;
    }
}
