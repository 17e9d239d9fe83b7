package org.fourislands.render;

import java.util.EnumMap;
import java.util.Map;

/** A theme's colours by semantic slot, plus its type scale. Immutable. */
public final class Palette {

    private final EnumMap<PaletteSlot, Rgba> colours;
    private final double typeScale;
    private final String fontFamily;
    private final double lineScale;

    public Palette(Map<PaletteSlot, Rgba> colours, double typeScale) {
        this(colours, typeScale, DEFAULT_FONT_FAMILY, 1);
    }

    /**
     * @param typeScale multiplies every font size, e.g. 1.6 in presentation mode
     * @param lineScale multiplies every line width, e.g. 1.5 for the projector theme
     */
    public Palette(Map<PaletteSlot, Rgba> colours, double typeScale, String fontFamily, double lineScale) {
        this.colours = new EnumMap<>(PaletteSlot.class);
        for (PaletteSlot slot : PaletteSlot.values()) {
            this.colours.put(slot, colours.getOrDefault(slot, slot.defaultColour()));
        }
        this.typeScale = typeScale;
        this.fontFamily = fontFamily;
        this.lineScale = lineScale;
    }

    /** Multiplies every stroke width and dash length. */
    public double lineScale() {
        return lineScale;
    }

    /** The same colours and font with other type and line scales (exports scale both to their size). */
    public Palette withScales(double newTypeScale, double newLineScale) {
        return new Palette(colours, newTypeScale, fontFamily, newLineScale);
    }

    /** The same palette with another background, e.g. transparent for a PNG export. */
    public Palette withColour(PaletteSlot slot, Rgba colour) {
        EnumMap<PaletteSlot, Rgba> changed = new EnumMap<>(colours);
        changed.put(slot, colour);
        return new Palette(changed, typeScale, fontFamily, lineScale);
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
