package io.headwater.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.eval.CommandBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench-commands}: whole-process time of the command line's commands, each run a JVM of its own. */
@Command(name = "bench-commands", mixinStandardHelpOptions = true,
        description = {"Measures how long the command line's commands take, as a user at a terminal waits for them.",
                "Runs --help, ingest, trace, report, reuse and serve (up to its banner) several times each, every run a "
                        + "java -jar of its own over a database of the demo articles, and prints wall time, CPU time and the "
                        + "silence before the first output as a Markdown table.",
                "Give --jar an older build to measure it the same way, --jvm-option to measure the effect of a JVM option, "
                        + "--launcher to measure a launcher script (./headwater)."})
public final class BenchCommandsCommand implements Callable<Integer> {

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/headwater.jar",
            description = "The jar to measure (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Runs of each command (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the databases go (default: a new temporary directory).")
    Path work;

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "An option for every java run measured, such as "
            + "-XX:TieredStopAtLevel=1 (repeatable).")
    List<String> jvmOptions = List.of();

    @Option(names = "--launcher", paramLabel = "FILE", description = "Measure the commands as this launcher script runs them "
            + "(./headwater) instead of java -jar.")
    Path launcher;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (launcher == null && !Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is not a jar: build one with ./mvnw -q -DskipTests package, or give --jar");
        }
        if (launcher != null && !Files.isExecutable(launcher)) {
            throw new IllegalArgumentException(launcher + " is not an executable launcher");
        }
        List<String> launch = launcher != null ? List.of(launcher.toAbsolutePath().normalize().toString())
                : CommandBenchmark.javaJar(jar, jvmOptions);
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("bench-commands");
        String before = CommandBenchmark.loadAverage();
        List<CommandBenchmark.Row> rows = new CommandBenchmark(launch, dir, runs).run(line -> {
            err.println("bench-commands: " + line);
            err.flush();
        });
        out.println(CommandBenchmark.table(rows));
        out.println("Load average (1 / 5 / 15 min) before: " + before + "; after: " + CommandBenchmark.loadAverage()
                + ". Databases in " + dir + ".");
        out.flush();
        return 0;
    }
}
