package org.fourislands.ui.timeline;

import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.render.Palette;

/**
 * Everything one timeline drawing needs, snapshotted so that the renderer reads no property.
 *
 * @param events the filtered events in date order (the same list instance while unchanged, so the renderer can cache by identity)
 * @param searchResults events matching the search (same-instance rule)
 * @param selectedRange a range chosen for filtering or export, or null
 * @param title a heading drawn above the axis (exports), or null
 * @param showStrips draw the status strips (an export may leave them out)
 */
public record TimelineFrame(
        Dataset dataset,
        List<HistoricalEvent> events,
        IslandStatusIndex statusIndex,
        NameResolver names,
        TimeWindow window,
        double selectedDay,
        HistoricalEvent selectedEvent,
        Island selectedIsland,
        List<HistoricalEvent> searchResults,
        TimeWindow selectedRange,
        NamingConvention naming,
        Script script,
        Palette palette,
        String title,
        boolean showOverview,
        boolean showStrips) {}
