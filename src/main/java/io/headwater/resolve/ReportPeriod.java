package io.headwater.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * When a report was issued or made news, as the words around its mentions say, read against the article's own
 * date (the anchor): "a report seen Tuesday by the agency" in an article of Wednesday 1 March 2023 is a
 * report of 28 February 2023; "the report circulated on August 13" is one of 13 August of the anchor's year;
 * "the IAEA's May report" is one of May; "its previous report" is an earlier one; a UN symbol ("S/2024/117") or
 * an ordinal ("the 22nd report") names the document outright.
 *
 * @param date     the day or month of the report; absent when the words give none
 * @param precise  true when {@code date} is a day, false when only its month is known
 * @param month    the month named without a year ("the May report" with no anchor), 1 to 12, or 0
 * @param previous true for an earlier report of the same author ("its last report", "the previous report")
 * @param symbol   a document symbol printed with the report ("S/2024/117")
 * @param ordinal  the report's number ("22nd report" gives 22), or 0
 */
public record ReportPeriod(@Nullable LocalDate date, boolean precise, int month, boolean previous, @Nullable String symbol, int ordinal) {

    /** Nothing said about when. */
    public static final ReportPeriod UNKNOWN = new ReportPeriod(null, false, 0, false, null, 0);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d{2}))?"
                    + "|\\b(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH.replace("<month>", "<month2>") + "(?:,?\\s+(?<year2>(?:19|20)\\d{2}))?");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "(?:\\b(?:in|of|from|since)\\s+|['’]s\\s+|\\b(?:its|the|their|a|an)\\s+(?:\\w+\\s+)?)" + MONTH
                    + "(?:\\s+(?<year>(?:19|20)\\d{2}))?(?!\\s+\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?<weekday>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");
    private static final Pattern PREVIOUS = Pattern.compile(
            "(?i)\\b(?:previous|prior|earlier|last|former|preceding)\\s+(?:\\w+\\s+){0,2}reports?\\b|\\breports?\\s+(?:before|earlier)\\b");
    private static final Pattern SYMBOL = Pattern.compile("\\b(?<symbol>(?:S|A|E|GOV)/(?:\\d{4}/)?\\d{1,4}(?:/Rev\\.\\d)?)\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?<n>\\d{1,3})(?:st|nd|rd|th)\\s+(?:\\w+\\s+)?report\\b");

    /** True when this period names a report's time or number at all. */
    public boolean isKnown() {
        return date != null || month != 0 || symbol != null || ordinal != 0;
    }

    /**
     * Reads what {@code words} (a report mention with its clause, or the words after "said in") say about the
     * report's time, against {@code anchor}, the article's date (null when unknown).
     */
    public static ReportPeriod read(String words, LocalDate anchor) {
        if (words == null || words.isBlank()) {
            return UNKNOWN;
        }
        String symbol = null;
        Matcher s = SYMBOL.matcher(words);
        if (s.find()) {
            symbol = s.group("symbol");
        }
        int ordinal = 0;
        Matcher o = ORDINAL.matcher(words);
        if (o.find()) {
            ordinal = Integer.parseInt(o.group("n"));
        }
        boolean previous = PREVIOUS.matcher(words).find();
        Matcher md = MONTH_DAY.matcher(words);
        if (md.find()) {
            int month = month(md.group("month") != null ? md.group("month") : md.group("month2"));
            int day = Integer.parseInt(md.group("day") != null ? md.group("day") : md.group("day2"));
            String year = md.group("year") != null ? md.group("year") : md.group("year2");
            LocalDate date = dayIn(year, month, day, anchor);
            if (date != null) {
                return new ReportPeriod(date, true, month, previous, symbol, ordinal);
            }
            return new ReportPeriod(null, false, month, previous, symbol, ordinal);
        }
        Matcher mo = MONTH_ONLY.matcher(words);
        if (mo.find()) {
            int month = month(mo.group("month"));
            YearMonth ym = monthIn(mo.group("year"), month, anchor);
            // A report named by a month other than the article's own is another, earlier one ("the May report").
            boolean earlier = previous || anchor != null && ym != null && ym.isBefore(YearMonth.from(anchor).minusMonths(1));
            return new ReportPeriod(ym == null ? null : ym.atDay(1), false, month, earlier, symbol, ordinal);
        }
        if (previous || anchor == null) {
            return new ReportPeriod(null, false, 0, previous, symbol, ordinal);
        }
        Matcher wd = WEEKDAY.matcher(words);
        if (wd.find()) {
            return new ReportPeriod(lastWeekday(anchor, weekday(wd.group("weekday"))), true, 0, false, symbol, ordinal);
        }
        return new ReportPeriod(null, false, 0, false, symbol, ordinal);
    }

    /** The anchor itself as the report's date: "a new report", "the confidential report" in an article of that day. */
    public static ReportPeriod anchoredAt(LocalDate anchor) {
        return anchor == null ? UNKNOWN : new ReportPeriod(anchor, true, 0, false, null, 0);
    }

    /** This period, with what {@code other} knows and this one does not. */
    public ReportPeriod orElse(ReportPeriod other) {
        return new ReportPeriod(date != null ? date : other.date, date != null ? precise : other.precise,
                month != 0 ? month : other.month, previous || other.previous, symbol != null ? symbol : other.symbol,
                ordinal != 0 ? ordinal : other.ordinal);
    }

    /** "February 2023", "May". */
    public @Nullable String label() {
        if (date != null) {
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
        }
        if (month != 0) {
            return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return null;
    }

    private static int month(String name) {
        return monthNumber(name);
    }

    /** The number of a month named in English, in full or short ("Aug.", "august"), or 0 when it is none. */
    static int monthNumber(String name) {
        if (name == null || name.length() < 3) {
            return 0;
        }
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    /** The day in {@code year}, or else the latest such day not long after the anchor; absent without either. */
    private static @Nullable LocalDate dayIn(String year, int month, int day, LocalDate anchor) {
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, day);
            }
            if (anchor == null) {
                return null;
            }
            LocalDate d = LocalDate.of(anchor.getYear(), month, day);
            return d.isAfter(anchor.plusDays(7)) ? d.minusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static YearMonth monthIn(String year, int month, LocalDate anchor) {
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month);
        }
        if (anchor == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(anchor.getYear(), month);
        return ym.isAfter(YearMonth.from(anchor)) ? ym.minusYears(1) : ym;
    }

    private static DayOfWeek weekday(String stem) {
        return switch (stem) {
            case "Mon" -> DayOfWeek.MONDAY;
            case "Tues" -> DayOfWeek.TUESDAY;
            case "Wednes" -> DayOfWeek.WEDNESDAY;
            case "Thurs" -> DayOfWeek.THURSDAY;
            case "Fri" -> DayOfWeek.FRIDAY;
            case "Satur" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    /** The last {@code day} on or before {@code anchor}: news says "on Tuesday" for this week's Tuesday. */
    private static LocalDate lastWeekday(LocalDate anchor, DayOfWeek day) {
        int back = (anchor.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        return anchor.minusDays(back);
    }
}
