package org.fourislands.core.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adaptive ticks for the time axis: 50, 10, 5 and 1 years, quarters, months, weeks and days.
 * The finest unit whose ticks stay at least {@code minSpacingPx} apart is chosen, so labels
 * never overlap. Pure functions; thread-safe.
 */
public final class TickScale {

    /** "Jan" to "Dec", looked up once: {@code Month.getDisplayName} builds a formatter on every call, for every tick. */
    private static final String[] SHORT_MONTHS = java.util.Arrays.stream(java.time.Month.values())
            .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toArray(String[]::new);

    /** A tick unit: its approximate length, for choosing, and how to step and label it. */
    public enum Unit {
        FIFTY_YEARS(50 * 365.25),
        TEN_YEARS(10 * 365.25),
        FIVE_YEARS(5 * 365.25),
        YEAR(365.25),
        QUARTER(91.3),
        MONTH(30.44),
        WEEK(7),
        DAY(1);

        private final double approxDays;

        Unit(double approxDays) {
            this.approxDays = approxDays;
        }

        public double approxDays() {
            return approxDays;
        }
    }

    /** One tick: where it is and what it says. */
    public record Tick(double day, String label, boolean major) {}

    private TickScale() {}

    /** The finest unit whose ticks are at least {@code minSpacingPx} apart in a view of that width. */
    public static Unit unitFor(TimeWindow window, double widthPx, double minSpacingPx) {
        double pxPerDay = widthPx / window.span();
        Unit chosen = Unit.FIFTY_YEARS;
        for (Unit unit : Unit.values()) {
            if (unit.approxDays() * pxPerDay >= minSpacingPx) {
                chosen = unit;
            }
        }
        return chosen;
    }

    /** The ticks of {@code unit} inside {@code window}, in order. */
    public static List<Tick> ticks(TimeWindow window, Unit unit) {
        List<Tick> ticks = new ArrayList<>();
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(window.start()));
        LocalDate tick = alignDown(first, unit);
        while (tick.toEpochDay() < window.end()) {
            if (tick.toEpochDay() >= window.start()) {
                ticks.add(new Tick(tick.toEpochDay(), label(tick, unit), isMajor(tick, unit)));
            }
            tick = next(tick, unit);
        }
        return ticks;
    }

    static LocalDate alignDown(LocalDate date, Unit unit) {
        return switch (unit) {
            case FIFTY_YEARS -> LocalDate.of(Math.floorDiv(date.getYear(), 50) * 50, 1, 1);
            case TEN_YEARS -> LocalDate.of(Math.floorDiv(date.getYear(), 10) * 10, 1, 1);
            case FIVE_YEARS -> LocalDate.of(Math.floorDiv(date.getYear(), 5) * 5, 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> date.withDayOfMonth(1);
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case DAY -> date;
        };
    }

    static LocalDate next(LocalDate date, Unit unit) {
        return switch (unit) {
            case FIFTY_YEARS -> date.plusYears(50);
            case TEN_YEARS -> date.plusYears(10);
            case FIVE_YEARS -> date.plusYears(5);
            case YEAR -> date.plusYears(1);
            case QUARTER -> date.plusMonths(3);
            case MONTH -> date.plusMonths(1);
            case WEEK -> date.plusWeeks(1);
            case DAY -> date.plusDays(1);
        };
    }

    /**
     * "1950"; "Q3 1945"; a month "Aug", with its year in January ("Jan 1946"); a week or day
     * "28 Aug", with its year on the first of a month and in a year's first week ("1 Sep 1945",
     * "3 Jan 1946").
     */
    static String label(LocalDate date, Unit unit) {
        String month = SHORT_MONTHS[date.getMonthValue() - 1];
        return switch (unit) {
            case FIFTY_YEARS, TEN_YEARS, FIVE_YEARS, YEAR -> Integer.toString(date.getYear());
            case QUARTER -> "Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear();
            case MONTH -> date.getMonthValue() == 1 ? month + " " + date.getYear() : month;
            case WEEK, DAY -> date.getDayOfMonth() + " " + month + (date.getDayOfMonth() == 1 || date.getDayOfYear() <= 7 ? " " + date.getYear() : "");
        };
    }

    private static boolean isMajor(LocalDate date, Unit unit) {
        return switch (unit) {
            case FIFTY_YEARS -> date.getYear() % 100 == 0;
            case TEN_YEARS -> date.getYear() % 50 == 0;
            case FIVE_YEARS -> date.getYear() % 10 == 0;
            case YEAR -> date.getYear() % 5 == 0;
            case QUARTER, MONTH -> date.getMonthValue() == 1;
            case WEEK -> date.getDayOfMonth() <= 7;
            case DAY -> date.getDayOfMonth() == 1 || date.getDayOfWeek().getValue() == 1;
        };
    }
}
