package io.headwater.eval.brat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of articles annotated in PolNeAR's layout: {@code text/<article>.txt} and
 * {@code attributions/<article>_<annotator>.ann}. Where several annotators did an article, the file whose
 * annotator id sorts first is used, as the scorer does by default.
 */
public final class AnnotatedCorpus {

    private static final Pattern GOLD_NAME = Pattern.compile("^(?<article>.+)_(?<annotator>[^_]+)\\.ann$");

    /** One annotated article. */
    public record Article(String name, Path textFile, String text, BratDocument gold) {
    }

    private AnnotatedCorpus() {
    }

    /** True when {@code dir} looks like a PolNeAR compartment. */
    public static boolean isCorpus(Path dir) {
        return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
    }

    /** Every annotated article of {@code dir}, in name order. */
    public static List<Article> read(Path dir) {
        if (!isCorpus(dir)) {
            throw new IllegalArgumentException(dir + " is not an annotated corpus: it needs text/ and attributions/ folders");
        }
        Map<String, Path> first = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            for (Path f : files.sorted().toList()) {
                Matcher m = GOLD_NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    first.putIfAbsent(m.group("article"), f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : first.entrySet()) {
            Path textFile = dir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                continue;
            }
            String text = readString(textFile);
            out.add(new Article(e.getKey(), textFile, text, BratDocument.parse(readString(e.getValue()), text)));
        }
        return out;
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
