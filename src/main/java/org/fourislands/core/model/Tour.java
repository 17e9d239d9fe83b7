package org.fourislands.core.model;

import java.util.List;

/** An ordered walk through events for a lesson, with the naming and lanes it wants. */
public record Tour(
        String id, String title, String description, NamingConvention naming, List<EventCategory> categories, List<TourStep> steps) {

    public Tour {
        categories = List.copyOf(categories);
        steps = List.copyOf(steps);
    }
}
