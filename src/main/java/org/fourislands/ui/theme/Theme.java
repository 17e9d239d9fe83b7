package org.fourislands.ui.theme;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;

/**
 * The app's themes. Each is a stylesheet of semantic colour names over the shared structure in
 * {@code base.css}; the controls, the canvases and the exports all take their colours from it.
 */
public enum Theme {
    LIGHT("Light", "light"),
    DARK("Dark", "dark"),
    PROJECTOR("Projector (high contrast)", "projector");

    private static final String BASE = stylesheetUrl("base");

    private final String label;
    private final String id;
    private final String url;

    Theme(String label, String id) {
        this.label = label;
        this.id = id;
        this.url = stylesheetUrl(id);
    }

    private static String stylesheetUrl(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name + ".css"), name + ".css").toExternalForm();
    }

    /** The name shown in menus. */
    public String label() {
        return label;
    }

    /** The name on the command line and in settings: light, dark, projector. */
    public String id() {
        return id;
    }

    /** The stylesheets, in cascade order: the shared structure, then this theme's colours. */
    public List<String> stylesheets() {
        return List.of(BASE, url);
    }

    /** Replaces whatever theme {@code scene} had with this one, keeping its other stylesheets. */
    public void applyTo(Scene scene) {
        List<String> others = scene.getStylesheets().stream().filter(s -> !isThemeStylesheet(s)).toList();
        scene.getStylesheets().setAll(stylesheets());
        scene.getStylesheets().addAll(others);
    }

    private static boolean isThemeStylesheet(String url) {
        if (url.equals(BASE)) {
            return true;
        }
        for (Theme theme : values()) {
            if (theme.url.equals(url)) {
                return true;
            }
        }
        return false;
    }

    /** The theme with this {@link #id()}, for the command line and settings. */
    public static Theme fromId(String id) {
        for (Theme theme : values()) {
            if (theme.id.equalsIgnoreCase(id)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + id + "' (expected light, dark or projector)");
    }
}
