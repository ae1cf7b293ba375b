package io.headwater.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Whole-process time of Headwater's commands, as a user at a terminal waits for them: each run is a fresh process
 * ({@code java -jar} of the jar under test, or a launcher script), over a database of the demo articles made by that
 * same command line. Measures
 * wall time, the silence before the first output, and CPU time, for: {@code --help} (the JVM and the command line
 * alone), {@code ingest} of the four demo articles into a new database, {@code trace}, {@code report},
 * {@code reuse}, and {@code serve} up to its banner.
 */
public final class CommandBenchmark {

    /** The demo articles (resources of the jar) the benchmark ingests. */
    private static final List<String> DEMO = List.of("harbour-times.txt", "riverside-daily.txt", "coastal-ledger.txt",
            "riverside-daily-dredging.txt");
    private static final String TRACED = "a-cb4cc6f412e7777d";

    private final List<String> launch;
    private final Path work;
    private final int runs;
    private final ProcessTimer timer = new ProcessTimer(Duration.ofMinutes(15));

    /** One command's runs. */
    public record Row(String command, List<ProcessTiming> runs) {

        double median(java.util.function.ToDoubleFunction<ProcessTiming> f) {
            double[] v = runs.stream().mapToDouble(f).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    /**
     * A benchmark of the command line that {@code launch} starts ({@code java -jar target/headwater.jar}, or a launcher
     * script), its databases in {@code work}.
     */
    public CommandBenchmark(List<String> launch, Path work, int runs) {
        this.launch = List.copyOf(launch);
        this.work = work.toAbsolutePath().normalize();
        this.runs = runs;
    }

    /** How to start {@code jar} with this JVM's java and {@code jvmOptions} ("-XX:TieredStopAtLevel=1"). */
    public static List<String> javaJar(Path jar, List<String> jvmOptions) {
        List<String> c = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        c.addAll(jvmOptions);
        c.addAll(List.of("-jar", jar.toAbsolutePath().normalize().toString()));
        return c;
    }

    /** Runs every command {@code runs} times; {@code progress} hears of each run. */
    public List<Row> run(Consumer<String> progress) {
        Path articles = demoArticles();
        Path db = work.resolve("db");
        List<String> ingest = new ArrayList<>(List.of("ingest", "--db", db.toString()));
        DEMO.forEach(f -> ingest.add(articles.resolve(f).toString()));
        progress.accept("preparing " + db + " with the demo articles");
        check(timer.run(command(ingest), work), "ingest");

        List<Row> rows = new ArrayList<>();
        rows.add(time("--help", List.of("--help"), progress));
        rows.add(timeFresh("ingest (4 demo articles, new database)", ingest, db, progress));
        rows.add(time("trace ID", List.of("trace", "--db", db.toString(), TRACED), progress));
        rows.add(time("report --format html ID", List.of("report", "--db", db.toString(), "--format", "html", TRACED), progress));
        rows.add(time("reuse ID", List.of("reuse", "--db", db.toString(), TRACED), progress));
        List<ProcessTiming> serve = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessTiming t = timer.run(command(List.of("serve", "--db", db.toString(), "--port", "0", "--bolt-port", "0",
                    "--browser-port", "-1")), work, line -> line.contains("Headwater is running"));
            progress.accept("serve (to its banner): " + describe(t));
            serve.add(check(t, "serve"));
        }
        rows.add(new Row("serve (to its banner)", serve));
        return rows;
    }

    private Row time(String name, List<String> args, Consumer<String> progress) {
        List<ProcessTiming> timings = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessTiming t = check(timer.run(command(args), work), name);
            progress.accept(name + ": " + describe(t));
            timings.add(t);
        }
        return new Row(name, timings);
    }

    /** Times a command that writes, each run into a database of its own (the one given, copied by name). */
    private Row timeFresh(String name, List<String> args, Path db, Consumer<String> progress) {
        List<ProcessTiming> timings = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path fresh = work.resolve("fresh-" + i);
            List<String> a = args.stream().map(s -> s.equals(db.toString()) ? fresh.toString() : s).toList();
            ProcessTiming t = check(timer.run(command(a), work), name);
            progress.accept(name + ": " + describe(t));
            timings.add(t);
        }
        return new Row(name, timings);
    }

    private List<String> command(List<String> args) {
        List<String> c = new ArrayList<>(launch);
        c.addAll(args);
        return c;
    }

    private static ProcessTiming check(ProcessTiming t, String name) {
        if (t.exitCode() != 0) {
            throw new IllegalStateException(name + " exited with " + t.exitCode());
        }
        return t;
    }

    private Path demoArticles() {
        Path dir = work.resolve("demo");
        try {
            Files.createDirectories(dir);
            for (String f : DEMO) {
                try (InputStream in = CommandBenchmark.class.getResourceAsStream("/demo/" + f)) {
                    Files.write(dir.resolve(f), in.readAllBytes());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(ProcessTiming t) {
        return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU, first output after %.1f s", t.wallSeconds(), t.cpuSeconds(),
                t.firstOutputSeconds());
    }

    /** The rows as a Markdown table: medians over the runs, and the range of wall times. */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder("| Command | Runs | Wall (s, median) | Wall (s, min–max) | CPU (s, median) "
                + "| Silence before first output (s, median) |\n|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            double[] wall = r.runs().stream().mapToDouble(ProcessTiming::wallSeconds).sorted().toArray();
            b.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f | %.1f–%.1f | %.1f | %.1f |%n", r.command(), wall.length,
                    r.median(ProcessTiming::wallSeconds), wall[0], wall[wall.length - 1], r.median(ProcessTiming::cpuSeconds),
                    r.median(ProcessTiming::firstOutputSeconds)));
        }
        return b.toString();
    }

    /** The machine's load average (1, 5, 15 minutes) from /proc/loadavg, or "unknown". */
    public static String loadAverage() {
        try {
            return String.join(" / ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
