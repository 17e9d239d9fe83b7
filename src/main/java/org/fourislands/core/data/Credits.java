package org.fourislands.core.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.fourislands.core.model.Dataset;

/** The credits and licences the About box and the exports show. */
public final class Credits {

    private Credits() {}

    /** A licence text that ships inside the application, under {@code licenses/}. */
    public record Licence(String title, String resource) {

        /** The licence's full text. */
        public String text() {
            return new String(ClassPathResources.bytes(resource), StandardCharsets.UTF_8);
        }
    }

    /**
     * The licences of what the application redistributes: the GPL the application is under (as
     * JFreeSVG is, decision 0015), the list of its libraries, the LGPL for the coastlines, the
     * texts the libraries' licences ask to travel with them, and the OFL for the font, with the
     * font's copyright.
     */
    public static final List<Licence> LICENCES = List.of(
            new Licence("Four Islands and JFreeSVG — GNU GPL 3.0 or later (also the LGPL's base)", "/licenses/GPL-3.0.txt"),
            new Licence("The libraries it runs on, their versions and licences", "/licenses/THIRD-PARTY.txt"),
            new Licence("GSHHG coastlines — GNU LGPL 3.0 or later", "/licenses/GSHHG-LGPL-3.0.txt"),
            new Licence("Apache License 2.0 (Jackson, PDFBox, picocli, Proj4J…)", "/licenses/Apache-2.0.txt"),
            new Licence("MIT licence of SLF4J", "/licenses/MIT-SLF4J.txt"),
            new Licence("Noto Sans CJK JP — SIL Open Font License 1.1", "/licenses/OFL-1.1.txt"),
            new Licence("Noto Sans CJK JP — copyright", "/licenses/NotoSansCJK-copyright.txt"));

    /**
     * Who holds the coastlines' copyright (maps/README.md): the GMT team. Wessel & Smith (1996)
     * is the paper GSHHG is cited by, which the About box gives too; the footer has room only for the holder.
     */
    private static final String COASTLINE_HOLDER = "© the GMT team";

    /** The coastlines' licence, in its SPDX name: the LGPL 3.0 "or later", as GSHHG grants it. */
    private static final String COASTLINE_LICENCE = "LGPL-3.0-or-later";

    /** The coastline credit, short enough for an export's footer. */
    public static final String COASTLINE_SHORT = "Coastlines: GSHHG 2.3.7, " + COASTLINE_HOLDER + ", " + COASTLINE_LICENCE;

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
                + COASTLINE_HOLDER + "; Wessel & Smith (1996). Licensed under the GNU LGPL 3.0 or later (" + COASTLINE_LICENCE + ").\n\n"
                + "Type: Noto Sans CJK JP (subset; it draws all the text, Latin, Cyrillic and Japanese), "
                + "© Adobe / Google, SIL Open Font License 1.1.\n\n"
                + "Four Islands is free software under the GNU GPL 3.0 or later. It runs on OpenJFX, Jackson, JTS, Proj4J, "
                + "GeographicLib, JFreeSVG, PDFBox, picocli and Apache Commons, each under its own licence.\n\n"
                + "The licence texts and the list of libraries ship inside the application (its jar's licenses folder): "
                + "Show Details reads them.\n"
                + "The app takes no side: names follow your chosen convention, and every claim is attributed.";
    }
}
