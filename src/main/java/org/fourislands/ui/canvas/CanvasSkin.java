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
 * pulse after anything it observes changes. Listeners go through {@link SkinBase}'s registration
 * and the pulse and key handlers are held in fields, so that {@link #dispose()} removes them all.
 */
public abstract class CanvasSkin<C extends CanvasControl> extends SkinBase<C> {

    protected final Canvas canvas = new Canvas();
    protected final FxSurface surface = new FxSurface(canvas);
    private final Runnable pulseListener = this::redrawIfDirty;
    private final EventHandler<KeyEvent> keyHandler = this::onKey;
    private final double minWidth;
    private final double minHeight;
    private final double prefWidth;
    private final double prefHeight;
    private Scene pulseScene;
    private boolean dirty = true;
    private Palette palette;

    protected CanvasSkin(C control, double minWidth, double minHeight, double prefWidth, double prefHeight) {
        super(control);
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        getChildren().add(canvas);
        canvas.setFocusTraversable(false);
        registerChangeListener(control.sceneProperty(), o -> attachPulseListener(control.getScene()));
        attachPulseListener(control.getScene());
        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    /** Draws one frame onto {@link #surface}, whose canvas already has the control's size. */
    protected abstract void draw();

    /** Keys pressed while the control has focus. */
    protected abstract void onKey(KeyEvent event);

    /** Redraw whenever any of these change. */
    protected final void redrawOn(Observable... observables) {
        for (Observable observable : observables) {
            registerInvalidationListener(observable, o -> markDirty());
        }
    }

    /** The theme's palette, snapshotted until the next change. */
    protected final Palette palette(double typeScale) {
        if (palette == null) {
            palette = getSkinnable().palette().snapshot(typeScale);
        }
        return palette;
    }

    @Override
    public void dispose() {
        attachPulseListener(null);
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
        palette = null;
        Platform.requestNextPulse();
    }

    final void redrawNow() {
        dirty = true;
        redrawIfDirty();
    }

    private void redrawIfDirty() {
        if (!dirty) {
            return;
        }
        dirty = false;
        C control = getSkinnable();
        double w = Math.floor(control.getWidth() - control.snappedLeftInset() - control.snappedRightInset());
        double h = Math.floor(control.getHeight() - control.snappedTopInset() - control.snappedBottomInset());
        if (w < 1 || h < 1) {
            return;
        }
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        draw();
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
        markDirty();
    }
}
