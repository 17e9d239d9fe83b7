package org.fourislands.core.status;

import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;

/** Questions about an island unit that need the whole dataset: its islets and its events. */
public final class IslandFacts {

    private IslandFacts() {}

    /** The unit and, for a group such as Habomai, every islet in it. */
    public static List<String> unitAndIslets(Dataset dataset, String islandId) {
        return dataset.islands().stream()
                .filter(i -> i.id().equals(islandId) || islandId.equals(i.partOf()))
                .map(Island::id)
                .toList();
    }

    /** Events that name the island, its group, or one of its islets, in date order. */
    public static List<HistoricalEvent> eventsTouching(Dataset dataset, String islandId) {
        Island island = dataset.island(islandId).orElse(null);
        List<String> related = unitAndIslets(dataset, islandId);
        String group = island == null ? null : island.partOf();
        return dataset.events().stream()
                .filter(e -> e.islandIds().stream().anyMatch(id -> related.contains(id) || id.equals(group)))
                .toList();
    }
}
