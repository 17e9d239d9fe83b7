package org.fourislands.core.geo;

import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * One land polygon of the base map, projected, with the island unit it belongs to (null for
 * land outside the dataset's units, such as the mainland or Kamchatka).
 */
public record LandPolygon(int index, String islandId, Polygon projected, PreparedGeometry prepared, double areaKm2) {}
