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

    /** Whether it shows the timeline, over a range (from, to), and so its status strips. */
    public boolean hasTimeline() {
        return this == TIMELINE || this == SLIDE;
    }

    /** Whether it shows a date: the map's, or the timeline's playhead. */
    public boolean hasDate() {
        return this != POLL;
    }
}
