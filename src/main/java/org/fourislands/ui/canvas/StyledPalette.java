package org.fourislands.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.Rgba;

/**
 * The theme's palette as styleable properties of a canvas control, one per {@link PaletteSlot},
 * so that a stylesheet colours the canvas exactly as it colours the controls around it.
 */
public final class StyledPalette {

    private static final StyleablePropertyFactory<Control> FACTORY = new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final Map<PaletteSlot, CssMetaData<Control, Color>> META = new EnumMap<>(PaletteSlot.class);
    private static final CssMetaData<Control, String> FONT_FAMILY_META = FACTORY.createStringCssMetaData("-fi-canvas-font-family",
            control -> owner(control).fontFamily, Palette.DEFAULT_FONT_FAMILY);
    private static final CssMetaData<Control, Number> LINE_SCALE_META = FACTORY.createSizeCssMetaData("-fi-canvas-line-scale",
            control -> owner(control).lineScale, 1.0);
    private static final CssMetaData<Control, Number> TYPE_SCALE_META = FACTORY.createSizeCssMetaData("-fi-canvas-type-scale",
            control -> owner(control).typeScale, 1.0);
    private static final List<CssMetaData<? extends Styleable, ?>> ALL_META;

    static {
        for (PaletteSlot slot : PaletteSlot.values()) {
            Rgba d = slot.defaultColour();
            META.put(slot, FACTORY.createColorCssMetaData(slot.cssProperty(),
                    control -> owner(control).properties.get(slot), new Color(d.red(), d.green(), d.blue(), d.alpha())));
        }
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.addAll(META.values());
        all.add(FONT_FAMILY_META);
        all.add(LINE_SCALE_META);
        all.add(TYPE_SCALE_META);
        ALL_META = Collections.unmodifiableList(all);
    }

    /** A control that carries a palette. */
    public interface Owner {
        StyledPalette palette();
    }

    private final Map<PaletteSlot, StyleableObjectProperty<Color>> properties = new EnumMap<>(PaletteSlot.class);
    private final javafx.css.SimpleStyleableStringProperty fontFamily;
    private final javafx.css.SimpleStyleableDoubleProperty lineScale;
    /** The theme's own type scale (the projector's labels are larger), times the user's. */
    private final javafx.css.SimpleStyleableDoubleProperty typeScale;

    public StyledPalette(Control control, Runnable onChange) {
        fontFamily = new javafx.css.SimpleStyleableStringProperty(FONT_FAMILY_META, control, "fontFamily", Palette.DEFAULT_FONT_FAMILY);
        fontFamily.addListener(obs -> onChange.run());
        lineScale = new javafx.css.SimpleStyleableDoubleProperty(LINE_SCALE_META, control, "lineScale", 1.0);
        lineScale.addListener(obs -> onChange.run());
        typeScale = new javafx.css.SimpleStyleableDoubleProperty(TYPE_SCALE_META, control, "typeScale", 1.0);
        typeScale.addListener(obs -> onChange.run());
        for (PaletteSlot slot : PaletteSlot.values()) {
            CssMetaData<Control, Color> meta = META.get(slot);
            StyleableObjectProperty<Color> property = new javafx.css.SimpleStyleableObjectProperty<>(meta, control, slot.name(), meta.getInitialValue(control));
            property.addListener(obs -> onChange.run());
            properties.put(slot, property);
        }
    }

    private static StyledPalette owner(Control control) {
        return ((Owner) control).palette();
    }

    /** CSS metadata for a control class that owns a palette: its superclass's plus one per slot. */
    public static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return ALL_META;
    }

    /** A snapshot for the renderer; {@code userTypeScale} is multiplied by the theme's own. */
    public Palette snapshot(double userTypeScale) {
        Map<PaletteSlot, Rgba> colours = new EnumMap<>(PaletteSlot.class);
        properties.forEach((slot, property) -> {
            Color c = property.get();
            colours.put(slot, new Rgba(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity()));
        });
        // CSS hands over a quoted family name ("Noto Sans CJK JP") with its quotes.
        String family = fontFamily.get().strip().replaceAll("^[\"']|[\"']$", "");
        return new Palette(colours, userTypeScale * typeScale.get(), family, lineScale.get());
    }
}
