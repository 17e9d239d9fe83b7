package org.fourislands.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Tool-bar buttons: a short text, a tooltip that names the keyboard shortcut, an action. */
public final class ToolButtons {

    private ToolButtons() {}

    public static Button button(String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(a -> action.run());
        return button;
    }
}
