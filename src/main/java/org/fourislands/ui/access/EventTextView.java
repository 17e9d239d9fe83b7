package org.fourislands.ui.access;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import org.fourislands.ui.state.ExplorerState;

/**
 * The filtered events as one read-only text: date, category, title, the islands with who
 * administered and who claimed them on that date, and the summary. The same content as the map
 * and the timeline, for a screen reader's caret and for copying. Follows the filter and naming.
 */
public final class EventTextView extends BorderPane {

    private final ExplorerState state;
    private final TextArea text = new TextArea();

    public EventTextView(ExplorerState state) {
        this.state = state;
        getStyleClass().add("event-text-view");
        setId("event-text-view");
        Label heading = new Label("Events as text");
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(text);
        text.setId("event-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setAccessibleText("Events as text, in date order");
        setTop(heading);
        setCenter(text);
        state.filteredEventsProperty().addListener(obs -> refresh());
        state.namingProperty().addListener(obs -> refresh());
        state.scriptProperty().addListener(obs -> refresh());
        state.statusIndexProperty().addListener(obs -> refresh());
        refresh();
    }

    private void refresh() {
        text.setText(EventDescription.listing(state));
        text.positionCaret(0);
    }

    public TextArea text() {
        return text;
    }
}
