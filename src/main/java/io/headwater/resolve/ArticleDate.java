package io.headwater.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.headwater.ingest.Article;

/**
 * The day an article speaks from, against which "on Tuesday", "this week" and "the May report" are read: its
 * publication date, or else the date its address carries ("/2023/11/15/", "/2023/mar/01/", "ud=20231113000103").
 */
final class ArticleDate {

    private static final Pattern ISO_START = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern PATH_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(\\d{1,2})(?:/|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DASHED_DATE = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d])");
    /** A run of digits that starts with a date, as content systems number their items: "20231113000103". */
    private static final Pattern DIGIT_DATE = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d{0,8}(?![\\d])");

    private ArticleDate() {
    }

    /** The article's date; absent when neither its metadata nor its address gives one. */
    static @Nullable LocalDate anchor(Article article) {
        if (article.published() != null) {
            Matcher m = ISO_START.matcher(article.published());
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1));
                } catch (DateTimeException ignored) {
                    // fall through to the address
                }
            }
        }
        return article.url() == null ? null : fromUrl(article.url());
    }

    /** The date in a page address. */
    static @Nullable LocalDate fromUrl(String url) {
        for (Pattern p : new Pattern[] {PATH_DATE, DASHED_DATE, DIGIT_DATE}) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int mon = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : ReportPeriod.monthNumber(month);
            return LocalDate.of(Integer.parseInt(year), mon, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
