package org.fourislands.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A line of news that needs no answer (a warning at start-up, say): shown above the content until dismissed, never modal. */
public final class NoticeBar extends HBox {

    private final Label message = new Label();

    public NoticeBar() {
        getStyleClass().add("notice-bar");
        setId("notice-bar");
        message.setId("notice-message");
        message.getStyleClass().add("notice-message");
        message.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(a -> clear());
        getChildren().addAll(message, gap, dismiss);
        clear();
    }

    /** Shows {@code text}, replacing any earlier notice. */
    public void show(String text) {
        message.setText(text);
        setVisible(true);
        setManaged(true);
    }

    public void clear() {
        message.setText("");
        setVisible(false);
        setManaged(false);
    }

    public String getMessage() {
        return message.getText();
    }
}
