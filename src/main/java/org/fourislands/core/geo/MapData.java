package org.fourislands.core.geo;

import java.util.concurrent.CompletableFuture;

/**
 * The base geography the map views share: the coastlines, the locator outline, the land beyond
 * the coastlines' box and the graticule, all projected on one {@link EqualAreaProjection}.
 * Immutable and thread-safe.
 */
public record MapData(EqualAreaProjection projection, BaseMap coastline, BaseMap locator, LandBeyond landBeyond, Graticule graticule) {

    /** Loads the bundled map data with every level of detail; run it off the UI thread. */
    public static MapData loadBundled() {
        return loadBundledFullDetailOnly().withLevelsOfDetail();
    }

    /**
     * Loads the bundled map data at full detail only, which is enough for a first frame; follow
     * with {@link #withLevelsOfDetail()} for fast redraws when zoomed out.
     */
    public static MapData loadBundledFullDetailOnly() {
        EqualAreaProjection projection = new EqualAreaProjection();
        CompletableFuture<BaseMap> loadingLocator = CompletableFuture.supplyAsync(() -> BaseMap.loadLocator(projection));
        BaseMap coastline = BaseMap.loadBundledFullDetailOnly(projection);
        BaseMap locator = loadingLocator.join();
        return new MapData(projection, coastline, locator, LandBeyond.load(locator, coastline), new Graticule(projection));
    }

    /** The same data with the coastline's simplified levels computed. */
    public MapData withLevelsOfDetail() {
        return new MapData(projection, coastline.withLevelsOfDetail(), locator, landBeyond, graticule);
    }
}
