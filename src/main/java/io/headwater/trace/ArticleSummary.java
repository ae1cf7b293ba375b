package io.headwater.trace;

import org.jspecify.annotations.Nullable;

/**
 * The identifying facts of an article.
 *
 * @param id        article id
 * @param headline  headline
 * @param outlet    outlet name
 * @param byline    byline
 * @param dateline  dateline
 * @param published ISO-8601 date or date-time
 * @param url       page address
 * @param origin    where it was read from
 */
public record ArticleSummary(String id, @Nullable String headline, @Nullable String outlet, @Nullable String byline, @Nullable String dateline,
                             @Nullable String published, @Nullable String url, String origin) {
}
