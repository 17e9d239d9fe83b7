package org.fourislands.ui.canvas;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.control.Control;

/**
 * A control drawn on a canvas by a {@link CanvasSkin}, coloured by the theme's palette (one
 * styleable colour per {@link org.fourislands.render.PaletteSlot}).
 */
public abstract class CanvasControl extends Control implements StyledPalette.Owner {

    private final StyledPalette palette = new StyledPalette(this, this::requestRedraw);

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

    /** Draws now instead of at the next pulse; for benchmarks and for exporting exactly what is on screen. */
    public void redrawNow() {
        if (getSkin() instanceof CanvasSkin<?> skin) {
            skin.redrawNow();
        }
    }

    /** Redraws only the overlay now (the timeline's playhead); for benchmarks. */
    public void redrawOverlayNow() {
        if (getSkin() instanceof CanvasSkin<?> skin) {
            skin.redrawOverlayNow();
        }
    }

    /** Asks for one redraw at the next pulse. */
    protected void requestRedraw() {
        if (getSkin() instanceof CanvasSkin<?> skin) {
            skin.markDirty();
        }
    }
}
