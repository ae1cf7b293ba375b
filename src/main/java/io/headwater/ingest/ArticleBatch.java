package io.headwater.ingest;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a batch of inputs (files, directories, WARCs, URLs) into articles: each document goes to the
 * reader that fits it, each article to the caller, each failure to the progress report with its reason,
 * and one bad page never stops the rest.
 */
public final class ArticleBatch {

    private final DocumentSource source;
    private final ArticleReaders readers;
    private final BatchProgress progress;

    /** A batch reading from {@code source} with {@code readers}, counting in {@code progress}. */
    public ArticleBatch(DocumentSource source, ArticleReaders readers, BatchProgress progress) {
        this.source = source;
        this.readers = readers;
        this.progress = progress;
    }

    /**
     * Reads every document under {@code inputs}, hands each article to {@code sink}, and prints the
     * summary when done. {@code given} fills what the documents do not say.
     */
    public void run(List<String> inputs, ArticleMetadata given, Consumer<Article> sink) {
        source.read(inputs, document -> {
            Article article;
            try {
                article = readers.read(document, given);
            } catch (InvalidArticleException e) {
                progress.failed(document.origin(), e.getMessage());
                return;
            }
            sink.accept(article);
            progress.succeeded();
        }, progress);
        progress.finish();
    }

    /** The counts so far. */
    public BatchProgress progress() {
        return progress;
    }
}
