package io.headwater.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.headwater.graph.GraphUnavailableException;
import io.headwater.ingest.InvalidArticleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code headwater} command: {@code serve} (default), {@code ingest}, {@code trace}, {@code report}, {@code reuse},
 * {@code claim}, {@code extract-text} and {@code extract}; then the research commands the evaluation tools register
 * through {@link ResearchCommands} ({@code train-attributions}, {@code bench}, {@code eval-wire}, {@code eval-provenance},
 * {@code bench-reuse}, {@code score-reuse}, {@code score-pages}, {@code bench-claims}, {@code bench-commands}, ...).
 */
@Command(name = "headwater", mixinStandardHelpOptions = true, versionProvider = HeadwaterCommand.Version.class,
        description = "Traces where news comes from: attributions, agencies, reports and text reuse in a Neo4j graph.",
        subcommands = {ServeCommand.class, IngestCommand.class, TraceCommand.class, ReportCommand.class, ReuseCommand.class,
                ClaimCommand.class, ExtractTextCommand.class, ExtractCommand.class})
public final class HeadwaterCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new CommandLine(new ServeCommand()).execute();
    }

    /** The jar's entry point (its Main-Class, and so the {@code ./headwater} launcher's and the image's): {@code serve} when no command is given. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code args}; returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs {@code args} writing to the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof GraphUnavailableException || e instanceof InvalidArticleException
                    || e instanceof IllegalArgumentException
                    || e instanceof io.headwater.reuse.ReuseIndexUnavailableException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** Every command: the user's, the research commands when the evaluation tools are on the class path, then help. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HeadwaterCommand());
        research().ifPresent(r -> r.commands().forEach(cli::addSubcommand));
        cli.addSubcommand(new CommandLine.HelpCommand());
        return cli;
    }

    /** The research commands, found through {@link java.util.ServiceLoader}; empty in a build without them. */
    static java.util.Optional<ResearchCommands> research() {
        return java.util.ServiceLoader.load(ResearchCommands.class, HeadwaterCommand.class.getClassLoader()).findFirst();
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HeadwaterCommand.class.getPackage().getImplementationVersion();
            return new String[] {"headwater " + (v == null ? "(development build)" : v)};
        }
    }
}
