package io.headwater.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import io.headwater.Headwater;
import io.headwater.cli.DemoCorpus;
import io.headwater.graph.GraphConnection;
import io.headwater.graph.GraphSettings;
import io.headwater.reuse.IndexedArticle;
import io.headwater.eval.reuse.SyntheticCorpus;
import io.headwater.reuse.WordTokens;
import io.headwater.trace.ClaimMatches;
import io.headwater.trace.ClaimSearch;

/**
 * How long claim search takes, end to end as {@code GET /api/claims} runs it (passage index look-up, alignment,
 * the graph's facts, primary sources and the chains of a page of 20), on the demo corpus and on a synthetic graph.
 * Claims are sentences of the corpus itself, so most have carriers; on the synthetic graph a share are sentences from
 * an unrelated stream (same vocabulary, no copies), the cost of a claim nobody carries. Each claim is searched once
 * to warm up, then {@code rounds} times, timed.
 */
public final class ClaimBenchmark {

    private ClaimBenchmark() {
    }

    /**
     * What one corpus measured.
     *
     * @param corpus        what was searched ("demo", "synthetic")
     * @param claims        what kind of claims ("sentences of the corpus", "absent")
     * @param articles      articles in the graph
     * @param searched      claims searched
     * @param timings       searches timed (claims × rounds)
     * @param p50           median latency, milliseconds
     * @param p95           95th percentile, milliseconds
     * @param p99           99th percentile, milliseconds
     * @param max           slowest, milliseconds
     * @param carriers      carriers found per claim (all pages)
     * @param verbatim      articles that print a claim word for word (summed over claims)
     * @param verbatimFound of those, how many claim search found
     * @param buildSeconds  time to build the graph and the index
     */
    public record Result(String corpus, String claims, int articles, int searched, int timings, double p50, double p95,
                         double p99, double max, double carriers, long verbatim, long verbatimFound, double buildSeconds) {
    }

    /** The demo corpus, ingested through the whole pipeline into a fresh embedded graph under {@code work}. */
    public static List<Result> demo(Path work, int rounds) {
        Path dir = fresh(work, "bench-claims-demo");
        try (Headwater hw = open(dir)) {
            return demo(hw, rounds);
        } finally {
            WorkDirectories.delete(dir);
        }
    }

    /** The demo corpus ingested into {@code hw}, whose graph and index must be empty. */
    public static List<Result> demo(Headwater hw, int rounds) {
        long start = System.nanoTime();
        List<Doc> docs = new ArrayList<>();
        for (Headwater.IngestResult r : DemoCorpus.load(hw)) {
            docs.add(new Doc(r.id(), hw.lookups().articleText(r.id()).orElseThrow()));
        }
        double build = (System.nanoTime() - start) / 1e9;
        List<String> claims = new ArrayList<>();
        for (Doc d : docs) {
            claims.addAll(sentences(d.text(), hw.claims().minWords()));
        }
        return List.of(measure(hw, "demo", "every sentence of the corpus", docs, claims, rounds, build));
    }

    /**
     * A synthetic graph of {@code articles} articles in a fresh embedded graph under {@code work}, searched with
     * {@code claims} sentences of it and a fifth as many from an unrelated stream.
     */
    public static List<Result> synthetic(Path work, int articles, int claims, int rounds, long seed, IntConsumer progress) {
        Path dir = fresh(work, "bench-claims-synthetic");
        try (Headwater hw = open(dir)) {
            return synthetic(hw, articles, claims, rounds, seed, progress);
        } finally {
            WorkDirectories.delete(dir);
        }
    }

    /** The synthetic graph built in {@code hw}, whose graph and index must be empty, and searched. */
    public static List<Result> synthetic(Headwater hw, int articles, int claims, int rounds, long seed, IntConsumer progress) {
        long start = System.nanoTime();
        List<IndexedArticle> built = SyntheticGraph.build(hw, articles, seed, progress);
        double build = (System.nanoTime() - start) / 1e9;
        List<Doc> docs = built.stream().map(a -> new Doc(a.id(), a.text())).toList();
        Random rnd = new Random(seed);
        List<String> present = new ArrayList<>();
        while (present.size() < claims) {
            List<String> s = sentences(docs.get(rnd.nextInt(docs.size())).text(), hw.claims().minWords());
            if (!s.isEmpty()) {
                present.add(s.get(rnd.nextInt(s.size())));
            }
        }
        List<String> absent = new ArrayList<>();
        new SyntheticCorpus(seed + 1).generate(Math.max(10, claims / 5), g -> {
            List<String> s = sentences(g.article().text(), hw.claims().minWords());
            if (!s.isEmpty() && absent.size() < Math.max(1, claims / 5)) {
                absent.add(s.get(0));
            }
        });
        return List.of(measure(hw, "synthetic", "sentences of the corpus", docs, present, rounds, build),
                measure(hw, "synthetic", "sentences no article carries", docs, absent, rounds, build));
    }

    /** An article as the benchmark knows it. */
    private record Doc(String id, String text) {
    }

    private static Result measure(Headwater hw, String corpus, String kind, List<Doc> docs, List<String> claims, int rounds,
                                  double build) {
        long carriers = 0;
        long verbatim = 0;
        long verbatimFound = 0;
        for (String claim : claims) {
            ClaimMatches all = hw.claims().find(claim, 0, ClaimSearch.MAX_CANDIDATES);
            carriers += all.totalElements();
            Set<String> found = all.items().stream().map(c -> c.article().id()).collect(Collectors.toSet());
            for (Doc d : docs) {
                if (d.text().contains(claim)) {
                    verbatim++;
                    verbatimFound += found.contains(d.id()) ? 1 : 0;
                }
            }
        }
        double[] ms = new double[claims.size() * rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String claim : claims) {
                long t0 = System.nanoTime();
                hw.claims().find(claim, 0, 20);
                ms[n++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return new Result(corpus, kind, docs.size(), claims.size(), n, pct(ms, 0.50), pct(ms, 0.95), pct(ms, 0.99),
                ms.length == 0 ? 0 : ms[ms.length - 1], claims.isEmpty() ? 0 : (double) carriers / claims.size(), verbatim,
                verbatimFound, build);
    }

    /** The sentences of a text that claim search takes (a crude split at ". ", "? ", "! " and line breaks). */
    static List<String> sentences(String text, int minWords) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?][\"”’)]?)\\s+|\\n+")) {
            String t = s.strip();
            if (!t.isEmpty() && t.length() <= ClaimSearch.MAX_CHARS && WordTokens.of(t).size() >= minWords) {
                out.add(t);
            }
        }
        return out;
    }

    /** The benchmark's figures as a Markdown table. */
    public static String table(List<Result> results) {
        StringBuilder b = new StringBuilder();
        b.append("| Graph | Articles | Claims | Searched | Timed | p50 (ms) | p95 (ms) | p99 (ms) | Max (ms) | Carriers/claim | "
                + "Word-for-word carriers found | Build (s) |\n");
        b.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            b.append(String.format("| %s | %,d | %s | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %.1f |%n", r.corpus(),
                    r.articles(), r.claims(), r.searched(), r.timings(), r.p50(), r.p95(), r.p99(), r.max(), r.carriers(),
                    r.verbatim() == 0 ? "—" : String.format("%,d of %,d", r.verbatimFound(), r.verbatim()), r.buildSeconds()));
        }
        return b.toString();
    }

    private static double pct(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static Headwater open(Path dir) {
        return Headwater.over(GraphConnection.open(new GraphSettings(null, null, null, "neo4j", dir.resolve("db"), 0, -1)),
                dir.resolve("reuse-index"));
    }

    static Path fresh(Path work, String name) {
        try {
            Files.createDirectories(work);
            return Files.createTempDirectory(work, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a working directory in " + work, e);
        }
    }
}
