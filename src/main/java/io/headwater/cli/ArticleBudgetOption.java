package io.headwater.cli;

import java.time.Duration;

import io.headwater.HeadwaterSettings;
import io.headwater.ingest.Deadline;
import picocli.CommandLine.Option;

/** {@code --article-budget SECONDS}: the time one article may take from reading to writing (ingest and serve). */
public final class ArticleBudgetOption {

    @Option(names = "--article-budget", paramLabel = "SECONDS", defaultValue = "${env:HEADWATER_ARTICLE_BUDGET:-" + HeadwaterSettings.DEFAULT_ARTICLE_BUDGET + "}",
            description = "Time one article may take from reading to writing; a slower one fails with an error and leaves "
                    + "the graph as it was (default: ${DEFAULT-VALUE}; env HEADWATER_ARTICLE_BUDGET).")
    double seconds = HeadwaterSettings.DEFAULTS.articleBudget();

    /** The budget given. */
    public Duration budget() {
        return Deadline.seconds(seconds, "--article-budget");
    }
}
