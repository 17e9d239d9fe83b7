package org.fourislands.ui.common;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * A window of its own for a view that needs room (the compare view, the polls), made once and
 * shown again on request, so that its listeners on the shared state are never duplicated. It
 * takes the main window's stylesheets, and follows them when the theme changes.
 */
public final class ToolWindow<T extends Parent> {

    private final String title;
    private final Supplier<T> factory;
    private final double width;
    private final double height;
    private T content;
    private Stage stage;

    /**
     * @param factory makes the view on first use: views a student may never open (seven charts,
     *     two extra maps) are not built, styled and kept up to date during start-up
     */
    public ToolWindow(String title, Supplier<T> factory, double width, double height) {
        this.title = title;
        this.factory = factory;
        this.width = width;
        this.height = height;
    }

    /** The view, made now if it was not yet. */
    public T content() {
        if (content == null) {
            content = factory.get();
        }
        return content;
    }

    /** Shows the window in front of {@code ownerNode}'s window, creating it the first time. */
    public void show(Node ownerNode) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(ownerNode.getScene().getWindow());
            AppIcon.followOwner(stage, stage.getOwner());
            stage.setTitle(title);
            Scene scene = new Scene(content(), width, height);
            Bindings.bindContent(scene.getStylesheets(), ownerNode.getScene().getStylesheets());
            scene.setOnKeyPressed(key -> {
                if (key.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        stage.show();
        ScreenFit.keepOnScreen(stage);
        stage.toFront();
        content().requestFocus();
    }

    /** True while the window is on screen. */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The window, or null before it was first shown. */
    public Stage stage() {
        return stage;
    }

    public void hide() {
        if (stage != null) {
            stage.hide();
        }
    }
}
