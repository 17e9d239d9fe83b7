package org.fourislands.core.model;

/** The lane an event sits in on the timeline. */
public enum EventCategory {
    TREATY("treaty", "Treaties"),
    DIPLOMACY("diplomacy", "Diplomacy"),
    WAR("war", "War"),
    ADMINISTRATION("administration", "Administration"),
    MILITARY("military", "Military"),
    ECONOMY("economy", "Economy"),
    SOCIETY("society", "Society & opinion");

    private final String jsonName;
    private final String label;

    EventCategory(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    public static EventCategory fromJson(String name) {
        for (EventCategory category : values()) {
            if (category.jsonName.equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category " + name);
    }
}
