package org.fourislands.core.model;

import java.util.List;
import org.fourislands.core.time.HistoricalDate;

/**
 * A border line and the period it was in force ({@code to} exclusive, null while in force). The
 * {@code label} is short, for the map; the {@code note} explains the line (may be null).
 */
public record Border(
        String id,
        String label,
        BorderKind kind,
        HistoricalDate from,
        HistoricalDate to,
        String beganWithEventId,
        String endedWithEventId,
        String note,
        List<List<GeoPoint>> lines,
        List<Citation> sources) {

    public Border {
        lines = lines.stream().map(List::copyOf).toList();
        sources = List.copyOf(sources);
    }
}
