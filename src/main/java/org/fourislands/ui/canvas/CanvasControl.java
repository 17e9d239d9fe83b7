package org.fourislands.ui.canvas;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;

/**
 * A control drawn on a canvas by a {@link CanvasSkin}, coloured by the theme's palette (one
 * styleable colour per {@link org.fourislands.render.PaletteSlot}).
 */
public abstract class CanvasControl extends Control implements StyledPalette.Owner {

    private final StyledPalette palette = new StyledPalette(this, this::paletteChanged);

    @Override
    public StyledPalette palette() {
        return palette;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyledPalette.cssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /**
     * A canvas reads as an image whose text says what it shows now ({@link #accessibleDescription})
     * and whose help lists its keys ({@link #keyboardHelp}).
     */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case ROLE -> AccessibleRole.IMAGE_VIEW;
            case TEXT -> accessibleDescription();
            case HELP -> keyboardHelp();
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    /** What a screen reader says for this canvas now. */
    public abstract String accessibleDescription();

    /** The keys that work on this canvas, read as help; null when it takes none. */
    protected String keyboardHelp() {
        return null;
    }

    /** Draws now instead of at the next pulse; for the benchmark, which times one redraw at a time. */
    public void redrawNow() {
        if (getSkin() instanceof CanvasSkin<?> skin) {
            skin.redrawNow();
        }
    }

    /** How many frames the canvas has drawn, not counting the overlay; for tests of "at most one redraw per pulse". */
    public long framesDrawn() {
        return getSkin() instanceof CanvasSkin<?> skin ? skin.framesDrawn() : 0;
    }

    /** Redraws only the overlay now (the timeline's playhead); for the benchmark, which times it alone. */
    public void redrawOverlayNow() {
        if (getSkin() instanceof CanvasSkin<?> skin) {
            skin.redrawOverlayNow();
        }
    }

    /** The stylesheet changed a colour, the font or a scale: snapshot the palette again, and redraw. */
    private void paletteChanged() {
        if (getSkin() instanceof CanvasSkin<?> skin) {
            skin.paletteChanged();
        }
    }
}
