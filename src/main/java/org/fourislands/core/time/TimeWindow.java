package org.fourislands.core.time;

import java.util.Locale;

/**
 * A span of time on the timeline's axis, in epoch days (fractional), start inclusive and end
 * exclusive. Immutable; zooms and pans return new windows.
 */
public record TimeWindow(double start, double end) {

    /** The narrowest window: a few days, so that single days can be told apart. */
    public static final double MIN_SPAN_DAYS = 4;
    /** The widest: long enough for 1798 to 2024 with margin. */
    public static final double MAX_SPAN_DAYS = 260 * 365.25;

    public TimeWindow {
        if (!(end > start)) {
            throw new IllegalArgumentException("empty window " + start + " – " + end);
        }
    }

    /** The window from the start of {@code from} to the end of {@code to}. */
    public static TimeWindow covering(HistoricalDate from, HistoricalDate to) {
        return new TimeWindow(from.startEpochDay(), to.endEpochDayExclusive());
    }

    /**
     * The window a user chose, from the start of {@code from} to the end of {@code to}, each
     * included whole: 1956-10 to 1956 is October to December 1956. The command line and the
     * export dialog check a range by this one rule, and its messages name the two dates as the
     * user knows them ({@code fromName}, {@code toName}: "--from", or "“From”" in the dialog).
     *
     * @throws IllegalArgumentException "--to must be after --from" when {@code to} ends before
     *     {@code from} starts, "--from to --to must span at least 4 days, not 3" when the window
     *     would be narrower than {@link #MIN_SPAN_DAYS}
     */
    public static TimeWindow between(HistoricalDate from, HistoricalDate to, String fromName, String toName) {
        long days = to.endEpochDayExclusive() - from.startEpochDay();
        if (days <= 0) {
            throw new IllegalArgumentException(toName + " must be after " + fromName);
        }
        if (days < MIN_SPAN_DAYS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s to %s must span at least %d days, not %d",
                    fromName, toName, (long) MIN_SPAN_DAYS, days));
        }
        return covering(from, to);
    }

    /** The day the window starts in. */
    public HistoricalDate firstDay() {
        return HistoricalDate.ofEpochDay((long) Math.floor(start));
    }

    /** The last day the window reaches into (its end is exclusive). */
    public HistoricalDate lastDay() {
        return HistoricalDate.ofEpochDay((long) Math.ceil(end) - 1);
    }

    public double span() {
        return end - start;
    }

    public double centre() {
        return (start + end) / 2;
    }

    public boolean contains(double day) {
        return day >= start && day < end;
    }

    /** Zooms by {@code factor} (>1 zooms in) keeping {@code anchorDay} at the same place on screen. */
    public TimeWindow zoomAround(double anchorDay, double factor) {
        double newSpan = Math.clamp(span() / factor, MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        double ratio = (anchorDay - start) / span();
        double newStart = anchorDay - ratio * newSpan;
        return new TimeWindow(newStart, newStart + newSpan);
    }

    public TimeWindow panByDays(double days) {
        return new TimeWindow(start + days, end + days);
    }

    /** The same span moved so that {@code day} is visible, with a margin of a tenth of the span. */
    public TimeWindow reveal(double day) {
        double margin = span() / 10;
        if (day < start + margin) {
            return panByDays(day - start - margin);
        }
        if (day > end - margin) {
            return panByDays(day - end + margin);
        }
        return this;
    }

    /** This window moved, not resized, to lie within {@code bounds}; one wider than them becomes them. */
    public TimeWindow keptWithin(TimeWindow bounds) {
        if (span() >= bounds.span()) {
            return bounds;
        }
        if (start < bounds.start) {
            return panByDays(bounds.start - start);
        }
        return end > bounds.end ? panByDays(bounds.end - end) : this;
    }

    /** Screen x of a day in a view {@code width} pixels wide. */
    public double toX(double day, double width) {
        return (day - start) / span() * width;
    }

    public double toDay(double x, double width) {
        return start + x / width * span();
    }

    public TimeWindow interpolate(TimeWindow target, double t) {
        return new TimeWindow(start + (target.start - start) * t, end + (target.end - end) * t);
    }
}
