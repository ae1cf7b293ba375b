package io.headwater.trace;

/**
 * The identifying facts of an article.
 *
 * @param id        article id
 * @param headline  headline, or null
 * @param outlet    outlet name, or null
 * @param byline    byline, or null
 * @param dateline  dateline, or null
 * @param published ISO-8601 date or date-time, or null
 * @param url       page address, or null
 * @param origin    where it was read from
 */
public record ArticleSummary(String id, String headline, String outlet, String byline, String dateline,
                             String published, String url, String origin) {
}
