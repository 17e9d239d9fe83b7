package org.fourislands.ui.canvas;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import org.fourislands.render.Palette;

/**
 * The skin of a {@link CanvasControl}: a canvas the size of the control, redrawn at most once per
 * pulse after anything it observes changes, and a transparent overlay canvas above it for what
 * moves often (the timeline's playhead), so that moving it does not re-rasterise the rest.
 * Listeners go through {@link SkinBase}'s registration and the pulse and key handlers are held in
 * fields, so that {@link #dispose()} removes them all.
 */
public abstract class CanvasSkin<C extends CanvasControl> extends SkinBase<C> {

    protected final Canvas canvas = new Canvas();
    protected final FxSurface surface = new FxSurface(canvas);
    protected final Canvas overlay = new Canvas();
    protected final FxSurface overlaySurface = new FxSurface(overlay);
    /** A frame in the theme's focus colour over the canvas while the control has the keyboard focus. */
    private final javafx.scene.layout.Region focusRing = new javafx.scene.layout.Region();
    private final Runnable pulseListener = this::redrawIfDirty;
    /** Keys with Alt are the window's (Alt+Left goes back, Alt+1…4 move between parts): the canvases leave them. */
    private final EventHandler<KeyEvent> keyHandler = event -> {
        if (!event.isAltDown()) {
            onKey(event);
        }
    };
    private final double minWidth;
    private final double minHeight;
    private final double prefWidth;
    private final double prefHeight;
    private Scene pulseScene;
    private boolean dirty = true;
    /** Frames drawn since the skin was made: whatever changed, a pulse draws at most one. */
    private long framesDrawn;
    private boolean overlayDirty = true;
    /** The palette's snapshot, kept until the stylesheet changes it or the type scale differs. */
    private Palette palette;
    private double paletteTypeScale;

    protected CanvasSkin(C control, double minWidth, double minHeight, double prefWidth, double prefHeight) {
        super(control);
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        focusRing.getStyleClass().add("canvas-focus-ring");
        focusRing.setMouseTransparent(true);
        focusRing.setManaged(false);
        focusRing.visibleProperty().bind(control.focusedProperty());
        getChildren().addAll(canvas, overlay, focusRing);
        canvas.setFocusTraversable(false);
        overlay.setMouseTransparent(true);
        registerChangeListener(control.sceneProperty(), o -> attachPulseListener(control.getScene()));
        attachPulseListener(control.getScene());
        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    /** Draws one frame onto {@link #surface}, whose canvas already has the control's size. */
    protected abstract void draw();

    /** Draws the overlay onto {@link #overlaySurface}; by default nothing is overlaid. */
    protected void drawOverlay() {
    }

    /** Keys pressed while the control has focus. */
    protected abstract void onKey(KeyEvent event);

    /** Redraw whenever any of these change. */
    protected final void redrawOn(Observable... observables) {
        for (Observable observable : observables) {
            registerInvalidationListener(observable, o -> markDirty());
        }
    }

    /** Redraw only the overlay whenever any of these change. */
    protected final void redrawOverlayOn(Observable... observables) {
        for (Observable observable : observables) {
            registerInvalidationListener(observable, o -> markOverlayDirty());
        }
    }

    /**
     * The theme's palette at the user's type scale, snapshotted until either changes: a redraw
     * that snapshotted it again would allocate a map of colours and parse the font's name each frame.
     */
    protected final Palette palette(double typeScale) {
        if (palette == null || paletteTypeScale != typeScale) {
            palette = getSkinnable().palette().snapshot(typeScale);
            paletteTypeScale = typeScale;
        }
        return palette;
    }

    /** The stylesheet changed the palette: snapshot it again at the next redraw, which this asks for. */
    final void paletteChanged() {
        palette = null;
        markDirty();
    }

    @Override
    public void dispose() {
        attachPulseListener(null);
        focusRing.visibleProperty().unbind();
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        super.dispose();
    }

    private void attachPulseListener(Scene scene) {
        if (pulseScene != null) {
            pulseScene.removePreLayoutPulseListener(pulseListener);
        }
        pulseScene = scene;
        if (scene != null) {
            scene.addPreLayoutPulseListener(pulseListener);
            markDirty();
        }
    }

    /** Asks for one redraw at the next pulse; many calls in one pulse still draw once. */
    public final void markDirty() {
        dirty = true;
        Platform.requestNextPulse();
    }

    /** Asks for the overlay alone to be redrawn at the next pulse. */
    public final void markOverlayDirty() {
        overlayDirty = true;
        Platform.requestNextPulse();
    }

    final long framesDrawn() {
        return framesDrawn;
    }

    final void redrawNow() {
        dirty = true;
        redrawIfDirty();
    }

    final void redrawOverlayNow() {
        overlayDirty = true;
        redrawIfDirty();
    }

    private void redrawIfDirty() {
        if (!dirty && !overlayDirty) {
            return;
        }
        C control = getSkinnable();
        double w = Math.floor(control.getWidth() - control.snappedLeftInset() - control.snappedRightInset());
        double h = Math.floor(control.getHeight() - control.snappedTopInset() - control.snappedBottomInset());
        if (w < 1 || h < 1) {
            return;
        }
        if (dirty) {
            dirty = false;
            overlayDirty = true;
            if (canvas.getWidth() != w || canvas.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
            }
            draw();
            framesDrawn++;
        }
        if (overlayDirty) {
            overlayDirty = false;
            if (overlay.getWidth() != w || overlay.getHeight() != h) {
                overlay.setWidth(w);
                overlay.setHeight(h);
            }
            overlaySurface.clear();
            drawOverlay();
        }
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return minWidth;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return minHeight;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return prefHeight;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        overlay.relocate(x, y);
        focusRing.resizeRelocate(x, y, w, h);
        markDirty();
    }
}
