package org.fourislands.ui.tour;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fourislands.core.model.Tour;
import org.fourislands.ui.state.ExplorerState;

/**
 * Chooses a tour: each with its title, description and number of steps. Works from the
 * keyboard alone (arrows, Enter to start, Alt+Enter to start presenting, Esc to cancel). Modal to
 * the main window, as the export dialog is: a short choice over the map, with the window waiting
 * for it so that a second Ctrl+T cannot open a second picker; a poll or compare window stays usable.
 */
public final class TourPicker {

    /** The button that starts the tour and presentation mode together. */
    public static final ButtonType PRESENT = new ButtonType("Start and present (F5)", ButtonBar.ButtonData.OTHER);
    public static final ButtonType START = new ButtonType("Start tour", ButtonBar.ButtonData.OK_DONE);

    private TourPicker() {}

    /** A list of the tours, each cell readable by a screen reader as one sentence. */
    public static ListView<Tour> list(ExplorerState state, List<Tour> tours) {
        ListView<Tour> list = new ListView<>();
        list.setId("tour-list");
        list.getItems().setAll(tours);
        list.setAccessibleText("Tours");
        list.setCellFactory(view -> new ListCell<>() {
            private final Label title = new Label();
            private final Label description = new Label();
            private final Label length = new Label();
            private final VBox box = new VBox(title, description, length);

            {
                title.getStyleClass().add("tour-title");
                description.getStyleClass().add("tour-description");
                description.setWrapText(true);
                length.getStyleClass().add("tour-length");
                box.getStyleClass().add("tour-cell");
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Tour tour, boolean empty) {
                super.updateItem(tour, empty);
                if (empty || tour == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                title.setText(state.render(tour.title()));
                description.setText(state.render(tour.description()));
                length.setText(tour.steps().size() + " steps");
                setGraphic(box);
                setAccessibleText(title.getText() + ". " + length.getText() + ". " + description.getText());
            }
        });
        if (!tours.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        return list;
    }

    /**
     * Shows the picker over {@code owner}, with {@code preselected} chosen if given. Calls
     * {@code onChosen} with the tour and whether to present it, unless cancelled.
     *
     * @param textStyle the window's inline text size, so the picker is as large as the window's text
     */
    public static Dialog<ButtonType> show(Window owner, String textStyle, ExplorerState state, Tour preselected,
            BiConsumer<Tour, Boolean> onChosen) {
        List<Tour> tours = state.getDataset() == null ? List.of() : state.getDataset().tours();
        ListView<Tour> list = list(state, tours);
        if (preselected != null) {
            tours.stream().filter(t -> t.id().equals(preselected.id())).findFirst().ifPresent(t -> list.getSelectionModel().select(t));
        }
        list.setPrefSize(640, 420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Tours");
        dialog.setHeaderText(tours.isEmpty() ? "This dataset has no tours." : "Choose a guided tour");
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(START, PRESENT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(START).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().lookupButton(PRESENT).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // As large as the window's text: a teacher who enlarged it reads the picker from the back too.
        dialog.getDialogPane().setStyle(textStyle);
        list.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(START);
                dialog.close();
            }
        });
        // Enter on the list starts the tour, as the default button would.
        list.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                close(dialog, key.isAltDown() ? PRESENT : START, key);
            }
        });
        // Esc and F5 wherever the focus is: the list, which has it on opening, took Esc for itself,
        // and F5 is the key the present button names.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                close(dialog, ButtonType.CANCEL, key);
            } else if (key.getCode() == KeyCode.F5 && list.getSelectionModel().getSelectedItem() != null) {
                close(dialog, PRESENT, key);
            }
        });
        dialog.setOnHidden(e -> {
            Tour chosen = list.getSelectionModel().getSelectedItem();
            ButtonType result = dialog.getResult();
            if (chosen != null && (result == START || result == PRESENT)) {
                onChosen.accept(chosen, result == PRESENT);
            }
        });
        dialog.show();
        list.requestFocus();
        return dialog;
    }

    private static void close(Dialog<ButtonType> dialog, ButtonType result, KeyEvent key) {
        dialog.setResult(result);
        dialog.close();
        key.consume();
    }
}
