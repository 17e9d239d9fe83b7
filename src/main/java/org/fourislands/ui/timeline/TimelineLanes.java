package org.fourislands.ui.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.model.HistoricalEvent;

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
        /** The longest event in the lane, so that a window search can reach back far enough. */
        final double longest;

        Lane(EventCategory category, List<HistoricalEvent> sorted) {
            this.category = category;
            events = sorted.toArray(HistoricalEvent[]::new);
            starts = new double[events.length];
            ends = new double[events.length];
            double max = 0;
            for (int i = 0; i < events.length; i++) {
                starts[i] = events[i].startEpochDay();
                ends[i] = events[i].endEpochDayExclusive();
                max = Math.max(max, ends[i] - starts[i]);
            }
            longest = max;
        }

        /** Index of the first event that may still be visible at {@code day}. */
        int firstReaching(double day) {
            double from = day - longest;
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < from) {
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
