package org.fourislands.core.model;

/** A settlement, cape, strait or military site, with its names and position. */
public record Place(String id, Names names, String kind, GeoPoint position, String islandId, String note) {}
