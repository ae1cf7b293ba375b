package io.headwater.eval;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The two options every benchmark over generated data takes: the generator's seed, so a run can be repeated
 * exactly, and the directory its throwaway databases and indexes go to (each run makes its own under it and
 * removes it when done).
 */
public final class SyntheticRunOptions {

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "${java.io.tmpdir}",
            description = "Where the run's throwaway databases and indexes go (default: ${DEFAULT-VALUE}).")
    Path work;
}
