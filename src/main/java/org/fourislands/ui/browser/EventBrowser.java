package org.fourislands.ui.browser;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.List;
import java.util.Locale;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Interpretation;
import org.fourislands.core.model.Perspective;
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

        state.filteredEventsProperty().addListener((obs, old, filtered) -> showEvents(filtered));
        state.selectedIslandProperty().addListener(obs -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> {
            if (event != null && event != state.getSelectedEvent()) {
                state.setSelectedEvent(event);
            }
        });
        state.selectedEventProperty().addListener((obs, old, event) -> reveal(event));
        state.namingProperty().addListener(obs -> list.refresh());
        state.scriptProperty().addListener(obs -> list.refresh());
        state.perspectiveProperty().addListener(obs -> list.refresh());
        showEvents(state.getFilteredEvents());
    }

    /** An event's row with a two-line title, at the normal text size. */
    private static final double TYPICAL_ROW_PX = 75;
    /** The longest attribution a turning-point badge names, characters: a person's name and no more. */
    private static final int MAX_BADGE_ATTRIBUTION = 32;

    private void showEvents(List<HistoricalEvent> filtered) {
        events.setAll(filtered);
        reveal(state.getSelectedEvent());
    }

    private void reveal(HistoricalEvent event) {
        // An event the filter hides (opened from a search or a related link) has no row: select
        // none, for selecting an absent item left the row before it highlighted.
        int index = event == null ? -1 : events.indexOf(event);
        if (index < 0) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
        }
        // Rows differ in height, and a list whose rows have just been replaced places a row by
        // estimated heights until laid out: at start the 1855 treaty's scroll showed the 1920s.
        // (Not while presenting, when the list is out of the scene: it laid out rows of no height.)
        if (list.getScene() != null) {
            list.layout();
        }
        list.scrollTo(Math.max(0, index - rowsOfContext()));
    }

    /**
     * How many events to show above the selected one: up to three, but few enough that the
     * selected one is whole below them. In a laptop's window the list holds three or four
     * events, and with three above it only the selected one's date showed.
     */
    private int rowsOfContext() {
        int rowsShown = (int) (list.getHeight() / TYPICAL_ROW_PX);
        return Math.clamp(rowsShown - 2, 0, 3);
    }

    /** The list itself, for keyboard focus and tests. */
    public ListView<HistoricalEvent> list() {
        return list;
    }

    /**
     * "★ turning point (Japanese government)" when the chosen perspective reads the event as a
     * turning point; with all perspectives, every perspective that does; null when none does.
     */
    public static String turningPointBadge(HistoricalEvent event, Perspective chosen) {
        List<String> who = event.interpretations().stream()
                .filter(Interpretation::turningPoint)
                .filter(i -> chosen == null || i.perspective() == chosen)
                .map(EventBrowser::whoseTurningPoint)
                .distinct()
                .toList();
        return who.isEmpty() ? null : "★ turning point (" + String.join("; ", who) + ")";
    }

    /**
     * Whose reading calls the event a turning point: a government by its name, a scholar or a
     * journalist by theirs, since a bare "Scholar" reads as the scholars' consensus. An
     * attribution too long for the list's line (an unsigned column described) keeps the
     * perspective's name alone.
     */
    private static String whoseTurningPoint(Interpretation interpretation) {
        Perspective perspective = interpretation.perspective();
        String attribution = interpretation.attribution();
        boolean person = perspective == Perspective.SCHOLAR || perspective == Perspective.JOURNALIST;
        if (!person || attribution == null || attribution.length() > MAX_BADGE_ATTRIBUTION) {
            return perspective.label();
        }
        return attribution + ", " + perspective.label().toLowerCase(Locale.ROOT);
    }

    private static final javafx.css.PseudoClass DIMMED = javafx.css.PseudoClass.getPseudoClass("dimmed");

    private final class EventCell extends ListCell<HistoricalEvent> {
        private final Label date = new Label();
        private final Label category = new Label();
        private final Label title = new Label();
        private final Label turningPoint = new Label();
        private final VBox row = new VBox(new HBox(date, category), title, turningPoint);

        EventCell() {
            getStyleClass().add("event-cell");
            date.getStyleClass().add("event-date");
            category.getStyleClass().add("event-category");
            title.getStyleClass().add("event-title");
            title.setWrapText(true);
            turningPoint.getStyleClass().add("turning-point-badge");
            turningPoint.setWrapText(true);
            row.getStyleClass().add("event-row");
            // A zero preferred width lets the list, not the longest title, decide the cell width.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(HistoricalEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                pseudoClassStateChanged(DIMMED, false);
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            date.setText(event.date().toIso());
            category.setText(event.category().label());
            title.setText(state.render(event.title()));
            String badge = turningPointBadge(event, state.getPerspective());
            turningPoint.setText(badge);
            turningPoint.setVisible(badge != null);
            turningPoint.setManaged(badge != null);
            setGraphic(row);
            pseudoClassStateChanged(DIMMED, state.isDimmed(event));
            setAccessibleText(event.date().toDisplayText() + ", " + event.category().label() + ": " + title.getText()
                    + (badge == null ? "" : ". " + badge));
        }
    }
}
