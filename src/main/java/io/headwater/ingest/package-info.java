/**
 * Reading articles: plain text copied from pages ({@link io.headwater.ingest.PlainTextArticleReader}), web pages ({@link io.headwater.ingest.HtmlArticleReader}), and the batches they come in (files, directories, WARC archives, URLs: {@link io.headwater.ingest.DocumentSource}). Every reader yields an {@link io.headwater.ingest.Article} whose text all later offsets point into.
 */
@NullMarked
package io.headwater.ingest;

import org.jspecify.annotations.NullMarked;
