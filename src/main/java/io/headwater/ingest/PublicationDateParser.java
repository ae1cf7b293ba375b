package io.headwater.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the dates pages print ("Feb 06, 2022, 03:39 PM IST", "6. Februar 2022", "6 de febrero de 2022",
 * "2 févr. 2022", "06.02.2022", "2022/02/06", "2022-02-06T10:00Z") into ISO-8601: a date-time with offset
 * when a time and zone are given, a date otherwise. Month names in every language come from
 * {@link MonthNames} (the JDK's CLDR data); the page's language, when known, settles month names that mean
 * different months in different languages and the order of day and month in "02/10/2020".
 */
public final class PublicationDateParser {

    /** Zone abbreviations news sites print; ambiguous ones resolve to the sense common in English-language news. */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("HKT", ZoneOffset.ofHours(8)),
            Map.entry("PKT", ZoneOffset.ofHours(5)), Map.entry("GST", ZoneOffset.ofHours(4)),
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    private static final String WORD = "(\\p{L}[\\p{L}\\p{M}]{2,}\\.?)";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+|@\\s*)?(\\d{1,2})[:.](\\d{2})\\s*([AaPp]\\.?\\s?[Mm]\\.?)?(?:\\s*\\(?([A-Z]{1,4})\\)?)?)?";
    /** "February 6, 2022", "Feb. 6th 2022 at 3:39 PM EST". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME);
    /** "6 February 2022", "6. Februar 2022", "6 de febrero de 2022", "2 févr. 2022", "31 Okt, 2023". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+|of\\s+)?" + WORD
                    + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)" + TIME);
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.:]\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    /** "2022/02/06", "2022.02.06", "2022-2-6". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<![\\d.])(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    /** "06.02.2022", "6.2.2022", "26.10.13". */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d]|\\.\\d)");
    /** "02/10/2020", "06-08-2009": day or month first, as the page's language writes it. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?![\\d/])");
    /** "2019年6月24日" (Chinese, Japanese), "2019년 6월 24일" (Korean). */
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]");

    private PublicationDateParser() {
    }

    /** The first date found in {@code text}, as ISO-8601, or empty. */
    public static Optional<String> parse(String text) {
        return parse(text, null);
    }

    /**
     * The first date found in {@code text}, as ISO-8601, or empty; {@code language} (a BCP-47 tag)
     * is the language the text is written in.
     */
    public static @Nullable Optional<String> parse(String text, String language) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Found best = null;
        best = earlier(best, iso(text));
        best = earlier(best, named(MONTH_DAY_YEAR.matcher(text), 2, 1, 3, language));
        best = earlier(best, named(DAY_MONTH_YEAR.matcher(text), 1, 2, 3, language));
        best = earlier(best, numeric(YEAR_MONTH_DAY.matcher(text), 4, 3, 1));
        best = earlier(best, numeric(DOTTED.matcher(text), 1, 2, 3));
        best = earlier(best, numeric(CJK.matcher(text), 3, 2, 1));
        best = earlier(best, slashed(text, language));
        return best == null ? Optional.empty() : Optional.of(best.iso());
    }

    /** True when {@code iso} is a date a page could have been published on: since 1995 and not after tomorrow. */
    public static boolean plausible(String iso) {
        if (iso == null || iso.length() < 10) {
            return false;
        }
        try {
            LocalDate date = LocalDate.parse(iso.substring(0, 10));
            return !date.isBefore(LocalDate.of(1995, 1, 1)) && !date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private record Found(int start, String iso) {
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b != null && b.start() < a.start() ? b : a;
    }

    private static Found iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.parse(m.group(1));
                if (m.group(2) == null) {
                    return new Found(m.start(), date.toString());
                }
                // "22:06:08:684Z": some sites separate milliseconds with a colon.
                LocalTime time = LocalTime.parse(m.group(2).replaceFirst("^(\\d{2}:\\d{2}:\\d{2}):(\\d+)$", "$1.$2"));
                if (m.group(3) == null) {
                    return new Found(m.start(), LocalDateTime.of(date, time).toString());
                }
                String zone = m.group(3).equals("Z") ? "Z" : m.group(3).replaceFirst("(\\d{2})(\\d{2})$", "$1:$2");
                return new Found(m.start(), OffsetDateTime.of(date, time, ZoneOffset.of(zone)).toString());
            } catch (DateTimeParseException e) {
                // "2022-29-11" is no date: look further
            }
        }
        return null;
    }

    private static Found named(Matcher m, int dayGroup, int monthGroup, int yearGroup, String language) {
        while (m.find()) {
            Integer month = MonthNames.month(m.group(monthGroup), language);
            if (month == null) {
                continue;
            }
            Optional<String> iso = build(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)),
                    m.group(4), m.group(5), m.group(6), m.group(7));
            if (iso.isPresent()) {
                return new Found(m.start(), iso.get());
            }
        }
        return null;
    }

    private static Found numeric(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
        while (m.find()) {
            int year = year(m.group(yearGroup));
            Optional<String> iso = day(year, Integer.parseInt(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup)));
            if (iso.isPresent()) {
                return new Found(m.start(), iso.get());
            }
        }
        return null;
    }

    private static Found slashed(String text, String language) {
        Matcher m = SLASHED.matcher(text);
        boolean monthFirst = language != null && (language.equalsIgnoreCase("en") || language.equalsIgnoreCase("en-US"));
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            boolean aIsMonth = a <= 12 && (b > 12 || (monthFirst && m.group(2).equals("/")));
            Optional<String> iso = aIsMonth ? day(year, a, b) : day(year, b, a);
            if (iso.isPresent()) {
                return new Found(m.start(), iso.get());
            }
        }
        return null;
    }

    /** "13" is 2013 and "98" 1998: two-digit years are read as the nearest not in the future. */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() > 2) {
            return y;
        }
        int century = Year.now().getValue() / 100 * 100;
        return century + y > Year.now().getValue() + 1 ? century - 100 + y : century + y;
    }

    private static Optional<String> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> build(int year, int month, int day, String hour, String minute,
                                          String ampm, String zone) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (hour == null) {
                return Optional.of(date.toString());
            }
            int h = Integer.parseInt(hour);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                h = (h % 12) + (pm ? 12 : 0);
            }
            LocalDateTime local = LocalDateTime.of(date, LocalTime.of(h, Integer.parseInt(minute)));
            ZoneId zoneId = zone == null ? null : ZONES.get(zone);
            if (zoneId == null) {
                return Optional.of(local.toString());
            }
            return Optional.of(ZonedDateTime.of(local, zoneId).toOffsetDateTime().toString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

}
