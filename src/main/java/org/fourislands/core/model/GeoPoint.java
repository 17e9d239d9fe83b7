package org.fourislands.core.model;

/** A WGS84 position in degrees, longitude first as in GeoJSON. */
public record GeoPoint(double lon, double lat) {

    public GeoPoint {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a WGS84 position: [" + lon + ", " + lat + "]");
        }
    }
}
