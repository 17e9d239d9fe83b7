package org.fourislands.ui.export;

import java.util.Locale;

/** The file formats an export can be written in. */
public enum ExportFormat {
    PNG("PNG image"),
    SVG("SVG vector image"),
    PDF("PDF document");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a transparent background is possible (PNG only: SVG and PDF slides keep their page colour). */
    public boolean supportsTransparency() {
        return this == PNG;
    }
}
