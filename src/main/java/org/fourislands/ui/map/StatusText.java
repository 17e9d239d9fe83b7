package org.fourislands.ui.map;

import java.util.stream.Collectors;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.status.IslandStatus;

/** Plain-language status of an island on a date, for tooltips and screen readers. */
public final class StatusText {

    private StatusText() {}

    /** E.g. "Kunashiri / Kunashir — administered by USSR since 1 September 1945; also claimed by Japan". */
    public static String describe(Island island, IslandStatus status, Dataset dataset, NamingConvention naming, Script script) {
        StringBuilder text = new StringBuilder(island.names().display(naming, script));
        if (!island.names().en().equals(text.toString())) {
            text.append(" (").append(island.names().en()).append(')');
        }
        if (status.administrator() == null) {
            return text.append(" — no administration recorded on this date").toString();
        }
        text.append(" — administered by ").append(status.administrator().names().en());
        if (status.period() != null) {
            text.append(" since ").append(status.period().from().toDisplayText());
        }
        if (status.isContested()) {
            text.append("; also claimed by ").append(status.otherClaims().stream()
                    .map(c -> dataset.actor(c.claimantId()).map(a -> a.names().en()).orElse(c.claimantId()))
                    .distinct().collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
