package io.headwater.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the command line in this JVM, as a script sees it: exit code, standard output and error.
 *
 * @param code the exit code
 * @param out  what went to standard output
 * @param err  what went to standard error
 */
record CommandRun(int code, String out, String err) {

    /** Runs {@code args}. */
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeadwaterCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** The output's lines. */
    List<String> lines() {
        return out.isBlank() ? List.of() : Arrays.asList(out.strip().split("\n"));
    }
}
