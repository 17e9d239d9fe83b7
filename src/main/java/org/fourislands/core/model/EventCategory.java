package org.fourislands.core.model;

/** The lane an event sits in on the timeline. */
public enum EventCategory implements JsonNamed {
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

    @Override
    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    public static EventCategory fromJson(String name) {
        return JsonNamed.fromJson(EventCategory.class, name);
    }
}
