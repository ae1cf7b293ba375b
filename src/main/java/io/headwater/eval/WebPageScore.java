package io.headwater.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Scores {@code extract-text} predictions against web-pages-dev's truth exactly as
 * {@code ../shared/tools/score_pages.py} does (body segments, headline, author, date), and sorts every
 * miss into a kind so that the largest kinds can be fixed first.
 */
public final class WebPageScore {

    /** One metadata field the truth holds. */
    public enum Field {
        DATE, AUTHOR, HEADLINE,
        /** Main-text segments: each one missed or kept against the truth is a miss of its own. */
        BODY;

        /** The field named {@code name} ("date", "author", "headline"). */
        public static Field named(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("no field " + name + ": use date, author, headline or body", e);
            }
        }
    }

    /** A page whose field the prediction got wrong: what the truth says, what was predicted and the kind of miss. */
    public record Miss(String id, Field field, String truth, String predicted, String kind) {
    }

    /** The figures of one run: body P/R/F1, the share right of each field (of how many pages have it), the misses. */
    public record Result(int pages, int empty, double precision, double recall, double f1,
                         Map<Field, Double> rates, Map<Field, Integer> counts, List<Miss> misses) {

        /** The rate of {@code field}, 0 when no page has it. */
        public double rate(Field field) {
            return rates.getOrDefault(field, 0.0);
        }

        /** Misses of {@code field} counted by kind, largest first. */
        public Map<String, Integer> kinds(Field field) {
            Map<String, Integer> byKind = new TreeMap<>();
            for (Miss m : misses) {
                if (m.field() == field) {
                    byKind.merge(m.kind(), 1, Integer::sum);
                }
            }
            Map<String, Integer> sorted = new LinkedHashMap<>();
            byKind.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return sorted;
        }

        /** The scorer's summary lines. */
        public String summary() {
            return String.format(Locale.ROOT, "pages %d (%d empty)%nbody      P %.3f  R %.3f  F1 %.3f%n"
                            + "headline  %.3f of %d   author %.3f of %d   date %.3f of %d",
                    pages, empty, precision, recall, f1, rate(Field.HEADLINE), counts.get(Field.HEADLINE),
                    rate(Field.AUTHOR), counts.get(Field.AUTHOR), rate(Field.DATE), counts.get(Field.DATE));
        }
    }

    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern NON_WORD = Pattern.compile("(?U)\\W+");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(";|,| and ");

    private WebPageScore() {
    }

    /** Scores {@code predicted} ({id: {articleBody, headline, authors, published}}) against {@code truth}. */
    public static Result score(JsonNode truth, JsonNode predicted) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        int empty = 0;
        int[] right = new int[Field.values().length];
        int[] total = new int[Field.values().length];
        List<Miss> misses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : truth.properties()) {
            String id = page.getKey();
            JsonNode gold = page.getValue();
            JsonNode q = predicted.path(id);
            String body = text(q.get("articleBody"));
            if (body == null || body.isEmpty()) {
                empty++;
            }
            String headline = text(q.get("headline"));
            String out = body == null || body.isEmpty() ? "" : ws((headline == null ? "" : headline) + " " + body);
            List<String> missed = new ArrayList<>();
            for (JsonNode w : gold.path("with")) {
                if (out.contains(ws(w.asString("")))) {
                    tp++;
                } else {
                    fn++;
                    missed.add(ws(w.asString("")));
                }
            }
            boolean noneFound = !missed.isEmpty() && missed.size() == gold.path("with").size();
            for (String w : missed) {
                misses.add(new Miss(id, Field.BODY, w, null, noneFound ? "text missed whole (none of the page's segments found)"
                        : "part of the text missed"));
            }
            for (JsonNode w : gold.path("without")) {
                String segment = ws(w.asString(""));
                if (!out.isEmpty() && out.contains(segment)) {
                    fp++;
                    misses.add(new Miss(id, Field.BODY, segment, null, keptMiss((double) out.indexOf(segment) / out.length())));
                }
            }
            String title = text(gold.get("title"));
            if (title != null && !title.isEmpty()) {
                boolean ok = fold(headline).equals(fold(title));
                count(Field.HEADLINE, ok, right, total);
                if (!ok) {
                    misses.add(new Miss(id, Field.HEADLINE, title, headline, headlineMiss(title, headline)));
                }
            }
            String author = authorTruth(gold.get("author"));
            if (author != null && !author.isEmpty()) {
                List<String> want = new ArrayList<>();
                for (String name : AUTHOR_SEPARATOR.split(author)) {
                    if (!fold(name).isEmpty()) {
                        want.add(fold(name));
                    }
                }
                List<String> names = new ArrayList<>();
                q.path("authors").values().forEach(n -> names.add(n.asString("")));
                String got = fold(String.join(" ", names));
                boolean ok = !want.isEmpty() && want.stream().allMatch(got::contains);
                count(Field.AUTHOR, ok, right, total);
                if (!ok) {
                    misses.add(new Miss(id, Field.AUTHOR, author, String.join("; ", names), authorMiss(want, got)));
                }
            }
            String date = text(gold.get("date"));
            if (date != null && !date.isEmpty()) {
                String published = text(q.get("published"));
                boolean ok = prefix(published).equals(prefix(date));
                count(Field.DATE, ok, right, total);
                if (!ok) {
                    misses.add(new Miss(id, Field.DATE, date, published, dateMiss(date, published)));
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        Map<Field, Double> rates = new LinkedHashMap<>();
        Map<Field, Integer> counts = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            counts.put(f, total[f.ordinal()]);
            rates.put(f, total[f.ordinal()] == 0 ? 0.0 : (double) right[f.ordinal()] / total[f.ordinal()]);
        }
        return new Result(truth.size(), empty, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), rates, counts, misses);
    }

    private static void count(Field f, boolean ok, int[] right, int[] total) {
        total[f.ordinal()]++;
        if (ok) {
            right[f.ordinal()]++;
        }
    }

    /** Where in the output an unwanted segment stands: a first or last share of the text, or amid it. */
    static String keptMiss(double position) {
        if (position < EDGE) {
            return "unwanted text kept before the text (teaser, navigation, box)";
        }
        return position > 1 - EDGE ? "unwanted text kept after the text (notice, teaser list, box)"
                : "unwanted text kept amid the text (box, caption, teaser)";
    }

    /** The share of the output at either end that counts as before or after the text. */
    private static final double EDGE = 0.15;

    static String dateMiss(String truth, String predicted) {
        if (!truth.matches("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]).*")) {
            return "truth is no calendar date (day and month swapped)";
        }
        if (predicted == null || predicted.isEmpty()) {
            return "no date found";
        }
        try {
            long days = Math.abs(java.time.LocalDate.parse(prefix(truth)).toEpochDay()
                    - java.time.LocalDate.parse(prefix(predicted)).toEpochDay());
            if (days == 1) {
                return "one day off (time zone or midnight)";
            }
            return predicted.compareTo(truth) > 0 ? "a later date (modified, comment, teaser)" : "an earlier date";
        } catch (java.time.DateTimeException e) {
            return "unparsable prediction";
        }
    }

    static String authorMiss(List<String> want, String got) {
        if (got.isEmpty()) {
            return "no author found";
        }
        long found = want.stream().filter(got::contains).count();
        if (found > 0) {
            return "some of several names";
        }
        for (String w : want) {
            for (String part : w.split(" ")) {
                if (part.length() > 2 && got.contains(part)) {
                    return "name partly right (first name only, extra words)";
                }
            }
        }
        return "another name (site, organisation, commenter)";
    }

    static String headlineMiss(String truth, String predicted) {
        String t = fold(truth);
        String p = fold(predicted);
        if (p.isEmpty()) {
            return "no headline found";
        }
        if (p.contains(t)) {
            return "headline with more (site name, section, kicker)";
        }
        if (t.contains(p)) {
            return "part of the headline";
        }
        return "another text (title, teaser, site name)";
    }

    private static String authorTruth(JsonNode author) {
        if (author == null || author.isNull()) {
            return null;
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.values().forEach(n -> names.add(n.asString("")));
            return String.join("; ", names);
        }
        return author.asString("");
    }

    private static String prefix(String date) {
        return date == null ? "" : date.length() <= 10 ? date : date.substring(0, 10);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || !n.isString() ? null : n.asString();
    }

    static String ws(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return NON_WORD.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
    }
}
