package org.fourislands.core.query;

import java.util.Set;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.model.HistoricalEvent;

/**
 * Which events to show: by category, actor and island. An empty set means "any". Applies to the
 * timeline, the event browser and the map's markers alike. Immutable.
 */
public record EventFilter(Set<EventCategory> categories, Set<String> actorIds, Set<String> islandIds) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of());

    public EventFilter {
        categories = Set.copyOf(categories);
        actorIds = Set.copyOf(actorIds);
        islandIds = Set.copyOf(islandIds);
    }

    public boolean isActive() {
        return !categories.isEmpty() || !actorIds.isEmpty() || !islandIds.isEmpty();
    }

    public boolean matches(HistoricalEvent event) {
        return (categories.isEmpty() || categories.contains(event.category()))
                && (actorIds.isEmpty() || event.actorIds().stream().anyMatch(actorIds::contains))
                && (islandIds.isEmpty() || event.islandIds().stream().anyMatch(islandIds::contains));
    }

    public EventFilter withCategories(Set<EventCategory> newCategories) {
        return new EventFilter(newCategories, actorIds, islandIds);
    }

    public EventFilter withActors(Set<String> newActors) {
        return new EventFilter(categories, newActors, islandIds);
    }

    public EventFilter withIslands(Set<String> newIslands) {
        return new EventFilter(categories, actorIds, newIslands);
    }
}
