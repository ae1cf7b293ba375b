package io.headwater.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.cli.ExtractCommand;
import io.headwater.core.Span;
import io.headwater.extract.AttributionExtractor;
import io.headwater.extract.LineParagraphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench PATH...}: attribution extraction speed on one thread, in sentences per second, and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the speed of attribution extraction over .txt files on one thread.",
                "Times sentences, tokens, tags, model and rules together: warm-up rounds first, then timed rounds. Prints "
                        + "sentences/s on one core, articles/s and the peak heap."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Text files or folders (e.g. ../shared/corpus/polnear/dev/text).")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = new ArrayList<>();
        for (Path f : ExtractCommand.textFiles(paths)) {
            texts.add(Files.readString(f));
        }
        if (texts.isEmpty()) {
            spec.commandLine().getErr().println("no .txt files found in " + paths);
            return 2;
        }
        List<List<Span>> paragraphs = texts.stream().map(LineParagraphs::of).toList();
        AttributionExtractor extractor = AttributionExtractor.standard();
        for (int r = 0; r < warmup; r++) {
            pass(extractor, texts, paragraphs);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long sentences = 0;
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            sentences += pass(extractor, texts, paragraphs);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(java.util.Locale.ROOT, "articles %d, sentences %d per round, %d timed rounds in %.2f s on 1 thread%n",
                texts.size(), sentences / Math.max(rounds, 1), rounds, seconds);
        out.printf(java.util.Locale.ROOT, "sentences/s/core %.0f%n", sentences / seconds);
        out.printf(java.util.Locale.ROOT, "articles/s/core %.1f%n", texts.size() * (double) rounds / seconds);
        out.printf(java.util.Locale.ROOT, "peak heap %.0f MB (max heap %.0f MB); machine cores %d%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private static long pass(AttributionExtractor extractor, List<String> texts, List<List<Span>> paragraphs) {
        long sentences = 0;
        for (int i = 0; i < texts.size(); i++) {
            sentences += extractor.analyze(texts.get(i), paragraphs.get(i)).sentences().size();
        }
        return sentences;
    }
}
