package org.fourislands.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Tour;
import org.fourislands.core.query.EventFilter;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.fourislands.ui.state.ExplorerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** Tours in the real window: what starting one changes, what leaving it restores, and the picker from the keyboard. */
@ExtendWith(ExplorerExtension.class)
class TourTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    private ExplorerState state() {
        return harness.window.state();
    }

    private TourSession tours() {
        return harness.window.tours();
    }

    /** The first bundled tour, asking for treaties and wars only, in Russian names. */
    private Tour treatiesAndWars() {
        Tour bundled = state().getDataset().tours().getFirst();
        return new Tour(bundled.id(), bundled.title(), bundled.description(), List.of(EventCategory.TREATY, EventCategory.WAR), bundled.steps());
    }

    /** A tour applies its categories and span, and leaving puts them back; the names stay the student's Japanese ones throughout. */
    @Test
    void startingATourAppliesItsFiltersAndLeavingRestoresThem(FxRobot robot) {
        EventFilter before = EventFilter.NONE.withIslands(Set.of("shikotan"));
        TimeWindow range = new TimeWindow(-40_000, -30_000);
        robot.interact(() -> {
            state().setNaming(NamingConvention.JAPANESE);
            state().setFilter(before);
            state().selectedRangeProperty().set(range);
        });
        Tour tour = treatiesAndWars();

        TimeWindow window = state().getVisibleWindow();
        robot.interact(() -> tours().start(tour));
        assertThat(state().getFilter().categories()).containsExactlyInAnyOrder(EventCategory.TREATY, EventCategory.WAR);
        // The timeline shows the years the steps span, each step's day inside.
        TimeWindow shown = state().getVisibleWindow();
        assertThat(tour.steps()).allSatisfy(step -> assertThat(shown.contains(state().getDataset().event(step.eventId()).orElseThrow().startEpochDay())).isTrue());
        assertThat(shown.span()).isLessThan(window.span());
        assertThat(state().getFilter().islandIds()).isEmpty();
        assertThat(state().selectedRangeProperty().get()).isNull();
        assertThat(state().getNaming()).isEqualTo(NamingConvention.JAPANESE);
        assertThat(state().getFilteredEvents()).allMatch(e -> e.category() == EventCategory.TREATY || e.category() == EventCategory.WAR);
        assertThat(tours().getPosition()).isZero();
        assertThat(state().getSelectedEvent().id()).isEqualTo(tour.steps().getFirst().eventId());
        assertThat(robot.lookup("#tour-bar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#tour-bar-counter").queryLabeled().getText()).isEqualTo("1 / " + tour.steps().size());

        robot.clickOn("#tour-next");
        assertThat(state().getSelectedEvent().id()).isEqualTo(tour.steps().get(1).eventId());
        assertThat(robot.lookup("#tour-bar-counter").queryLabeled().getText()).isEqualTo("2 / " + tour.steps().size());

        robot.clickOn("#tour-leave");
        assertThat(tours().getTour()).isNull();
        assertThat(state().getFilter()).isEqualTo(before);
        assertThat(state().selectedRangeProperty().get()).isEqualTo(range);
        assertThat(state().getNaming()).isEqualTo(NamingConvention.JAPANESE);
        assertThat(state().getVisibleWindow()).isEqualTo(window);
        assertThat(robot.lookup("#tour-bar").query().isVisible()).isFalse();
    }

    @Test
    void theKeyboardAloneChoosesAndStartsATour(FxRobot robot) {
        robot.interact(() -> harness.window.map().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        ExplorerHarness.settle();
        List<Tour> bundled = state().getDataset().tours();
        assertThat(robot.lookup("#tour-list").queryListView().getItems()).hasSize(bundled.size());
        // It blocks the main window, which its choice changes, and no other (its Javadoc said it blocked none).
        Stage picker = (Stage) robot.lookup("#tour-list").query().getScene().getWindow();
        assertThat(picker.getModality()).isEqualTo(Modality.WINDOW_MODAL);
        assertThat(picker.getOwner()).isSameAs(harness.window.getScene().getWindow());
        assertThat(robot.lookup(".tour-length").queryLabeled().getText()).isEqualTo(bundled.getFirst().steps().size() + " steps");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        ExplorerHarness.settle();
        assertThat(tours().getTour()).isEqualTo(bundled.get(1));
        assertThat(state().getSelectedEvent().id()).isEqualTo(bundled.get(1).steps().getFirst().eventId());
        // The step's own text is read in the window too, not only when presenting.
        assertThat(robot.lookup("#tour-bar-caption").queryLabeled().getText())
                .isEqualTo(state().render(bundled.get(1).steps().getFirst().caption()));
        robot.press(KeyCode.ALT).type(KeyCode.PAGE_DOWN).release(KeyCode.ALT);
        assertThat(tours().getPosition()).isEqualTo(1);
        assertThat(robot.lookup("#tour-bar-caption").queryLabeled().getText())
                .isEqualTo(state().render(bundled.get(1).steps().get(1).caption()));
    }

    /** Esc closes the picker though the list has the focus (it took the key), and F5 starts presenting, as its button says. */
    @Test
    void escapeClosesThePickerAndF5PresentsTheChosenTour(FxRobot robot) {
        robot.interact(() -> harness.window.map().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        ExplorerHarness.settle();
        assertThat(robot.lookup("#tour-list").queryListView().isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        ExplorerHarness.settle();
        assertThat(robot.lookup("#tour-list").tryQuery()).isEmpty();
        assertThat(tours().getTour()).isNull();

        robot.interact(() -> harness.window.map().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        ExplorerHarness.settle();
        robot.type(KeyCode.F5);
        ExplorerHarness.settle();
        assertThat(tours().getTour()).isEqualTo(state().getDataset().tours().getFirst());
        assertThat(harness.window.presentingProperty().get()).isTrue();
        robot.interact(() -> harness.window.leavePresentation());
    }
}
