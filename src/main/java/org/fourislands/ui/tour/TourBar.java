package org.fourislands.ui.tour;

import static org.fourislands.ui.common.ToolButtons.button;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fourislands.ui.state.ExplorerState;

/**
 * A small bar for following a tour in the normal window: its title, previous and next, the step
 * counter, present and leave. Shown only while a tour is active.
 */
public final class TourBar extends HBox {

    private final Label title = new Label();
    private final Label counter = new Label();

    /** @param present enters presentation mode */
    public TourBar(ExplorerState state, TourSession tours, Runnable present) {
        getStyleClass().add("tour-bar");
        setId("tour-bar");
        title.getStyleClass().add("tour-bar-title");
        counter.setId("tour-bar-counter");
        counter.getStyleClass().add("tour-bar-counter");
        Button previous = button("◀ Previous", "Previous step (Alt+Page Up)", tours::previous);
        previous.setId("tour-previous");
        Button next = button("Next ▶", "Next step (Alt+Page Down)", tours::next);
        next.setId("tour-next");
        Button show = button("Present", "Presentation mode (F5)", present);
        Button leave = button("Leave tour", "Leave the tour and restore the filters and names", tours::leave);
        leave.setId("tour-leave");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(title, gap, previous, counter, next, show, leave);
        Runnable update = () -> {
            boolean active = tours.getTour() != null;
            setVisible(active);
            setManaged(active);
            title.setText(active ? "Tour: " + state.render(tours.getTour().title()) : "");
            counter.setText(tours.counterText());
        };
        tours.tourProperty().addListener(obs -> update.run());
        tours.positionProperty().addListener(obs -> update.run());
        tours.countProperty().addListener(obs -> update.run());
        state.namingProperty().addListener(obs -> update.run());
        update.run();
    }
}
