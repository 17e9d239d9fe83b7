package org.fourislands.ui.help;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fourislands.ui.common.ScreenFit;

/** The sheet of keyboard shortcuts (F1 or ?), from {@link Shortcuts}: a dialog that does not block the window. */
public final class ShortcutSheet {

    private ShortcutSheet() {}

    /** The sheet's content: one heading per group, then one row per key. */
    public static GridPane content() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-sheet");
        grid.setId("shortcut-sheet");
        int row = 0;
        for (Shortcuts.Group group : Shortcuts.ALL) {
            Label heading = new Label(group.title());
            heading.getStyleClass().add("shortcut-group");
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcuts.Shortcut shortcut : group.shortcuts()) {
                Label keys = new Label(shortcut.keys());
                keys.getStyleClass().add("shortcut-keys");
                // The keys are read whole ("Alt+Page Down / Alt+Page Up"); the action beside them wraps instead.
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(shortcut.action());
                action.getStyleClass().add("shortcut-action");
                action.setWrapText(true);
                keys.setLabelFor(action);
                grid.add(keys, 0, row);
                grid.add(action, 1, row++);
            }
        }
        return grid;
    }

    /**
     * Shows the sheet over {@code owner}; Esc or Enter closes it.
     *
     * @param textStyle the window's inline text size (e.g. "-fx-font-size: 1.600em;"), so the sheet is as large as the window's text
     */
    public static Dialog<ButtonType> show(Window owner, String textStyle) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keys of Four Islands");
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(620, owner == null ? 620 : owner.getHeight() - 160));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefWidth(720);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(textStyle);
        }
        dialog.show();
        ScreenFit.keepOnScreen(dialog.getDialogPane().getScene().getWindow());
        return dialog;
    }
}
