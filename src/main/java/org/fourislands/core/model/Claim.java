package org.fourislands.core.model;

import java.util.List;
import org.fourislands.core.time.HistoricalDate;

/** A party's claim to an island over a period, with its stated basis. {@code to} is exclusive. */
public record Claim(
        String islandId,
        String claimantId,
        HistoricalDate from,
        HistoricalDate to,
        String basis,
        String basisEventId,
        List<Citation> sources) {

    public Claim {
        sources = List.copyOf(sources);
    }
}
