package org.fourislands.ui.export;

/** What an export shows. */
public enum ExportKind {
    TIMELINE("Timeline"),
    MAP("Map"),
    SLIDE("Slide: map, caption and timeline"),
    POLL("Opinion poll chart");

    private final String label;

    ExportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
