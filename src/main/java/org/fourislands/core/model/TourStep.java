package org.fourislands.core.model;

/** One step of a guided tour: an event, a caption in large type, and optionally a map view. */
public record TourStep(String eventId, String caption, MapExtent view) {}
