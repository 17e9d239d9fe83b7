package org.fourislands.core.geo;

import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.locationtech.jts.geom.Envelope;

/** The map areas worth framing: island units with their islets, an event's islands and places, the four islands. */
public final class MapExtents {

    /** An event's area is at least this wide and high, so a single place is shown with its surroundings. */
    private static final double MIN_EVENT_EXTENT_METRES = 40_000;

    private MapExtents() {}

    /** The extent of these island units, islets included; empty (isNull) when none is on the map. */
    public static Envelope ofIslands(BaseMap map, Dataset dataset, List<String> islandIds) {
        List<String> withIslets = dataset.islands().stream()
                .filter(i -> islandIds.contains(i.id()) || (i.partOf() != null && islandIds.contains(i.partOf())))
                .map(Island::id).toList();
        return map.extentOf(withIslets);
    }

    /** The four disputed islands. */
    public static Envelope ofDisputedIslands(BaseMap map, Dataset dataset) {
        return ofIslands(map, dataset, dataset.islands().stream().filter(Island::isDisputed).map(Island::id).toList());
    }

    /** An event's islands and the places on the map it names; empty when it has neither. */
    public static Envelope ofEvent(BaseMap map, Dataset dataset, HistoricalEvent event) {
        Envelope extent = ofIslands(map, dataset, event.islandIds());
        for (String placeId : event.placeIds()) {
            dataset.place(placeId).ifPresent(place -> {
                double[] xy = map.project(place.position());
                if (map.bounds().contains(xy[0], xy[1])) {
                    extent.expandToInclude(xy[0], xy[1]);
                }
            });
        }
        if (!extent.isNull() && (extent.getWidth() < MIN_EVENT_EXTENT_METRES || extent.getHeight() < MIN_EVENT_EXTENT_METRES)) {
            extent.expandBy(Math.max(0, (MIN_EVENT_EXTENT_METRES - extent.getWidth()) / 2),
                    Math.max(0, (MIN_EVENT_EXTENT_METRES - extent.getHeight()) / 2));
        }
        return extent;
    }
}
