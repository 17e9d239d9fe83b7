package org.fourislands.ui.map;

import java.util.List;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.Graticule;
import org.fourislands.core.geo.LandBeyond;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.render.Palette;

/**
 * Everything one map drawing needs, snapshotted from the view (or an export's options) so that
 * the renderer reads no property and can run on any thread.
 *
 * @param baseMap the coastlines, or null while they load
 * @param landBeyond the land beyond the coastlines' box, drawn with them; null for none
 * @param epochDay the date whose status and borders are shown
 * @param title a heading drawn top left (the date, or an export's title); null for none
 * @param showFurniture draw title, scale bar and locator inset
 * @param showLegend draw the legend of fills, hatching and borders
 * @param crosshair draw the distance tool's crosshair at the centre, where the keyboard sets its
 *     points (with one point set, the line and its length run to it)
 */
public record MapFrame(
        BaseMap baseMap,
        BaseMap locator,
        LandBeyond landBeyond,
        Graticule graticule,
        MapViewport viewport,
        Dataset dataset,
        IslandStatusIndex statusIndex,
        NameResolver names,
        long epochDay,
        String title,
        NamingConvention naming,
        Script script,
        String selectedIslandId,
        String hoverIslandId,
        List<GeoPoint> measurePoints,
        Palette palette,
        boolean showFurniture,
        boolean showLegend,
        boolean crosshair) {

    public MapFrame {
        measurePoints = List.copyOf(measurePoints);
    }
}
