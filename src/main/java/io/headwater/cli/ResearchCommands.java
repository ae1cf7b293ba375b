package io.headwater.cli;

import java.util.List;

/**
 * Commands that measure, benchmark or train rather than serve a user ({@code bench}, {@code score-pages},
 * {@code train-attributions}, ...). They live in the evaluation package, which depends on the pipeline and never
 * the reverse: it names its implementation in {@code META-INF/services/io.headwater.cli.ResearchCommands} and
 * {@link HeadwaterCommand} finds it through {@link java.util.ServiceLoader}, so that {@code cli} never imports it.
 */
public interface ResearchCommands {

    /** The picocli command objects, in the order {@code headwater help} lists them. */
    List<Object> commands();

    /**
     * Times the HTML reader ingest uses against Jsoup's parse alone over the saved pages of {@code dir} and returns
     * the line {@code extract-text --benchmark} prints.
     */
    String benchmarkPageReader(java.nio.file.Path dir, int rounds) throws java.io.IOException;
}
