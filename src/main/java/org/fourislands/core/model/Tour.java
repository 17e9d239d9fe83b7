package org.fourislands.core.model;

import java.util.List;

/**
 * An ordered walk through events for a lesson, with the categories it shows. It sets no naming:
 * names follow the user's chosen convention, in a tour as everywhere.
 */
public record Tour(String id, String title, String description, List<EventCategory> categories, List<TourStep> steps) {

    public Tour {
        categories = List.copyOf(categories);
        steps = List.copyOf(steps);
    }
}
