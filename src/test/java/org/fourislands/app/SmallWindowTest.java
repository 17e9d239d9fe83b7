package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.fourislands.ui.timeline.TimelineRenderer;
import org.fourislands.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;

/**
 * A window smaller than the projector's, or larger text in it: tools go whole into the tool
 * bars' overflow menus rather than shrink to an ellipsis, and the timeline keeps room for every
 * lane above its overview strip.
 */
@ExtendWith(ExplorerExtension.class)
class SmallWindowTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    @Test
    void largerTextSendsToolsToTheOverflowMenuWhole(FxRobot robot) {
        robot.interact(() -> harness.window.textScaleProperty().set(1.3));
        ExplorerHarness.settle();

        assertEveryToolInABarIsWhole(robot);
        assertThat(robot.lookup(".timeline-toolbar .tool-bar-overflow-button").query().isVisible()).isTrue();
        assertTheLanesEndAboveTheOverview();
    }

    @Test
    void aNarrowShortWindowKeepsEveryToolWholeAndEveryLaneAboveTheOverview(FxRobot robot) {
        robot.interact(() -> {
            Window stage = harness.window.getScene().getWindow();
            stage.setWidth(800);
            stage.setHeight(600);
        });
        ExplorerHarness.settle();

        assertEveryToolInABarIsWhole(robot);
        assertTheLanesEndAboveTheOverview();
    }

    @Test
    void theTimelinesDividerStopsWhereEveryLaneStillFits(FxRobot robot) {
        Node divider = robot.lookup("#timeline-split > .split-pane-divider").query();
        Bounds window = harness.window.localToScreen(harness.window.getBoundsInLocal());

        robot.drag(divider).moveTo(robot.point(divider).getPosition().getX(), window.getMaxY() - 20).drop();
        ExplorerHarness.settle();

        TimelineView timeline = harness.window.timeline();
        assertThat(timeline.getHeight()).as("dragged down to its minimum").isLessThanOrEqualTo(timeline.minHeight(-1) + 1);
        assertTheLanesEndAboveTheOverview();
    }

    /** In a window 600 px wide the perspectives' list no longer fits: its label goes with it, not left alone on the bar. */
    @Test
    void aLabelGoesIntoTheOverflowMenuWithItsControl(FxRobot robot) {
        robot.interact(() -> harness.window.getScene().getWindow().setWidth(600));
        ExplorerHarness.settle();

        List<Label> labels = robot.lookup(".tool-bar .label").queryAllAs(Label.class).stream().filter(label -> label.getLabelFor() != null).toList();
        assertThat(labels).extracting(Label::getText).contains("Names:", "Perspective:");
        assertThat(labels).anyMatch(label -> !shownInItsBar(label.getLabelFor()));
        assertThat(labels).allSatisfy(label -> assertThat(shownInItsBar(label)).as(label.getText()).isEqualTo(shownInItsBar(label.getLabelFor())));
    }

    /**
     * Ctrl+F searches at any width. At half a 1366-pixel laptop screen the field stays on the bar;
     * narrower still it is in the bar's overflow menu, which Ctrl+F opens for the keys to reach it.
     */
    @ParameterizedTest(name = "{0} px wide: the field on the bar {1}")
    @CsvSource({"683, true", "600, false"})
    void ctrlFSearchesAtAnyWidth(double width, boolean fieldOnTheBar, FxRobot robot) {
        robot.interact(() -> harness.window.getScene().getWindow().setWidth(width));
        ExplorerHarness.settle();
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        assertThat(shownInItsBar(search)).as("the search field on the bar").isEqualTo(fieldOnTheBar);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        ExplorerHarness.settle();
        robot.write("Dulles");
        ExplorerHarness.settle();

        assertThat(harness.window.state().searchTextProperty().get()).isEqualTo("Dulles");
        assertThat(harness.window.state().getSearchResults()).isNotEmpty();
        if (!fieldOnTheBar) {
            robot.type(KeyCode.ESCAPE);
        }
    }

    /** Whether {@code node} is on its tool bar, not in the bar's overflow menu: every box up to the bar is visible. */
    private static boolean shownInItsBar(Node node) {
        for (Node up = node; !(up instanceof ToolBar); up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void assertEveryToolInABarIsWhole(FxRobot robot) {
        for (ToolBar bar : robot.lookup(".tool-bar").queryAllAs(ToolBar.class)) {
            // The bar's skin keeps the items that fit in a box of its own, the others in a hidden one for its overflow menu.
            List<Node> shown = bar.getItems().stream().filter(item -> item.isManaged() && item.getParent().isVisible()).toList();
            assertThat(shown).as("items shown in %s", bar.getStyleClass()).isNotEmpty();
            assertThat(shown).allSatisfy(item -> assertThat(item.getLayoutBounds().getWidth())
                    .as("%s in %s", item, bar.getStyleClass()).isGreaterThanOrEqualTo(item.prefWidth(-1) - 0.5));
        }
    }

    private void assertTheLanesEndAboveTheOverview() {
        TimelineRenderer renderer = harness.window.timeline().renderer();
        assertThat(renderer.lanesBottom()).isLessThanOrEqualTo(renderer.overviewTop());
    }
}
