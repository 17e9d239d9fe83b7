package org.fourislands.ui.help;

import java.util.List;

/** Every key the app answers to, by where it works: the one list the shortcut sheet and the README show. */
public final class Shortcuts {

    private Shortcuts() {}

    /** A key or key combination and what it does. */
    public record Shortcut(String keys, String action) {}

    /** The keys that work in one place: the main window, the map, the timeline, presentation mode. */
    public record Group(String title, List<Shortcut> shortcuts) {}

    public static final List<Group> ALL = List.of(
            new Group("Main window", List.of(
                    new Shortcut("F5", "Presentation mode (full screen, large type)"),
                    new Shortcut("F1 or ?", "This sheet of keys"),
                    new Shortcut("Ctrl+T", "Choose a tour"),
                    new Shortcut("Alt+Page Down / Alt+Page Up", "Next / previous step of the tour (or event)"),
                    new Shortcut("Alt+1 / 2 / 3 / 4", "Go to the event list / map / detail panel / timeline"),
                    new Shortcut("Ctrl+1 / 2 / 3", "Show the details / glossary / sources panel"),
                    new Shortcut("Alt+Left", "Back to the event or island read before"),
                    new Shortcut("Ctrl+Shift+D / Ctrl+Shift+P", "Compare two dates / opinion polls"),
                    new Shortcut("Ctrl+F", "Search"),
                    new Shortcut("Ctrl+L", "Events as plain text (for screen readers and copying)"),
                    new Shortcut("Ctrl+E", "Export the timeline, the map or a slide (PNG, SVG, PDF)"),
                    new Shortcut("Ctrl+O / Ctrl+R", "Open a dataset / reload it"),
                    new Shortcut("Ctrl+= or Ctrl+Plus / Ctrl+Minus / Ctrl+0", "Larger / smaller / normal text"),
                    new Shortcut("Tab / Shift+Tab", "Move between controls; F10 opens the menus"),
                    new Shortcut("Ctrl+Q", "Quit"))),
            new Group("Map (when it has focus)", List.of(
                    new Shortcut("Arrow keys", "Pan"),
                    new Shortcut("+ / −", "Zoom in / out"),
                    new Shortcut("F / 0", "Fit the four islands / show the whole region"),
                    new Shortcut("] / [", "Next / previous island (read aloud with its status)"),
                    new Shortcut("Enter or Space", "Select the island reached with ] and ["),
                    new Shortcut("D", "Distance tool on / off"),
                    new Shortcut("Enter or Space, with the distance tool on", "Set a point at the crosshair (arrows move the map under it)"),
                    new Shortcut("Esc", "Clear the selection and the distance tool"))),
            new Group("Timeline (when it has focus)", List.of(
                    new Shortcut("Right / Left, or ] / [", "Next / previous event (read aloud with the islands' status)"),
                    new Shortcut("Shift+Right / Shift+Left", "Pan"),
                    new Shortcut("Up / Down, + / −", "Zoom in / out around the playhead"),
                    new Shortcut("Home", "Show the whole period"),
                    new Shortcut("R", "Keep the list and the timeline to the years shown (Esc clears)"),
                    new Shortcut("Space", "Play / pause"),
                    new Shortcut("Esc", "Clear the island selection and the selected range"))),
            new Group("Presentation mode", List.of(
                    new Shortcut("Page Down, Right, Down, Space, Enter", "Next step"),
                    new Shortcut("Page Up, Left, Up, Backspace", "Previous step"),
                    new Shortcut("Home / End", "First / last step"),
                    new Shortcut("Digits, then Enter", "Go to step N"),
                    new Shortcut("B or .", "Black screen (again to show)"),
                    new Shortcut("W or ,", "White screen (again to show)"),
                    new Shortcut("Any stepping key on a blank screen", "Shows the current step again, without moving"),
                    new Shortcut("+ / −, Shift+arrows", "Zoom / pan the map"),
                    new Shortcut("F1 or ?", "This sheet of keys"),
                    new Shortcut("Esc", "Clear a blank screen or typed digits; otherwise leave"))));
}
