package org.fourislands.core.data;

import java.util.Locale;
import org.fourislands.core.model.Dataset;

/** The credits and licences the About box and the exports show. */
public final class Credits {

    private Credits() {}

    /** The coastline credit, short enough for an export's footer. */
    public static final String COASTLINE_SHORT = "Coastlines: GSHHG 2.3.7, © Wessel & Smith, LGPL-3.0";

    /** The one-line footer of an export: the data credits and the number of sources. */
    public static String footer(Dataset dataset) {
        return String.format(Locale.ROOT, "Data: Four Islands dataset, %d events from %d sources · %s · Names and claims attributed, no side taken",
                dataset.events().size(), dataset.sources().size(), COASTLINE_SHORT);
    }

    /** The About box's text. */
    public static String text(Dataset dataset) {
        String sources = dataset == null ? "" : String.format(Locale.ROOT, "Dataset: %d events from %d sources (see each event's sources).%n%n",
                dataset.events().size(), dataset.sources().size());
        return sources
                + "Coastlines: GSHHG — Global Self-consistent, Hierarchical, High-resolution Geography Database, "
                + "© the GMT team; Wessel & Smith (1996). Licensed under the GNU LGPL 3.0 or later.\n\n"
                + "Japanese text: Noto Sans CJK JP (subset), © Adobe / Google, SIL Open Font License 1.1.\n\n"
                + "Licence texts ship in the licenses folder of the application.\n"
                + "The app takes no side: names follow your chosen convention, and every claim is attributed.";
    }
}
