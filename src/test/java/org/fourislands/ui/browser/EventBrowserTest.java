package org.fourislands.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.query.EventFilter;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** The event list in the real main window at 1280×720, a laptop's, where it holds three or four events. */
@ExtendWith(ExplorerExtension.class)
class EventBrowserTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    /** At start the list shows the event the story starts with (the treaty of 1855), not a stretch of the 1920s and 1930s. */
    @Test
    void atStartTheListShowsTheSelectedEvent(FxRobot robot) throws Exception {
        harness.awaitReady();
        ListView<HistoricalEvent> list = robot.lookup("#event-list").queryListView();
        HistoricalEvent selected = harness.window.state().getSelectedEvent();
        assertThat(selected.id()).startsWith("1855");
        assertRowShownWhole(robot, list, selected);
    }

    /** The selected event's row is read at full strength even when the chosen island dims the events not about it. */
    @Test
    void theSelectedRowIsNotDimmed(FxRobot robot) {
        var state = harness.window.state();
        HistoricalEvent kunashir = state.getDataset().event("1945-occupation-kunashiri").orElseThrow();
        robot.interact(() -> {
            state.setSelectedEvent(kunashir);
            state.setSelectedIsland(state.getDataset().island("shikotan").orElseThrow());
        });
        ExplorerHarness.settle();
        ListView<HistoricalEvent> list = robot.lookup("#event-list").queryListView();
        ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getListView() == list && c.getItem() == kunashir && c.isVisible()).findFirst().orElseThrow();
        assertThat(cell.getPseudoClassStates()).extracting(Object::toString).contains("dimmed", "selected");
        assertThat(cell.lookup(".event-title").getOpacity()).isEqualTo(1);
        robot.interact(() -> state.setSelectedIsland(null));
    }

    private static void assertRowShownWhole(FxRobot robot, ListView<HistoricalEvent> list, HistoricalEvent event) {
        ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getListView() == list && c.getItem() == event && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError(event.id() + " has no row in view"));
        Bounds inList = list.sceneToLocal(cell.localToScene(cell.getBoundsInLocal()));
        assertThat(inList.getMinY()).as("the top of %s's row", event.id()).isGreaterThanOrEqualTo(0);
        assertThat(inList.getMaxY()).as("the bottom of %s's row, in a list %.0f px high", event.id(), list.getHeight())
                .isLessThanOrEqualTo(list.getHeight());
    }

    /**
     * An event selected elsewhere (on the timeline, by a tour) is shown whole in the list, with
     * what room is left above it for the events before: three rows above it left only its date in
     * view.
     */
    @Test
    void anEventSelectedElsewhereIsShownWholeInTheList(FxRobot robot) {
        ListView<HistoricalEvent> list = robot.lookup("#event-list").queryListView();
        for (String id : new String[] {"1946-incorporation", "1956-joint-declaration", "2010-medvedev-visits-kunashiri"}) {
            HistoricalEvent event = harness.window.state().getDataset().event(id).orElseThrow();
            robot.interact(() -> harness.window.state().setSelectedEvent(event));
            ExplorerHarness.settle();
            assertRowShownWhole(robot, list, event);
        }
    }

    /** An event the filter hides, opened from a search, highlights no row: the row selected before it stayed highlighted. */
    @Test
    void anEventTheFilterHidesLeavesNoRowHighlighted(FxRobot robot) {
        ListView<HistoricalEvent> list = robot.lookup("#event-list").queryListView();
        var state = harness.window.state();
        HistoricalEvent declaration = state.getDataset().event("1956-joint-declaration").orElseThrow();
        HistoricalEvent medvedev = state.getDataset().event("2010-medvedev-visits-kunashiri").orElseThrow();
        robot.interact(() -> {
            state.setFilter(EventFilter.NONE.withCategories(Set.of(declaration.category())));
            state.setSelectedEvent(declaration);
        });
        ExplorerHarness.settle();
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(declaration);
        assertThat(medvedev.category()).isNotEqualTo(declaration.category());
        robot.interact(() -> state.setSelectedEvent(medvedev));
        ExplorerHarness.settle();
        assertThat(list.getItems()).doesNotContain(medvedev);
        assertThat(list.getSelectionModel().getSelectedIndices()).isEmpty();
        assertThat(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getListView() == list && cell.isSelected())).isEmpty();
        assertThat(state.getSelectedEvent()).isEqualTo(medvedev);
    }
}
