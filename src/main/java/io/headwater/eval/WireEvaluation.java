package io.headwater.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.headwater.extract.CreditFinder;
import io.headwater.extract.WireAgency;
import io.headwater.ingest.Article;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.ingest.RawDocument;
import io.headwater.ingest.PlainTextArticleReader;

/**
 * Scores article-level wire attribution against PolNeAR's {@code metadata.tsv}: each article is read
 * like any other (plain-text reader, credit finder), its wire named by {@link WireAgency}, and compared
 * with the table's {@code wire} column ("None" and "NA" both mean no wire; case is ignored).
 *
 * @param outcomes one per article scored
 */
public record WireEvaluation(List<Outcome> outcomes) {

    /** No wire named. */
    public static final String NONE = "None";

    /** One article: its name, the table's wire and the predicted one. */
    public record Outcome(String article, String gold, String predicted) {
    }

    /** Reads each compartment's {@code text/} and the metadata, and scores every article found in both. */
    public static WireEvaluation run(Path metadata, List<Path> compartments) {
        Map<String, String> gold = goldWires(metadata);
        PlainTextArticleReader reader = new PlainTextArticleReader();
        CreditFinder finder = new CreditFinder();
        List<Outcome> outcomes = new ArrayList<>();
        for (Path dir : compartments) {
            Path text = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
            List<Path> files;
            try (var list = Files.list(text)) {
                files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + text, e);
            }
            for (Path f : files) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                if (!gold.containsKey(name)) {
                    continue;
                }
                Article article;
                try {
                    article = reader.read(new RawDocument(f.toString(), Files.readAllBytes(f), "text/plain", null),
                            ArticleMetadata.NONE);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + f, e);
                }
                String predicted = WireAgency.of(finder.find(article)).orElse(NONE);
                outcomes.add(new Outcome(name, gold.get(name), predicted));
            }
        }
        return new WireEvaluation(outcomes);
    }

    private static Map<String, String> goldWires(Path metadata) {
        Map<String, String> out = new TreeMap<>();
        try {
            List<String> lines = Files.readAllLines(metadata);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            int file = header.indexOf("filename");
            int wire = header.indexOf("wire");
            if (file < 0 || wire < 0) {
                throw new IllegalArgumentException(metadata + " has no 'filename' and 'wire' columns");
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length > Math.max(file, wire)) {
                    String w = cells[wire].strip();
                    out.put(cells[file], w.isEmpty() || w.equalsIgnoreCase("NA") || w.equalsIgnoreCase("none")
                            ? NONE : WireAgency.canonical(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metadata, e);
        }
        return out;
    }

    /** Share of articles whose predicted wire (or absence of one) is the table's. */
    public double accuracy() {
        return outcomes.isEmpty() ? 0 : outcomes.stream().filter(o -> o.gold().equalsIgnoreCase(o.predicted())).count()
                / (double) outcomes.size();
    }

    /** Precision, recall and F1 of predicting {@code agency}, with the counts behind them. */
    public record AgencyScore(String agency, int gold, int predicted, int correct, double precision, double recall, double f1) {
    }

    /** One score per agency that appears in the table or the predictions. */
    public List<AgencyScore> perAgency() {
        TreeSet<String> agencies = new TreeSet<>();
        for (Outcome o : outcomes) {
            agencies.add(o.gold());
            agencies.add(o.predicted());
        }
        agencies.remove(NONE);
        List<AgencyScore> out = new ArrayList<>();
        for (String a : agencies) {
            int g = (int) outcomes.stream().filter(o -> o.gold().equals(a)).count();
            int p = (int) outcomes.stream().filter(o -> o.predicted().equals(a)).count();
            int c = (int) outcomes.stream().filter(o -> o.gold().equals(a) && o.predicted().equals(a)).count();
            double precision = p == 0 ? 0 : (double) c / p;
            double recall = g == 0 ? 0 : (double) c / g;
            out.add(new AgencyScore(a, g, p, c, precision, recall,
                    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));
        }
        return out;
    }

    /** The scores as a Markdown table, with the missed articles when {@code errors}. */
    public String table(boolean errors) {
        StringBuilder b = new StringBuilder();
        long right = outcomes.stream().filter(o -> o.gold().equalsIgnoreCase(o.predicted())).count();
        b.append(String.format(Locale.ROOT, "articles %d, correct %d, accuracy %.4f%n%n", outcomes.size(), right, accuracy()));
        b.append("| wire | gold | predicted | correct | P | R | F1 |\n|---|---|---|---|---|---|---|\n");
        for (AgencyScore s : perAgency()) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", s.agency(), s.gold(),
                    s.predicted(), s.correct(), s.precision(), s.recall(), s.f1()));
        }
        if (errors) {
            b.append('\n');
            for (Outcome o : outcomes) {
                if (!o.gold().equalsIgnoreCase(o.predicted())) {
                    b.append(o.article()).append("\tgold ").append(o.gold()).append("\tpredicted ").append(o.predicted()).append('\n');
                }
            }
        }
        return b.toString();
    }
}
