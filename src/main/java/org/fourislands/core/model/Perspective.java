package org.fourislands.core.model;

/** Whose reading an interpretation is. */
public enum Perspective {
    JAPAN_GOVERNMENT("japan-government", "Japanese government"),
    RUSSIA_GOVERNMENT("russia-government", "Soviet/Russian government"),
    US_GOVERNMENT("us-government", "United States"),
    SCHOLAR("scholar", "Scholar"),
    JOURNALIST("journalist", "Journalist");

    private final String jsonName;
    private final String label;

    Perspective(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    public static Perspective fromJson(String name) {
        for (Perspective perspective : values()) {
            if (perspective.jsonName.equals(name)) {
                return perspective;
            }
        }
        throw new IllegalArgumentException("unknown perspective " + name);
    }
}
