package org.fourislands.ui.export;

import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.ui.state.ExplorerState;

/** The data an export draws: the dataset with its indexes, and the base map. Immutable, so exports may run on any thread. */
public record ExportSource(Dataset dataset, IslandStatusIndex statusIndex, NameResolver names, MapData mapData) {

    /** What the explorer shows now. FX thread. */
    public static ExportSource of(ExplorerState state) {
        return new ExportSource(state.getDataset(), state.getStatusIndex(), state.nameResolver(), state.getMapData());
    }

    public static ExportSource of(Dataset dataset, MapData mapData) {
        return new ExportSource(dataset, new IslandStatusIndex(dataset), new NameResolver(dataset), mapData);
    }
}
