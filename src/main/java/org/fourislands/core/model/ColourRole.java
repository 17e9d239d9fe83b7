package org.fourislands.core.model;

/**
 * The palette slot an actor is drawn with. Themes map each role to a colour; the data never
 * names colours itself.
 */
public enum ColourRole implements JsonNamed {
    JAPAN("japan"),
    RUSSIAN_EMPIRE("russian-empire"),
    /** The Russian governments of 1917–1922, between the empire and the USSR. */
    REVOLUTIONARY_RUSSIA("revolutionary-russia"),
    USSR("ussr"),
    RUSSIA("russia"),
    UNITED_STATES("united-states"),
    ALLIES("allies"),
    NEUTRAL("neutral");

    private final String jsonName;

    ColourRole(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    public static ColourRole fromJson(String name) {
        return JsonNamed.fromJson(ColourRole.class, name);
    }
}
