package io.headwater.ingest;

import java.time.Duration;

/**
 * An article took longer than its time budget and was given up; nothing of it reached the graph. An
 * {@link InvalidArticleException}, so every door reports it as one clear error about that article.
 */
public class ArticleBudgetExceededException extends InvalidArticleException {

    private final Duration budget;
    private final String stage;

    public ArticleBudgetExceededException(Duration budget, String stage) {
        super(String.format(java.util.Locale.ROOT,
                "analysis stopped after %s s, the time budget for one article (in stage '%s'): the text is too long or "
                        + "too unusual to finish in time; split it into smaller articles, or raise the budget "
                        + "(--article-budget SECONDS, or headwater.article-budget when serving)",
                seconds(budget), stage));
        this.budget = budget;
        this.stage = stage;
    }

    /** The budget that ran out. */
    public Duration budget() {
        return budget;
    }

    /** The stage that was running when it ran out ("read", "extract", "resolve", "reuse", "write"). */
    public String stage() {
        return stage;
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
