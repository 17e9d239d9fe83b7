package org.fourislands.core.model;

/** Which side's names the user wants to read: the product never picks one for them. */
public enum NamingConvention {
    JAPANESE("Japanese names"),
    RUSSIAN("Russian names"),
    BOTH("Both names");

    private final String label;

    NamingConvention(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
