package org.fourislands.ui.common;

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
public final class ToolWindow {

    private final String title;
    private final Parent content;
    private final double width;
    private final double height;
    private Stage stage;

    public ToolWindow(String title, Parent content, double width, double height) {
        this.title = title;
        this.content = content;
        this.width = width;
        this.height = height;
    }

    /** Shows the window in front of {@code ownerNode}'s window, creating it the first time. */
    public void show(Node ownerNode) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(ownerNode.getScene().getWindow());
            stage.setTitle(title);
            Scene scene = new Scene(content, width, height);
            Bindings.bindContent(scene.getStylesheets(), ownerNode.getScene().getStylesheets());
            scene.setOnKeyPressed(key -> {
                if (key.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
        content.requestFocus();
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
