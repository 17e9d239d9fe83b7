package org.fourislands.ui.state;

/** The panels a student studies in, beside the map; one is in front at a time. */
public enum StudyPanel {
    DETAILS("Details"),
    GLOSSARY("Glossary"),
    SOURCES("Sources");

    private final String label;

    StudyPanel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
