package io.headwater.eval.reuse;

import io.headwater.eval.WorkDirectories;
import io.headwater.reuse.IndexedArticle;
import io.headwater.reuse.ReuseClass;
import io.headwater.reuse.ReuseDetector;
import io.headwater.reuse.Passage;
import io.headwater.reuse.ReusePair;
import io.headwater.reuse.ReuseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs reuse detection over a corpus laid out as PolNeAR is ({@code {train,dev}/text/<file>.txt} with a
 * {@code metadata.tsv} giving publisher, date and wire per file), oldest article first, and scores the
 * pairs found against a hand-labelled list. Publisher stands for the outlet and a named wire (AP, Reuters)
 * for the upstream the article credits.
 */
public final class PairEvaluation {

    private final List<ReusePair> pairs;
    private final Map<String, String> texts;

    private PairEvaluation(List<ReusePair> pairs, Map<String, String> texts) {
        this.pairs = pairs;
        this.texts = texts;
    }

    /**
     * A labelled pair.
     *
     * @param a      file name (without .txt)
     * @param b      file name
     * @param label  REVISION_OF, DERIVED_FROM, SHARES_QUOTE or none
     * @param reason why, in a line
     */
    public record Label(String a, String b, String label, String reason) {
    }

    /** Detects reuse over the corpus in {@code corpus} with the standard settings. */
    public static PairEvaluation run(Path corpus) {
        Path meta = corpus.resolve("metadata.tsv");
        if (!Files.isRegularFile(meta)) {
            throw new IllegalArgumentException("no metadata.tsv in " + corpus + " (give the PolNeAR directory with --corpus)");
        }
        List<IndexedArticle> articles = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
            String[] head = lines.get(0).split("\t");
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < head.length; i++) {
                col.put(head[i], i);
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                String compartment = f[col.get("compartment")];
                if (!compartment.equals("train") && !compartment.equals("dev")) {
                    continue;
                }
                Path text = corpus.resolve(compartment).resolve("text").resolve(f[col.get("filename")] + ".txt");
                if (!Files.isRegularFile(text)) {
                    continue;
                }
                String wire = f[col.get("wire")];
                List<String> upstreams = wire.isBlank() || wire.equals("None") ? List.of() : List.of(wire.toLowerCase(Locale.ROOT));
                articles.add(new IndexedArticle(f[col.get("filename")], f[col.get("publisher")], f[col.get("publication_date")],
                        upstreams, false, Files.readString(text, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + corpus, e);
        }
        articles.sort(Comparator.comparing((IndexedArticle a) -> String.valueOf(a.published())).thenComparing(IndexedArticle::id));
        List<ReusePair> found = new ArrayList<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("headwater-polnear-reuse");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ReuseDetector detector = ReuseDetector.open(dir, ReuseSettings.standard())) {
            for (IndexedArticle a : articles) {
                found.addAll(detector.detect(a).pairs());
                detector.add(a);
            }
        } finally {
            WorkDirectories.delete(dir);
        }
        Map<String, String> texts = new HashMap<>();
        articles.forEach(a -> texts.put(a.id(), a.text()));
        return new PairEvaluation(found, texts);
    }

    /** Every pair detected. */
    public List<ReusePair> pairs() {
        return pairs;
    }

    /**
     * One line per detected pair, for labelling: files, class, direction, shares, number of passages and
     * the passages as the {@code from} article prints them (for reading on screen: never commit it).
     */
    public List<String> listing() {
        List<String> out = new ArrayList<>();
        for (ReusePair p : pairs) {
            StringBuilder passages = new StringBuilder();
            String text = texts.get(p.from());
            for (Passage x : p.passages()) {
                passages.append(" ¶ ").append(text.substring(x.aStart(), x.aEnd()).replaceAll("\\s+", " "));
            }
            out.add(String.join("\t", p.to(), p.from(), p.reuseClass().name(), p.direction().slug(),
                    String.format(Locale.ROOT, "%.2f", p.sharedTo()), String.format(Locale.ROOT, "%.2f", p.sharedFrom()),
                    String.valueOf(p.passages().size()), passages.toString()));
        }
        return out;
    }

    /** Reads a labelled list: file, file, label, reason per line; lines starting with # are comments. */
    public static List<Label> readLabels(Path tsv) {
        try {
            List<Label> out = new ArrayList<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    throw new IllegalArgumentException(tsv + ": expected file<TAB>file<TAB>label<TAB>reason, got: " + line);
                }
                out.add(new Label(f[0].strip(), f[1].strip(), f[2].strip(), f.length > 3 ? f[3].strip() : ""));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + tsv, e);
        }
    }

    /**
     * Per-class figures over the labelled pairs.
     *
     * @param counts    per class: {true positives, false positives, false negatives}
     * @param unlabelled detected pairs the list does not judge
     * @param labelled   pairs in the list
     */
    public record Score(Map<ReuseClass, int[]> counts, int unlabelled, int labelled) {

        /** Precision of class {@code c}. */
        public double precision(ReuseClass c) {
            int[] v = counts.get(c);
            return v[0] + v[1] == 0 ? 1 : (double) v[0] / (v[0] + v[1]);
        }

        /** Recall of class {@code c}. */
        public double recall(ReuseClass c) {
            int[] v = counts.get(c);
            return v[0] + v[2] == 0 ? 1 : (double) v[0] / (v[0] + v[2]);
        }

        /** A Markdown table. */
        public String table() {
            StringBuilder t = new StringBuilder("| Class | Labelled | Predicted | Correct | Precision | Recall |\n|---|---:|---:|---:|---:|---:|\n");
            for (ReuseClass c : ReuseClass.values()) {
                int[] v = counts.get(c);
                t.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f |%n", c, v[0] + v[2], v[0] + v[1], v[0],
                        precision(c), recall(c)));
            }
            t.append(String.format(Locale.ROOT, "%n%d labelled pairs; %d detected pairs not in the list.%n", labelled, unlabelled));
            return t.toString();
        }
    }

    /** Scores the detected pairs against {@code labels}. */
    public Score score(List<Label> labels) {
        Map<ReuseClass, int[]> counts = new EnumMap<>(ReuseClass.class);
        for (ReuseClass c : ReuseClass.values()) {
            counts.put(c, new int[3]);
        }
        int judged = 0;
        for (Label l : labels) {
            ReusePair p = pairs.stream().filter(x -> x.joins(l.a(), l.b())).findFirst().orElse(null);
            judged += p == null ? 0 : 1;
            ReuseClass predicted = p == null ? null : p.reuseClass();
            ReuseClass truth = l.label().equalsIgnoreCase("none") ? null : ReuseClass.valueOf(l.label());
            if (predicted != null && predicted == truth) {
                counts.get(truth)[0]++;
                continue;
            }
            if (predicted != null) {
                counts.get(predicted)[1]++;
            }
            if (truth != null) {
                counts.get(truth)[2]++;
            }
        }
        return new Score(counts, pairs.size() - judged, labels.size());
    }
}
