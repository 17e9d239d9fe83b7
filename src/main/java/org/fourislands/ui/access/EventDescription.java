package org.fourislands.ui.access;

import java.util.ArrayList;
import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.ui.map.StatusText;
import org.fourislands.ui.state.ExplorerState;

/**
 * Events as plain sentences, in the current naming convention: for the timeline's accessible
 * text, and for the plain-text event list that offers what the canvases show to a screen reader.
 */
public final class EventDescription {

    private EventDescription() {}

    /** E.g. "2 February 1946, Administration: … Islands: Kunashiri / Kunashir — administered by USSR since …". */
    public static String describe(ExplorerState state, HistoricalEvent event) {
        StringBuilder text = new StringBuilder()
                .append(event.date().toDisplayText()).append(", ").append(event.category().label()).append(": ")
                .append(state.render(event.title())).append('.');
        List<String> statuses = islandStatuses(state, event);
        if (!statuses.isEmpty()) {
            text.append(" Islands on that date: ").append(String.join("; ", statuses)).append('.');
        }
        return text.toString();
    }

    private static List<String> islandStatuses(ExplorerState state, HistoricalEvent event) {
        Dataset dataset = state.getDataset();
        IslandStatusIndex index = state.getStatusIndex();
        List<String> statuses = new ArrayList<>();
        if (dataset == null || index == null) {
            return statuses;
        }
        for (String islandId : event.islandIds()) {
            Island island = dataset.island(islandId).orElse(null);
            if (island != null) {
                statuses.add(StatusText.describe(island, index.statusOn(islandId, event.date()), dataset, state.getNaming(), state.getScript()));
            }
        }
        return statuses;
    }

    /** Every filtered event, one paragraph each, with a heading line that says what the list holds. */
    public static String listing(ExplorerState state) {
        List<HistoricalEvent> events = state.getFilteredEvents();
        StringBuilder text = new StringBuilder();
        text.append(events.size()).append(state.getFilter().isActive() ? " events (filtered)" : " events").append(", in date order.\n\n");
        for (HistoricalEvent event : events) {
            text.append(describe(state, event)).append('\n').append(state.render(event.summary())).append("\n\n");
        }
        return text.toString();
    }
}
