package io.headwater.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.headwater.cli.ResearchCommands;

/**
 * The research commands of the evaluation tools, registered with the command line through
 * {@code META-INF/services/io.headwater.cli.ResearchCommands} (the command line never imports this package).
 */
public final class EvaluationCommands implements ResearchCommands {

    /** Commands compiled only into a jar built with {@code -Pminilm} (they need the MiniLM encoder and onnxruntime). */
    private static final List<String> OPTIONAL_COMMANDS = List.of("io.headwater.eval.DistillMinilmCommand",
            "io.headwater.eval.EncodeSentencesCommand");

    @Override
    public List<Object> commands() {
        List<Object> commands = new ArrayList<>(List.of(new TrainAttributionsCommand(), new DistillClassesCommand(),
                new BenchCommand(), new EvalWireCommand(), new EvalProvenanceCommand(), new BenchReuseCommand(),
                new ScoreReuseCommand(), new BenchVariantsCommand(), new ScorePagesCommand(), new BenchSizeCommand(),
                new BenchClaimsCommand(), new BenchIngestCommand(), new BenchGraphCommand(), new BenchCommandsCommand()));
        for (String name : OPTIONAL_COMMANDS) {
            try {
                commands.add(Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError absent) {
                // The default build leaves these commands out.
            }
        }
        return commands;
    }

    @Override
    public String benchmarkPageReader(Path dir, int rounds) throws IOException {
        BodyExtractionRun.Speed s = new BodyExtractionRun().benchmark(dir, rounds);
        return String.format("pages %d  reader %.1f pages/s  parse-only %.1f pages/s  ratio %.2f  (cores %d)",
                s.pages(), s.readerPagesPerSecond(), s.parseOnlyPagesPerSecond(), s.ratio(),
                Runtime.getRuntime().availableProcessors());
    }
}
