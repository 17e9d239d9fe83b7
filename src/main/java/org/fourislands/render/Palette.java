package org.fourislands.render;

import java.util.EnumMap;
import java.util.Map;

/** A theme's colours by semantic slot, plus its type scale. Immutable. */
public final class Palette {

    private final EnumMap<PaletteSlot, Rgba> colours;
    private final double typeScale;
    private final String fontFamily;

    public Palette(Map<PaletteSlot, Rgba> colours, double typeScale) {
        this(colours, typeScale, DEFAULT_FONT_FAMILY);
    }

    public Palette(Map<PaletteSlot, Rgba> colours, double typeScale, String fontFamily) {
        this.colours = new EnumMap<>(PaletteSlot.class);
        for (PaletteSlot slot : PaletteSlot.values()) {
            this.colours.put(slot, colours.getOrDefault(slot, slot.defaultColour()));
        }
        this.typeScale = typeScale;
        this.fontFamily = fontFamily;
    }

    /** The bundled family, which has every glyph the data uses; themes may choose another. */
    public static final String DEFAULT_FONT_FAMILY = "Noto Sans CJK JP";

    /** The font family text is drawn in. */
    public String fontFamily() {
        return fontFamily;
    }

    /** The defaults, for drawing without a stylesheet. */
    public static Palette defaults() {
        return new Palette(Map.of(), 1.0);
    }

    public Rgba get(PaletteSlot slot) {
        return colours.get(slot);
    }

    /** Multiplies every font size, e.g. 1.6 in presentation mode. */
    public double typeScale() {
        return typeScale;
    }
}
