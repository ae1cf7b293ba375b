package io.headwater;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Paragraphs of the founding seeds, read from {@code ../shared} while the test runs: the seeds are third-party
 * articles, so a test names a few of their words to find a paragraph and never copies it into the repository.
 */
public final class SeedLines {

    /** Where the seeds are read in place. */
    public static final Path SEEDS = Path.of("../shared/corpus/seeds");

    private SeedLines() {
    }

    /** The paragraph (one line of the file) of seed {@code file} that holds {@code words}, stripped. */
    public static String lineWith(String file, String words) {
        try {
            return Files.readAllLines(SEEDS.resolve(file)).stream().filter(l -> l.contains(words)).findFirst()
                    .map(String::strip)
                    .orElseThrow(() -> new IllegalStateException("no paragraph of seed " + file + " holds '" + words + "'"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** That paragraph from its start up to and including {@code end}, the first place it occurs after {@code words}. */
    public static String lineUpTo(String file, String words, String end) {
        String line = lineWith(file, words);
        int at = line.indexOf(end, line.indexOf(words));
        if (at < 0) {
            throw new IllegalStateException("the paragraph of seed " + file + " holding '" + words + "' has no '" + end + "'");
        }
        return line.substring(0, at + end.length());
    }
}
