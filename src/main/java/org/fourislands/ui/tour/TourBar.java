package org.fourislands.ui.tour;

import static org.fourislands.ui.common.ToolButtons.button;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fourislands.ui.state.ExplorerState;

/**
 * A bar for following a tour in the normal window: its title, previous and next, the step
 * counter, present and leave, and below them the step's text, which a student on a laptop would
 * otherwise read only in presentation mode. Shown only while a tour is active.
 */
public final class TourBar extends VBox {

    private final Label title = new Label();
    private final Label counter = new Label();
    private final Label caption = new Label();

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
        Button leave = button("Leave tour", "Leave the tour and restore the filters, range and timeline span it replaced", tours::leave);
        leave.setId("tour-leave");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(title, gap, previous, counter, next, show, leave);
        controls.getStyleClass().add("tour-bar-controls");
        caption.setId("tour-bar-caption");
        caption.getStyleClass().add("tour-bar-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(controls, caption);
        Runnable update = () -> {
            boolean active = tours.getTour() != null;
            setVisible(active);
            setManaged(active);
            title.setText(active ? "Tour: " + state.render(tours.getTour().title()) : "");
            counter.setText(tours.counterText());
            Step step = tours.getCurrent();
            caption.setText(active && step != null ? state.render(step.caption()) : "");
        };
        tours.tourProperty().addListener(obs -> update.run());
        tours.positionProperty().addListener(obs -> update.run());
        tours.currentProperty().addListener(obs -> update.run());
        tours.countProperty().addListener(obs -> update.run());
        state.namingProperty().addListener(obs -> update.run());
        state.scriptProperty().addListener(obs -> update.run());
        update.run();
    }
}
