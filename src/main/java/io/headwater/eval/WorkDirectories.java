package io.headwater.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary graphs and indexes the benchmarks and evaluations build under their work directory. */
public final class WorkDirectories {

    private WorkDirectories() {
    }

    /**
     * Deletes {@code dir} and everything under it, as far as it can: called in {@code finally} blocks, where a failure
     * must not hide the benchmark's own error, and a temporary directory left behind is harmless.
     */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // left behind: harmless, see above
        }
    }
}
