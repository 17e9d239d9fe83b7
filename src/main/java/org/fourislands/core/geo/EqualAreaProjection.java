package org.fourislands.core.geo;

import org.fourislands.core.model.GeoPoint;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Lambert azimuthal equal-area on the WGS84 ellipsoid, centred at 146°E 44°N, in metres. Equal
 * area means polygon areas measured on it are true areas, which is why island areas are
 * computed here. Thread-safe (Proj4J transforms are not, so calls are serialised; the map
 * projects once at load, not per frame).
 */
public final class EqualAreaProjection {

    public static final double CENTRE_LON = 146.0;
    public static final double CENTRE_LAT = 44.0;
    static final String PROJ4 = "+proj=laea +lat_0=44 +lon_0=146 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs";

    private final CoordinateTransform forward;
    private final CoordinateTransform inverse;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    public EqualAreaProjection() {
        CRSFactory factory = new CRSFactory();
        CoordinateReferenceSystem wgs84 = factory.createFromParameters("WGS84", "+proj=longlat +ellps=WGS84 +datum=WGS84 +no_defs");
        CoordinateReferenceSystem laea = factory.createFromParameters("LAEA-146-44", PROJ4);
        forward = new BasicCoordinateTransform(wgs84, laea);
        inverse = new BasicCoordinateTransform(laea, wgs84);
    }

    /** Projects longitude/latitude in degrees; writes x into {@code xy[0]} and y (north up) into {@code xy[1]}. */
    public synchronized void project(double lon, double lat, double[] xy) {
        in.x = lon;
        in.y = lat;
        forward.transform(in, out);
        xy[0] = out.x;
        xy[1] = out.y;
    }

    public synchronized GeoPoint unproject(double x, double y) {
        in.x = x;
        in.y = y;
        inverse.transform(in, out);
        return new GeoPoint(out.x, out.y);
    }
}
