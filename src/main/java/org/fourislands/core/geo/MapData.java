package org.fourislands.core.geo;

import java.util.concurrent.CompletableFuture;

/**
 * The base geography the map views share: the coastlines, the locator outline and the
 * graticule, all projected on one {@link EqualAreaProjection}. Immutable and thread-safe.
 */
public record MapData(EqualAreaProjection projection, BaseMap coastline, BaseMap locator, Graticule graticule) {

    /** Loads the bundled map data; the coastline's simplification is the slow part, so run it off the UI thread. */
    public static MapData loadBundled() {
        EqualAreaProjection projection = new EqualAreaProjection();
        CompletableFuture<BaseMap> locator = CompletableFuture.supplyAsync(() -> BaseMap.loadLocator(projection));
        BaseMap coastline = BaseMap.loadBundled(projection);
        return new MapData(projection, coastline, locator.join(), new Graticule(projection));
    }
}
