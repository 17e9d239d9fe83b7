package org.fourislands.ui.browser;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.ui.state.ExplorerState;

/**
 * The event list: every event in date order with its date, category and title. Selecting a row
 * selects the event in the shared state, and the list follows selections made elsewhere.
 */
public final class EventBrowser extends VBox {

    private final ExplorerState state;
    private final ObservableList<HistoricalEvent> events = FXCollections.observableArrayList();
    private final ListView<HistoricalEvent> list = new ListView<>(events);

    public EventBrowser(ExplorerState state) {
        this.state = state;
        getStyleClass().add("event-browser");
        Label heading = new Label("Events");
        heading.getStyleClass().add("pane-heading");
        list.setId("event-list");
        list.setCellFactory(view -> new EventCell());
        list.setAccessibleText("Events in date order");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);

        state.datasetProperty().addListener((obs, old, dataset) -> showDataset(dataset));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> {
            if (event != null && event != state.getSelectedEvent()) {
                state.setSelectedEvent(event);
            }
        });
        state.selectedEventProperty().addListener((obs, old, event) -> reveal(event));
        state.namingProperty().addListener(obs -> list.refresh());
        state.scriptProperty().addListener(obs -> list.refresh());
        if (state.getDataset() != null) {
            showDataset(state.getDataset());
        }
    }

    private void showDataset(Dataset dataset) {
        events.setAll(dataset.events());
        reveal(state.getSelectedEvent());
    }

    private void reveal(HistoricalEvent event) {
        if (event == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (list.getSelectionModel().getSelectedItem() != event) {
            list.getSelectionModel().select(event);
        }
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            list.scrollTo(Math.max(0, index - 3));
        }
    }

    /** The list itself, for keyboard focus and tests. */
    public ListView<HistoricalEvent> list() {
        return list;
    }

    private final class EventCell extends ListCell<HistoricalEvent> {
        private final Label date = new Label();
        private final Label category = new Label();
        private final Label title = new Label();
        private final HBox row = new HBox(date, category, title);

        EventCell() {
            getStyleClass().add("event-cell");
            date.getStyleClass().add("event-date");
            category.getStyleClass().add("event-category");
            title.getStyleClass().add("event-title");
            date.setMinWidth(USE_PREF_SIZE);
            category.setMinWidth(USE_PREF_SIZE);
            HBox.setHgrow(title, Priority.ALWAYS);
            row.getStyleClass().add("event-row");
        }

        @Override
        protected void updateItem(HistoricalEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            date.setText(event.date().toIso());
            category.setText(event.category().label());
            title.setText(state.render(event.title()));
            setGraphic(row);
            setAccessibleText(event.date().toDisplayText() + ", " + event.category().label() + ": " + title.getText());
        }
    }
}
