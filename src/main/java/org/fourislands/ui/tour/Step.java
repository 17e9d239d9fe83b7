package org.fourislands.ui.tour;

import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.MapExtent;

/**
 * One stop when stepping through a lesson: the event, the text to show with it (may hold
 * {@code {{id}}} name tokens), and the map view the tour asks for, or null to frame the event.
 */
public record Step(HistoricalEvent event, String caption, MapExtent view) {}
