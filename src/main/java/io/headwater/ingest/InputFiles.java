package io.headwater.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into article files: a file stands for itself, a directory for the
 * article files below it (by extension, in name order; hidden files and notes such as README.md skipped).
 */
public final class InputFiles {

    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml",
            ".txt.gz", ".html.gz", ".htm.gz");

    private InputFiles() {
    }

    /** The article files named by {@code paths}; a path that does not exist is returned as is, to fail on reading. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isArticleFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** True for names that article files have. */
    public static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Reads a file as a raw document (gunzipping {@code .gz} files). */
    public static RawDocument read(Path p, long maxBytes) {
        try {
            if (!Files.isRegularFile(p)) {
                throw new InvalidArticleException(p + " does not exist or is not a file");
            }
            long size = Files.size(p);
            if (size > maxBytes) {
                throw new InvalidArticleException(String.format(
                        "%s is %.1f MB, over the %.1f MB limit for one article: split it, or raise the limit (--max-bytes)",
                        p, size / 1048576.0, maxBytes / 1048576.0));
            }
            byte[] bytes = Files.readAllBytes(p);
            if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
            }
            return new RawDocument(p.toString(), bytes, null, null);
        } catch (IOException e) {
            throw new InvalidArticleException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
