package org.fourislands.core.geo;

import net.sf.geographiclib.Geodesic;
import org.fourislands.core.model.GeoPoint;

/** Distances on the WGS84 ellipsoid (Karney's algorithm), accurate to millimetres. Thread-safe. */
public final class Geodesy {

    private Geodesy() {}

    /** The geodesic distance between two points, in kilometres. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        return Geodesic.WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon()).s12 / 1000.0;
    }
}
