package org.fourislands.core.model;

/** Whose reading an interpretation is. */
public enum Perspective implements JsonNamed {
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

    @Override
    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    public static Perspective fromJson(String name) {
        return JsonNamed.fromJson(Perspective.class, name);
    }
}
