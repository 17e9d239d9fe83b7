package org.fourislands.ui.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.time.DatePrecision;

/**
 * The filtered events split into one lane per category, each sorted by start day, with the
 * primitive arrays the layout binary-searches. Built once per dataset or filter change.
 * Immutable; no JavaFX.
 */
final class TimelineLanes {

    /** One lane's events in start order, with their start and end days. */
    static final class Lane {
        final EventCategory category;
        final HistoricalEvent[] events;
        final double[] starts;
        final double[] ends;
        /**
         * The latest end among events {@code 0..i}: non-decreasing, so a binary search finds the
         * first event that reaches a day even when one long event precedes many short ones.
         */
        final double[] endsSoFar;
        /** Whether the event's date covers more than a day (a range, or a month or year): it may become a bar. */
        final boolean[] coversMoreThanADay;
        final int[] importance;

        Lane(EventCategory category, List<HistoricalEvent> sorted) {
            this.category = category;
            events = sorted.toArray(HistoricalEvent[]::new);
            starts = new double[events.length];
            ends = new double[events.length];
            endsSoFar = new double[events.length];
            coversMoreThanADay = new boolean[events.length];
            importance = new int[events.length];
            double latest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < events.length; i++) {
                HistoricalEvent event = events[i];
                starts[i] = event.startEpochDay();
                ends[i] = event.endEpochDayExclusive();
                latest = Math.max(latest, ends[i]);
                endsSoFar[i] = latest;
                coversMoreThanADay[i] = event.isRange() || event.date().precision() != DatePrecision.DAY;
                importance[i] = event.importance();
            }
        }

        /** Index of the first event that may still be visible at {@code day}: every earlier one ends by then. */
        int firstReaching(double day) {
            int lo = 0;
            int hi = endsSoFar.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (endsSoFar[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    final List<Lane> lanes;

    TimelineLanes(List<HistoricalEvent> filteredInDateOrder) {
        Map<EventCategory, List<HistoricalEvent>> byCategory = new EnumMap<>(EventCategory.class);
        for (EventCategory category : EventCategory.values()) {
            byCategory.put(category, new ArrayList<>());
        }
        for (HistoricalEvent event : filteredInDateOrder) {
            byCategory.get(event.category()).add(event);
        }
        List<Lane> built = new ArrayList<>();
        byCategory.forEach((category, events) -> {
            // Dataset order is by date then id; the layout needs start-day order, which that already is.
            built.add(new Lane(category, events));
        });
        lanes = List.copyOf(built);
    }
}
