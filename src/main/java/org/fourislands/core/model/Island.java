package org.fourislands.core.model;

/**
 * An island unit. Map polygons carry the unit's id. A Habomai islet names its group in
 * {@code partOf} and shares the group's administration and claims.
 */
public record Island(String id, Names names, IslandRole role, String partOf, GeoPoint labelPoint, String note) {

    public boolean isDisputed() {
        return role == IslandRole.DISPUTED;
    }

    /** The unit whose administration and claims apply to this one. */
    public String statusUnitId() {
        return partOf != null ? partOf : id;
    }
}
