package org.fourislands.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that keeps its precision: {@code 1945}, {@code 1945-08} or {@code 1945-08-28}.
 *
 * <p>A date known only to the month covers that whole month; {@link #startEpochDay()} and
 * {@link #endEpochDayExclusive()} give the span it really covers, which the timeline draws
 * instead of a false exact day. Ordering is by start day, then by precision (coarser first),
 * so {@code 1945 < 1945-08 < 1945-08-01}. Instances are immutable and thread-safe.
 */
public final class HistoricalDate implements Comparable<HistoricalDate> {

    /** English month names, looked up once: {@code Month.getDisplayName} builds a formatter on every call. */
    private static final String[] MONTH_NAMES = java.util.Arrays.stream(java.time.Month.values())
            .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

    private static final Pattern ISO = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final int year;
    private final int month;
    private final int day;
    private final DatePrecision precision;
    // Cached: dates are compared and placed on the axis millions of times when 100k events load.
    private final long startEpochDay;
    private final long endEpochDayExclusive;

    public HistoricalDate(int year, int month, int day, DatePrecision precision) {
        if (precision == null) {
            throw new IllegalArgumentException("precision is required");
        }
        switch (precision) {
            case YEAR -> {
                month = 1;
                day = 1;
            }
            case MONTH -> {
                checkMonth(month);
                day = 1;
            }
            case DAY -> {
                checkMonth(month);
                if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "day %d does not exist in %04d-%02d", day, year, month));
                }
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
        LocalDate start = LocalDate.of(year, month, day);
        this.startEpochDay = start.toEpochDay();
        this.endEpochDayExclusive = switch (precision) {
            case YEAR -> start.plusYears(1).toEpochDay();
            case MONTH -> start.plusMonths(1).toEpochDay();
            case DAY -> startEpochDay + 1;
        };
    }

    public int year() {
        return year;
    }

    /** The month, 1–12 (1 for a year-precision date). */
    public int month() {
        return month;
    }

    /** The day of the month (1 for a year- or month-precision date). */
    public int day() {
        return day;
    }

    public DatePrecision precision() {
        return precision;
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "month %d is not between 01 and 12", month));
        }
    }

    public static HistoricalDate ofYear(int year) {
        return new HistoricalDate(year, 1, 1, DatePrecision.YEAR);
    }

    public static HistoricalDate ofMonth(int year, int month) {
        return new HistoricalDate(year, month, 1, DatePrecision.MONTH);
    }

    public static HistoricalDate ofDay(int year, int month, int day) {
        return new HistoricalDate(year, month, day, DatePrecision.DAY);
    }

    public static HistoricalDate ofEpochDay(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a reader-facing reason when the text is not an ISO
     *     date or names a day that does not exist, such as {@code 1956-02-30}
     */
    public static HistoricalDate parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(problemWith(text)));
    }

    /** Parses like {@link #parse}, returning empty instead of throwing. */
    public static Optional<HistoricalDate> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(ofYear(year));
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(ofMonth(year, month));
            }
            return Optional.of(ofDay(year, month, Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Why {@code text} is not a date, phrased for an error report. */
    public static String problemWith(String text) {
        if (text == null) {
            return "a date is required";
        }
        if (!ISO.matcher(text).matches()) {
            return "\"%s\" is not an ISO 8601 date (expected YYYY, YYYY-MM or YYYY-MM-DD)".formatted(text);
        }
        return "\"%s\" is not a calendar date".formatted(text);
    }

    /** First day covered by this date, as days since 1970-01-01. */
    public long startEpochDay() {
        return startEpochDay;
    }

    /**
     * The last day this date covers: the day whose status stands for the whole date, so that a
     * map of "1875" or of "August 1945" shows how that year or month ended (decision 0014).
     */
    public long lastEpochDay() {
        return endEpochDayExclusive - 1;
    }

    /** The day after the last day this date covers. */
    public long endEpochDayExclusive() {
        return endEpochDayExclusive;
    }

    /** The ISO 8601 text this date was written as. */
    public String toIso() {
        String y = year < 0 ? String.format(Locale.ROOT, "-%04d", -year) : String.format(Locale.ROOT, "%04d", year);
        return switch (precision) {
            case YEAR -> y;
            case MONTH -> y + String.format(Locale.ROOT, "-%02d", month);
            case DAY -> y + String.format(Locale.ROOT, "-%02d-%02d", month, day);
        };
    }

    /** A reader-facing form: "1945", "August 1945", "28 August 1945". */
    public String toDisplayText() {
        String monthName = MONTH_NAMES[month - 1];
        return switch (precision) {
            case YEAR -> Integer.toString(year);
            case MONTH -> monthName + " " + year;
            case DAY -> day + " " + monthName + " " + year;
        };
    }

    @Override
    public int compareTo(HistoricalDate other) {
        int byStart = Long.compare(startEpochDay, other.startEpochDay);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoricalDate date && date.startEpochDay == startEpochDay && date.precision == precision;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(startEpochDay) * 31 + precision.ordinal();
    }

    public boolean isBefore(HistoricalDate other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return toIso();
    }
}
