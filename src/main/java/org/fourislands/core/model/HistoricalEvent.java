package org.fourislands.core.model;

import java.util.List;
import org.fourislands.core.time.HistoricalDate;

/**
 * Something that happened, on a date of known precision and optionally over a range. Titles
 * and summaries may contain {@code {{island-or-place-id}}} tokens, rendered in the user's naming
 * convention by {@link NameResolver}.
 */
public record HistoricalEvent(
        String id,
        HistoricalDate date,
        HistoricalDate endDate,
        String title,
        String summary,
        EventCategory category,
        int importance,
        List<String> actorIds,
        List<String> islandIds,
        List<String> placeIds,
        List<Quotation> quotations,
        List<Interpretation> interpretations,
        List<Citation> sources,
        List<String> relatedEventIds,
        List<String> tags) {

    public HistoricalEvent {
        actorIds = List.copyOf(actorIds);
        islandIds = List.copyOf(islandIds);
        placeIds = List.copyOf(placeIds);
        quotations = List.copyOf(quotations);
        interpretations = List.copyOf(interpretations);
        sources = List.copyOf(sources);
        relatedEventIds = List.copyOf(relatedEventIds);
        tags = List.copyOf(tags);
    }

    public boolean isRange() {
        return endDate != null;
    }

    /** First day the event covers, in epoch days. */
    public long startEpochDay() {
        return date.startEpochDay();
    }

    /** The day after the last day the event covers, honouring the precision of both ends. */
    public long endEpochDayExclusive() {
        return (endDate != null ? endDate : date).endEpochDayExclusive();
    }
}
