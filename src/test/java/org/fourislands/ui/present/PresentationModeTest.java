package org.fourislands.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Tour;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.map.MapViewport;
import org.fourislands.ui.timeline.TimelineView;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A presenter's session with the clicker's keys only, in the real window on the headless platform. */
@ExtendWith(ExplorerExtension.class)
class PresentationModeTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    private Tour tour(String id) {
        return harness.window.state().getDataset().tours().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private HistoricalEvent event(String id) {
        return harness.window.state().getDataset().event(id).orElseThrow();
    }

    private PresentationView presentation() {
        return harness.window.presentation();
    }

    private static boolean shown(Node node) {
        return node.getScene() != null && node.isVisible();
    }

    private Color centreColour(Node node) {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = node.snapshot(null, null));
        WaitForAsyncUtils.waitForFxEvents();
        return image[0].getPixelReader().getColor((int) image[0].getWidth() / 2, (int) image[0].getHeight() / 2);
    }

    @Test
    void aPresenterStepsThroughATourWithTheClickerKeysAndComesBack(FxRobot robot) {
        Tour tour = tour("how-the-border-moved");
        robot.interact(() -> harness.window.tours().start(tour));
        Node menuBar = robot.lookup(".menu-bar").query();
        Node eventList = robot.lookup("#event-list").query();
        // The map's own handler pans with the arrows: presentation keys must get there first.
        robot.interact(() -> harness.window.map().requestFocus());

        robot.type(KeyCode.F5);
        ExplorerHarness.settle();
        assertThat(harness.window.presentingProperty().get()).isTrue();
        assertThat(shown(menuBar)).isFalse();
        assertThat(shown(eventList)).isFalse();
        assertThat(shown(robot.lookup("#presentation-map").query())).isTrue();
        assertThat(harness.window.state().getTypeScale()).isEqualTo(1.6);
        assertThat(presentation().counterText()).isEqualTo("1 / 14");

        robot.type(KeyCode.PAGE_DOWN, 3);
        ExplorerHarness.settle();
        HistoricalEvent fourth = event(tour.steps().get(3).eventId());
        assertThat(harness.window.tours().getPosition()).isEqualTo(3);
        assertThat(presentation().counterText()).isEqualTo("4 / 14");
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(fourth);
        assertThat(harness.window.state().getSelectedDate()).isEqualTo(fourth.date());
        assertThat(presentation().captionText())
                .contains(harness.window.state().render(fourth.title()))
                .contains(fourth.date().toDisplayText())
                .contains(harness.window.state().render(tour.steps().get(3).caption()));

        robot.type(KeyCode.B);
        ExplorerHarness.settle();
        assertThat(presentation().getBlank()).isEqualTo(Blank.BLACK);
        assertThat(robot.lookup("#blank-screen").query().isVisible()).isTrue();
        assertThat(centreColour(presentation())).isEqualTo(Color.BLACK);
        robot.type(KeyCode.B);
        ExplorerHarness.settle();
        assertThat(presentation().getBlank()).isEqualTo(Blank.NONE);
        assertThat(robot.lookup("#blank-screen").query().isVisible()).isFalse();
        assertThat(centreColour(presentation())).isNotEqualTo(Color.BLACK);

        robot.type(KeyCode.PAGE_UP);
        ExplorerHarness.settle();
        HistoricalEvent third = event(tour.steps().get(2).eventId());
        assertThat(presentation().counterText()).isEqualTo("3 / 14");
        assertThat(harness.window.state().getSelectedDate()).isEqualTo(third.date());
        assertThat(presentation().captionText()).contains(harness.window.state().render(tour.steps().get(2).caption()));

        robot.type(KeyCode.ESCAPE);
        ExplorerHarness.settle();
        assertThat(harness.window.presentingProperty().get()).isFalse();
        assertThat(shown(menuBar)).isTrue();
        assertThat(shown(eventList)).isTrue();
        assertThat(shown(robot.lookup("#tour-bar").query())).isTrue();
        assertThat(harness.window.state().getTypeScale()).isEqualTo(1.0);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(third);
    }

    /**
     * A presenter who clicks another event on the timeline mid-tour leaves the steps: the counter
     * said "3 / 14" and the caption kept step 3's text while the map and the playhead showed the
     * other event. Next goes on from step 3 all the same, in the window too, and presenting again
     * arrives back at the tour's step.
     */
    @Test
    void anEventClickedMidTourIsNoStepAndNextGoesOnFromTheTour(FxRobot robot) {
        Tour tour = tour("how-the-border-moved");
        List<HistoricalEvent> steps = tour.steps().stream().map(step -> event(step.eventId())).toList();
        robot.interact(() -> harness.window.tours().start(tour, 2));
        robot.interact(() -> harness.window.map().requestFocus());
        robot.type(KeyCode.F5);
        ExplorerHarness.settle();
        assertThat(presentation().counterText()).isEqualTo("3 / 14");

        HistoricalEvent clicked = harness.clickAnEventOnTimeline(robot, presentation().timeline(), steps);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(clicked);
        assertThat(presentation().counterText()).isEqualTo("– / 14");
        assertThat(presentation().captionText())
                .contains(harness.window.state().render(clicked.title()))
                .doesNotContain(harness.window.state().render(tour.steps().get(2).caption()));

        robot.type(KeyCode.ESCAPE);
        ExplorerHarness.settle();
        assertThat(robot.lookup("#tour-bar-counter").queryLabeled().getText()).isEqualTo("– / 14");
        assertThat(robot.lookup("#tour-bar-caption").queryLabeled().getText()).isEmpty();
        robot.clickOn("#tour-next");
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(steps.get(3));
        assertThat(robot.lookup("#tour-bar-counter").queryLabeled().getText()).isEqualTo("4 / 14");

        harness.clickAnEventOnTimeline(robot, harness.window.timeline(), steps);
        robot.interact(() -> harness.window.enterPresentation());
        ExplorerHarness.settle();
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(steps.get(3));
        assertThat(presentation().counterText()).isEqualTo("4 / 14");
        robot.interact(() -> harness.window.leavePresentation());
    }

    /**
     * At 1280×720, a projector's size, a third of the steps' texts used to end in an ellipsis,
     * some before the second party's position. Every step must now be read whole, its type no
     * smaller than the floor.
     */
    @Test
    void everyStepOfEveryTourIsShownWholeAt1280x720(FxRobot robot) {
        double smallest = 1;
        for (Tour tour : harness.window.state().getDataset().tours()) {
            robot.interact(() -> harness.window.tours().start(tour));
            robot.interact(() -> harness.window.enterPresentation());
            for (int step = 1; step <= tour.steps().size(); step++) {
                ExplorerHarness.settle();
                Label text = robot.lookup("#presentation-text").queryAs(Label.class);
                Text shown = (Text) text.lookup(".text");
                assertThat(shown.getText()).as("%s, step %d, at type %.2f", tour.id(), step, presentation().captionScale())
                        .isEqualTo(text.getText());
                assertThat(presentation().captionScale()).isGreaterThanOrEqualTo(PresentationView.MIN_CAPTION_SCALE);
                smallest = Math.min(smallest, presentation().captionScale());
                robot.interact(() -> harness.window.tours().next());
            }
            robot.interact(() -> harness.window.leavePresentation());
        }
        assertThat(harness.window.getScene().getWidth()).isEqualTo(1280);
        assertThat(smallest).as("some step needed smaller type").isLessThan(1);
    }

    /**
     * Without a tour the caption is the event's summary, and at 1280×720 a quarter of them were
     * too long even at the smallest type: the incorporation of 1946 lost its last sentences,
     * Moscow's and Tokyo's readings of it. A long text now goes in pages of whole sentences,
     * each read whole, and the stepping keys turn them before they move to the next event.
     */
    @Test
    void aTextTooLongForTheScreenGoesInPagesTheSteppingKeysTurn(FxRobot robot) {
        List<HistoricalEvent> events = harness.window.state().getFilteredEvents();
        HistoricalEvent incorporation = harness.window.state().getDataset().event("1946-incorporation").orElseThrow();
        int index = events.indexOf(incorporation);
        robot.interact(() -> harness.window.state().setSelectedEvent(incorporation));
        robot.interact(() -> harness.window.enterPresentation());
        ExplorerHarness.settle();
        List<String> pages = presentation().pages();
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(String.join(" ", pages)).isEqualTo(harness.window.state().render(incorporation.summary()).strip());
        Label text = robot.lookup("#presentation-text").queryAs(Label.class);
        for (int page = 0; page < pages.size(); page++) {
            ExplorerHarness.settle();
            assertThat(text.getText()).isEqualTo(pages.get(page));
            assertThat(((Text) text.lookup(".text")).getText()).as("page %d shown whole", page + 1).isEqualTo(pages.get(page));
            assertThat(presentation().counterText()).isEqualTo("%d / %d · part %d of %d".formatted(index + 1, events.size(), page + 1, pages.size()));
            assertThat(harness.window.state().getSelectedEvent()).isEqualTo(incorporation);
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(index + 1));
        robot.type(KeyCode.PAGE_UP);
        ExplorerHarness.settle();
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(incorporation);
        assertThat(text.getText()).isEqualTo(pages.getFirst());
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_UP);
        assertThat(text.getText()).isEqualTo(pages.getFirst());
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(incorporation);
        robot.interact(() -> harness.window.leavePresentation());
    }

    @Test
    void aFittedCaptionStillFollowsTheTypeSizeWhenPresenting(FxRobot robot) {
        Tour tour = tour("how-the-border-moved");
        // Its second step is one that needs smaller type at 1280×720.
        robot.interact(() -> harness.window.tours().start(tour, 1));
        robot.interact(() -> harness.window.enterPresentation());
        ExplorerHarness.settle();
        assertThat(presentation().captionScale()).isLessThan(1);
        Label text = robot.lookup("#presentation-text").queryAs(Label.class);
        double before = text.getFont().getSize();
        // The text's size in the theme at 1.6×, before the caption was fitted.
        double unfittedBefore = before / presentation().captionScale();
        robot.interact(() -> harness.window.presentationScaleProperty().set(1.2));
        ExplorerHarness.settle();
        // At 1.2× the caption is fitted anew, or fits whole: either way its size follows from the
        // theme's at 1.2×, not from the size fitted at 1.6×.
        double expected = unfittedBefore * 1.2 / 1.6 * presentation().captionScale();
        assertThat(text.getFont().getSize()).as("text size at 1.2× after %.1f px at 1.6×", before)
                .isLessThan(before)
                .isCloseTo(expected, within(0.1));
        assertThat(((Text) text.lookup(".text")).getText()).isEqualTo(text.getText());
        robot.interact(() -> {
            harness.window.presentationScaleProperty().set(1.6);
            harness.window.leavePresentation();
        });
    }

    @Test
    void withoutATourTheKeysStepThroughTheFilteredEvents(FxRobot robot) {
        List<HistoricalEvent> events = harness.window.state().getFilteredEvents();
        robot.interact(() -> harness.window.state().setSelectedEvent(events.get(10)));
        robot.interact(() -> harness.window.enterPresentation());
        assertThat(presentation().counterText()).isEqualTo("11 / " + events.size());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(13));
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(11));
        assertThat(presentation().captionText()).contains(harness.window.state().render(events.get(11).summary()));
        robot.type(KeyCode.END);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.getLast());
        robot.type(KeyCode.HOME);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.getFirst());
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5);
        assertThat(presentation().typedDigitsProperty().get()).isEqualTo("25");
        robot.type(KeyCode.ENTER);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(24));
        // (Its summary may be long enough for pages: "… · part 1 of 2".)
        assertThat(presentation().counterText()).startsWith("25 / " + events.size());
        // Digits beyond the last step's number's are not taken: eleven of them overflowed an int.
        robot.type(KeyCode.DIGIT9, 11);
        assertThat(presentation().typedDigitsProperty().get()).isEqualTo("9".repeat(Integer.toString(events.size()).length()));
        robot.type(KeyCode.ENTER);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.getLast());
    }

    /** Some clickers send the up and down arrows: they step too, and Shift with an arrow pans the map instead. */
    @Test
    void theUpAndDownArrowsStepAndShiftWithAnArrowPansTheMap(FxRobot robot) {
        List<HistoricalEvent> events = harness.window.state().getFilteredEvents();
        robot.interact(() -> harness.window.state().setSelectedEvent(events.get(10)));
        robot.interact(() -> harness.window.enterPresentation());
        MapView map = robot.lookup("#presentation-map").queryAs(MapView.class);
        robot.type(KeyCode.DOWN, 2);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(12));
        robot.type(KeyCode.UP);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(11));

        MapViewport before = map.getViewport();
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        ExplorerHarness.settle();
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(11));
        assertThat(map.getViewport().centreY()).isNotEqualTo(before.centreY());
        assertThat(map.getViewport().centreX()).isNotEqualTo(before.centreX());
    }

    /**
     * The sheet of keys, opened while presenting, is in the presentation's large type: every key
     * reads whole ("Alt+Page Down / Alt…" did) and the sheet stays on the screen.
     */
    @Test
    void theSheetOfKeysWhilePresentingShowsEveryKeyWholeOnTheScreen(FxRobot robot) {
        robot.interact(() -> harness.window.enterPresentation());
        robot.type(KeyCode.F1);
        ExplorerHarness.settle();
        javafx.stage.Window sheet = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().lookup("#shortcut-sheet") != null).findFirst().orElseThrow();
        List<Label> keys = sheet.getScene().getRoot().lookupAll(".shortcut-keys").stream().map(Label.class::cast).toList();
        assertThat(keys).hasSizeGreaterThan(10);
        for (Label key : keys) {
            assertThat(((Text) key.lookup(".text")).getText()).as("the keys %s", key.getText()).isEqualTo(key.getText());
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(sheet.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(sheet.getY() + sheet.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        robot.interact(sheet::hide);
        robot.interact(() -> harness.window.leavePresentation());
    }

    @Test
    void thePresentationsViewsLeaveTheWindowsSearchAndIslandUnmarked(FxRobot robot) {
        robot.interact(() -> harness.window.enterPresentation());
        assertThat(presentation().map().studyHighlightsProperty().get()).isFalse();
        assertThat(presentation().timeline().studyHighlightsProperty().get()).isFalse();
        assertThat(harness.window.map().studyHighlightsProperty().get()).isTrue();
        robot.interact(() -> harness.window.leavePresentation());
    }

    /**
     * The presentation's timeline has no overview strip: nobody drags it on a projector, and at
     * 1280×720 its room makes the timeline's type larger, so its lanes still reach the bottom.
     */
    @Test
    void thePresentationsTimelineGivesTheOverviewsRoomToItsType(FxRobot robot) {
        robot.interact(() -> harness.window.enterPresentation());
        ExplorerHarness.settle();
        TimelineView timeline = presentation().timeline();
        double[] withoutOverview = new double[3];
        robot.interact(() -> {
            withoutOverview[0] = timeline.renderer().typeScale();
            withoutOverview[1] = timeline.renderer().overviewTop();
            withoutOverview[2] = timeline.renderer().lanesBottom();
        });
        assertThat(withoutOverview[1]).as("no overview: its top is the bottom").isEqualTo(timeline.getHeight());
        assertThat(withoutOverview[2]).as("the lanes take its room").isGreaterThan(timeline.getHeight() - 8);

        robot.interact(() -> timeline.overviewShownProperty().set(true));
        ExplorerHarness.settle();
        double[] withOverview = new double[1];
        robot.interact(() -> withOverview[0] = timeline.renderer().typeScale());
        assertThat(withoutOverview[0]).as("type without the overview, against with it").isGreaterThan(withOverview[0] * 1.08);
        robot.interact(() -> harness.window.leavePresentation());
        assertThat(harness.window.timeline().overviewShownProperty().get()).as("the window's timeline keeps its overview").isTrue();
    }

    @Test
    void escapeFirstClearsABlankScreenAndASteppingKeyOnlyRevealsTheStep(FxRobot robot) {
        robot.interact(() -> harness.window.enterPresentation());
        HistoricalEvent before = harness.window.state().getSelectedEvent();
        robot.type(KeyCode.PERIOD);
        assertThat(presentation().getBlank()).isEqualTo(Blank.BLACK);
        robot.type(KeyCode.W);
        assertThat(presentation().getBlank()).isEqualTo(Blank.WHITE);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(presentation().getBlank()).isEqualTo(Blank.NONE);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(before);
        robot.type(KeyCode.COMMA);
        robot.type(KeyCode.ESCAPE);
        assertThat(presentation().getBlank()).isEqualTo(Blank.NONE);
        assertThat(harness.window.presentingProperty().get()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.window.presentingProperty().get()).isFalse();
    }
}
