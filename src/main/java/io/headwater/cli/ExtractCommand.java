package io.headwater.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.headwater.core.Span;
import io.headwater.extract.Attribution;
import io.headwater.extract.AttributionExtractor;
import io.headwater.extract.AttributionModel;
import io.headwater.extract.CueLexicon;
import io.headwater.extract.LineParagraphs;
import io.headwater.extract.TextAnalyzer;
import io.headwater.extract.brat.BratWriter;
import io.headwater.ingest.InvalidArticleException;
import io.headwater.ingest.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract --format brat --out DIR PATH...}: writes the attributions of plain-text files, one file per input. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Writes the attributions found in plain-text articles as BRAT or JSON files.",
                "Each non-blank line of an input is a paragraph, and offsets are those of the file. Writes <name>.ann (BRAT, "
                        + "PolNeAR's shape: T lines Source/Cue/Content joined by E lines) or <name>.json per input.",
                "Prints OUT<TAB>PATH per article and ERROR<TAB>PATH<TAB>reason per unreadable input."})
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { brat, json }

    @Option(names = "--format", defaultValue = "brat", description = "brat or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the output files (created if needed).")
    Path out;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + TextDecoder.DEFAULT_MAX_BYTES,
            description = "Largest article file accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--model", paramLabel = "FILE", description = "An attribution model made by train-attributions (default: the shipped one).")
    Path model;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Text files, or folders searched recursively for .txt files.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = textFiles(paths);
        if (files.isEmpty()) {
            err.println("no .txt files found in " + paths);
            return 2;
        }
        Files.createDirectories(out);
        AttributionExtractor extractor = model == null ? AttributionExtractor.standard() : withModel(model);
        TextDecoder decoder = new TextDecoder(maxBytes);
        int ok = 0;
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            try {
                String text = decoder.decode(Files.readAllBytes(file), file.toString());
                List<Attribution> found = extractor.analyze(text, LineParagraphs.of(text)).attributions();
                Path target = out.resolve(name + (format == Format.brat ? ".ann" : ".json"));
                String body = format == Format.brat ? BratWriter.write(text, found) : Json.write(json(text, found));
                Files.writeString(target, body, StandardCharsets.UTF_8);
                stdout.println(target + "\t" + file);
                ok++;
            } catch (InvalidArticleException | IOException e) {
                stdout.println("ERROR\t" + file + "\t" + e.getMessage());
            }
        }
        err.printf("extracted %d of %d files into %s%n", ok, files.size(), out);
        return ok > 0 ? 0 : 1;
    }

    private static AttributionExtractor withModel(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new AttributionExtractor(new TextAnalyzer(), CueLexicon.standard(), AttributionModel.read(in));
        }
    }

    private static List<Map<String, Object>> json(String text, List<Attribution> found) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Attribution a : found) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("source", part(text, a.source()));
            m.put("cue", part(text, a.cue()));
            m.put("content", part(text, a.content()));
            m.put("relay", part(text, a.relay()));
            m.put("confidence", a.confidence());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> part(String text, Span span) {
        if (span == null) {
            return null;
        }
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("text", span.in(text));
        m.put("start", span.start());
        m.put("end", span.end());
        return m;
    }

    /** The .txt files named or inside the named folders, in path order. */
    public static List<Path> textFiles(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
