package org.fourislands.core.model;

/** A longitude/latitude box the map should show. */
public record MapExtent(double west, double south, double east, double north) {

    public MapExtent {
        if (!(west < east) || !(south < north)) {
            throw new IllegalArgumentException("empty extent " + west + "," + south + "," + east + "," + north);
        }
    }
}
