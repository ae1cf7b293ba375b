package io.headwater.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages print ("Feb 06, 2022, 03:39 PM IST", "6 February 2022", "2022-02-06T10:00Z")
 * into ISO-8601: a date-time with offset when a time and zone are given, a date otherwise.
 */
public final class PublicationDateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

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

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})\\s*([AaPp]\\.?[Mm]\\.?)?(?:\\s*\\(?([A-Z]{1,4})\\)?)?)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME);
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?)?\\b");

    private PublicationDateParser() {
    }

    /** The first date found in {@code text}, as ISO-8601, or empty. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return isoDate(iso);
        }
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return build(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        return Optional.empty();
    }

    private static Optional<String> isoDate(Matcher iso) {
        try {
            LocalDate date = LocalDate.parse(iso.group(1));
            if (iso.group(2) == null) {
                return Optional.of(date.toString());
            }
            LocalTime time = LocalTime.parse(iso.group(2));
            if (iso.group(3) == null) {
                return Optional.of(LocalDateTime.of(date, time).toString());
            }
            String zone = iso.group(3).equals("Z") ? "Z" : iso.group(3).replaceFirst("(\\d{2})(\\d{2})$", "$1:$2");
            return Optional.of(OffsetDateTime.of(date, time, ZoneOffset.of(zone)).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> build(String year, String month, String day, String hour, String minute,
                                          String ampm, String zone) {
        try {
            int mon = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
            LocalDate date = LocalDate.of(Integer.parseInt(year), mon, Integer.parseInt(day));
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
