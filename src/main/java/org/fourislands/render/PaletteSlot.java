package org.fourislands.render;

import org.fourislands.core.model.ColourRole;

/**
 * The semantic colour names of a theme. Each is a CSS property on the canvas controls
 * ({@code -fi-map-sea}, …) set by the theme's stylesheet; the default here only serves a
 * renderer used without CSS, such as a command-line export before a theme is applied.
 * Status colours follow the Okabe–Ito palette, safe for colour-blind readers.
 */
public enum PaletteSlot {
    BACKGROUND("-fi-canvas-bg", "#ffffff"),
    SEA("-fi-map-sea", "#e4eef6"),
    LAND("-fi-map-land", "#d9d6cf"),
    COASTLINE("-fi-map-coast", "#5b6470"),
    JAPAN("-fi-status-japan", "#d55e00"),
    RUSSIAN_EMPIRE("-fi-status-russian-empire", "#cc79a7"),
    REVOLUTIONARY_RUSSIA("-fi-status-revolutionary-russia", "#009e73"),
    USSR("-fi-status-ussr", "#0072b2"),
    RUSSIA("-fi-status-russia", "#56b4e9"),
    UNITED_STATES("-fi-status-united-states", "#009e73"),
    ALLIES("-fi-status-allies", "#009e73"),
    NEUTRAL("-fi-status-neutral", "#f0e442"),
    HATCH("-fi-map-hatch", "#1a1a1a"),
    BORDER_TREATY("-fi-map-border-treaty", "#1a1a1a"),
    BORDER_DE_FACTO("-fi-map-border-de-facto", "#7a0019"),
    GRATICULE("-fi-map-graticule", "#8a96a866"),
    TEXT("-fi-canvas-text", "#1a1a1a"),
    TEXT_MUTED("-fi-canvas-text-muted", "#4b5563"),
    HALO("-fi-canvas-halo", "#ffffffdd"),
    SELECTION("-fi-canvas-selection", "#000000"),
    HOVER("-fi-canvas-hover", "#ffffff"),
    PLACE("-fi-map-place", "#1a1a1a"),
    PANEL("-fi-canvas-panel", "#ffffffe6"),
    PANEL_BORDER("-fi-canvas-panel-border", "#9aa3ae"),
    ACCENT("-fi-canvas-accent", "#0057b8"),
    // Chart series (poll exports), in Okabe–Ito order like the on-screen charts' -fi-chart-N.
    CHART_1("-fi-canvas-chart-1", "#0072b2"),
    CHART_2("-fi-canvas-chart-2", "#e69f00"),
    CHART_3("-fi-canvas-chart-3", "#009e73"),
    CHART_4("-fi-canvas-chart-4", "#cc79a7"),
    CHART_5("-fi-canvas-chart-5", "#56b4e9"),
    CHART_6("-fi-canvas-chart-6", "#d55e00"),
    CHART_7("-fi-canvas-chart-7", "#f0e442"),
    CHART_8("-fi-canvas-chart-8", "#000000");

    private static final PaletteSlot[] CHART_SERIES = {CHART_1, CHART_2, CHART_3, CHART_4, CHART_5, CHART_6, CHART_7, CHART_8};

    private final String cssProperty;
    private final Rgba defaultColour;

    PaletteSlot(String cssProperty, String defaultHex) {
        this.cssProperty = cssProperty;
        this.defaultColour = Rgba.hex(defaultHex);
    }

    public String cssProperty() {
        return cssProperty;
    }

    public Rgba defaultColour() {
        return defaultColour;
    }

    /** The colour of chart series {@code index} (0-based), repeating after eight. */
    public static PaletteSlot chartSeries(int index) {
        return CHART_SERIES[index % CHART_SERIES.length];
    }

    /** The slot an actor's colour role is drawn with. */
    public static PaletteSlot forRole(ColourRole role) {
        return switch (role) {
            case JAPAN -> JAPAN;
            case RUSSIAN_EMPIRE -> RUSSIAN_EMPIRE;
            case REVOLUTIONARY_RUSSIA -> REVOLUTIONARY_RUSSIA;
            case USSR -> USSR;
            case RUSSIA -> RUSSIA;
            case UNITED_STATES -> UNITED_STATES;
            case ALLIES -> ALLIES;
            case NEUTRAL -> NEUTRAL;
        };
    }
}
