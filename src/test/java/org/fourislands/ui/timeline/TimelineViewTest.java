package org.fourislands.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TickScale;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.Graphics2DSurface;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.Rgba;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import static org.fourislands.testing.ExplorerHarness.KUNASHIR;
import static org.fourislands.testing.ExplorerHarness.colourOf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** The timeline linked to the map and the detail panel, driven with real drags, clicks and keys. */
@ExtendWith(ExplorerExtension.class)
class TimelineViewTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    private TimelineView timeline() {
        return harness.window.timeline();
    }

    private Point2D onTimeline(double x, double y) {
        return timeline().localToScreen(x, y);
    }

    private HistoricalEvent event(String id) {
        return harness.window.state().getDataset().event(id).orElseThrow();
    }

    /** Presentation mode's timeline dims nothing for the window's search or selected island; the window's timeline does. */
    @Test
    void theStudyHighlightsAreDrawnOnlyWhereAsked(FxRobot robot) {
        var state = harness.window.state();
        robot.interact(() -> {
            state.setSelectedIsland(state.getDataset().island("shikotan").orElseThrow());
            state.searchTextProperty().set("treaty");
        });
        TimelineFrame[] frames = new TimelineFrame[2];
        robot.interact(() -> {
            frames[0] = ((TimelineViewSkin) timeline().getSkin()).frame();
            timeline().studyHighlightsProperty().set(false);
            frames[1] = ((TimelineViewSkin) timeline().getSkin()).frame();
            timeline().studyHighlightsProperty().set(true);
            state.searchTextProperty().set("");
            state.setSelectedIsland(null);
        });
        assertThat(frames[0].selectedIsland().id()).isEqualTo("shikotan");
        assertThat(frames[0].searchResults()).isNotEmpty();
        assertThat(frames[1].selectedIsland()).isNull();
        assertThat(frames[1].searchResults()).isEmpty();
    }

    @Test
    void draggingThePlayheadTo1950RecolorsKunashir(FxRobot robot) {
        harness.fitIsland(robot, "kunashiri-kunashir");
        harness.setDate(robot, "1900-01-01");
        assertThat(harness.mostlyDrawnIn(colourOf(PaletteSlot.JAPAN), KUNASHIR)).isTrue();

        TimelineRenderer renderer = timeline().renderer();
        double from = renderer.xOfDay(HistoricalDate.parse("1900-01-01").startEpochDay());
        double to = renderer.xOfDay(HistoricalDate.parse("1950-07-01").startEpochDay());
        robot.drag(onTimeline(from, 14)).moveTo(onTimeline((from + to) / 2, 14)).moveTo(onTimeline(to, 14)).release(javafx.scene.input.MouseButton.PRIMARY);
        ExplorerHarness.settle();

        assertThat(harness.window.state().getSelectedDate().year()).isEqualTo(1950);
        assertThat(harness.mostlyDrawnIn(colourOf(PaletteSlot.USSR), KUNASHIR)).isTrue();
    }

    @Test
    void clickingAnEventOnTheTimelineShowsItInTheDetailPanel(FxRobot robot) {
        HistoricalEvent portsmouth = event("1905-treaty-of-portsmouth");
        double[] centre = timeline().renderer().markerCentre(portsmouth);
        assertThat(centre).as("the 1905 treaty has its own marker at the default zoom").isNotNull();
        robot.clickOn(onTimeline(centre[0], centre[1]));
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(portsmouth);
        assertThat(robot.lookup("#detail-title").queryLabeled().getText()).isEqualTo(harness.window.state().render(portsmouth.title()));
    }

    @Test
    void selectingShikotanDimsTheEventsThatDoNotTouchIt(FxRobot robot) {
        harness.fitFourIslands(robot);
        robot.clickOn(harness.screenPointOf(new GeoPoint(146.752, 43.797)));
        assertThat(harness.window.state().getSelectedIsland().id()).isEqualTo("shikotan");
        assertThat(harness.window.state().isDimmed(event("1905-treaty-of-portsmouth"))).isTrue();
        assertThat(harness.window.state().isDimmed(event("1956-joint-declaration"))).isFalse();
        assertThat(harness.window.state().isDimmed(event("1945-occupation-shikotan"))).isFalse();
        assertThat(markerOpacity(robot, event("1905-treaty-of-portsmouth"))).as("the 1905 treaty's marker").isLessThan(1);
        showWindow(robot, "1956-09-01", "1957-01-01");
        assertThat(markerOpacity(robot, event("1956-joint-declaration"))).as("the 1956 declaration's marker").isEqualTo(1);
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.window.state().getSelectedIsland()).isNull();
    }

    /** How opaque the timeline draws the event's own marker now: 1, or less where it is dimmed. */
    private double markerOpacity(FxRobot robot, HistoricalEvent event) {
        TimelineRenderer renderer = new TimelineRenderer();
        double[] opacity = {1};
        List<double[]> circles = new ArrayList<>(); // centre x, centre y, opacity
        renderTimeline(robot, renderer, (call, args, target) -> {
            switch (call) {
                case "setGlobalAlpha" -> opacity[0] = (double) args[0];
                case "addCircle" -> circles.add(new double[] {(double) args[0], (double) args[1], opacity[0]});
                default -> { }
            }
        });
        double[] centre = renderer.markerCentre(event);
        assertThat(centre).as("%s has a marker of its own", event.id()).isNotNull();
        List<Double> drawn = circles.stream()
                .filter(circle -> Math.abs(circle[0] - centre[0]) < 0.5 && Math.abs(circle[1] - centre[1]) < 0.5)
                .map(circle -> circle[2]).distinct().toList();
        assertThat(drawn).as("opacities of %s's marker", event.id()).hasSize(1);
        return drawn.getFirst();
    }

    @Test
    void searchingDullesFindsThe1956Episode(FxRobot robot) {
        robot.clickOn("#search-field").write("dulles").type(KeyCode.ENTER);
        assertThat(harness.window.state().getSearchResults()).extracting(HistoricalEvent::id).contains("1956-dulles-shigemitsu");
        assertThat(harness.window.state().getSelectedEvent().id()).isEqualTo(harness.window.state().getSearchResults().getFirst().id());
        assertThat(robot.lookup("#search-count").queryLabeled().getText()).startsWith("1 / ");
    }

    /** A misspelling finds nothing, and the tool bar offers the mended spelling: Enter takes it, and a second Enter goes to its first event. */
    @Test
    void aMisspeltSearchOffersTheSpellingThatFindsEvents(FxRobot robot) {
        robot.clickOn("#search-field").write("dules");
        var suggestion = robot.lookup("#search-suggestion").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(harness.window.state().getSearchResults()).isEmpty();
        assertThat(suggestion.isVisible()).isTrue();
        assertThat(suggestion.getText()).contains("“dulles”");
        assertThat(robot.lookup("#search-count").queryLabeled().isVisible()).isFalse();

        robot.type(KeyCode.ENTER);
        assertThat(harness.window.state().searchTextProperty().get()).isEqualTo("dulles");
        assertThat(suggestion.isVisible()).isFalse();
        assertThat(robot.lookup("#search-count").queryLabeled().getText()).endsWith("found — Enter");
        assertThat(harness.window.state().getSearchResults()).extracting(HistoricalEvent::id).contains("1956-dulles-shigemitsu");
        robot.type(KeyCode.ENTER);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(harness.window.state().getSearchResults().getFirst());
    }

    @Test
    void searchIgnoresMacronsAndCase(FxRobot robot) {
        // "KONO" must find Kōno Tarō in 2019 (spelt Kono in the data) and Kōno Ichirō in 1956 (spelt with a macron).
        robot.clickOn("#search-field").write("KONO");
        assertThat(harness.window.state().getSearchResults()).extracting(HistoricalEvent::id)
                .contains("2019-kono-secrecy-remark", "2019-lavrov-kono-talks", "1956-soviet-fishing-restrictions");
    }

    /**
     * The timeline never runs past the data: panning on with the keys stops at the end of 2024,
     * and the status strips end with the window, not at a year the dataset does not cover.
     */
    @Test
    void panningStopsWhereTheDataEnds(FxRobot robot) {
        Rgba[] administrators = new Rgba[4];
        robot.interact(() -> {
            var palette = ((TimelineViewSkin) timeline().getSkin()).frame().palette();
            administrators[0] = palette.get(PaletteSlot.JAPAN);
            administrators[1] = palette.get(PaletteSlot.RUSSIAN_EMPIRE);
            administrators[2] = palette.get(PaletteSlot.USSR);
            administrators[3] = palette.get(PaletteSlot.RUSSIA);
        });
        robot.interact(() -> harness.window.state().setVisibleWindow(
                new TimeWindow(HistoricalDate.parse("2010").startEpochDay(), HistoricalDate.parse("2020").startEpochDay())));
        robot.clickOn(timeline());
        for (int i = 0; i < 12; i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        }
        ExplorerHarness.settle();
        TimeWindow window = harness.window.state().getVisibleWindow();
        assertThat(window.end()).isEqualTo((double) HistoricalDate.parse("2024").endEpochDayExclusive());
        assertThat(window.span()).isCloseTo(HistoricalDate.parse("2020").startEpochDay() - HistoricalDate.parse("2010").startEpochDay(),
                org.assertj.core.data.Offset.offset(0.5));

        // The strips are the rectangles in an administrator's colour, plain or hatched (contested).
        TimelineRenderer renderer = new TimelineRenderer();
        Object[] fill = new Object[1];
        double[] lastRectRight = new double[1];
        List<Double> stripEnds = new ArrayList<>();
        renderTimeline(robot, renderer, (call, args, target) -> {
            switch (call) {
                case "setFill" -> fill[0] = args[0];
                case "addRect" -> lastRectRight[0] = (double) args[0] + (double) args[2];
                case "fillHatchedPath" -> {
                    if (List.of(administrators).contains(args[0])) {
                        stripEnds.add(lastRectRight[0]);
                    }
                }
                case "fillRect" -> {
                    if (List.of(administrators).contains(fill[0])) {
                        stripEnds.add((double) args[0] + (double) args[2]);
                    }
                }
                default -> { }
            }
        });
        assertThat(stripEnds).as("status strips drawn").isNotEmpty();
        assertThat(stripEnds.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .isCloseTo(renderer.plotLeft() + renderer.plotWidth(), within(0.5));
    }

    @Test
    void atDayZoomTheTicksAreDays(FxRobot robot) {
        showWindow(robot, "1945-08-25", "1945-09-08");
        TimelineRenderer renderer = new TimelineRenderer();
        List<String> texts = new ArrayList<>();
        renderTimeline(robot, renderer, (call, args, target) -> {
            if (call.equals("fillText")) {
                texts.add((String) args[0]);
            }
        });
        assertThat(renderer.tickUnit()).isEqualTo(TickScale.Unit.DAY);
        assertThat(renderer.tickLabels()).startsWith("25 Aug").contains("28 Aug", "31 Aug", "1 Sep 1945", "2 Sep");
        assertThat(texts).contains("Days").containsAll(renderer.tickLabels());
    }

    /**
     * The Soviet landings on South Sakhalin (11–25 August 1945) and the northern Kurils (18–23
     * August) overlap in the War lane: one bar tinted once, as a filled shape of both would be,
     * with an edge where the second ends. Sampled clear of the bars' names.
     */
    @Test
    void overlappingRangesReadAsOneTintWithAnEdgeWhereEachEnds(FxRobot robot) {
        robot.interact(() -> harness.window.state().setVisibleWindow(
                new TimeWindow(HistoricalDate.parse("1945-08-05").startEpochDay(), HistoricalDate.parse("1945-08-31").startEpochDay())));
        ExplorerHarness.settle();
        TimelineRenderer renderer = timeline().renderer();
        double onlyFirst = renderer.xOfDay(HistoricalDate.parse("1945-08-25").startEpochDay());
        double secondEnds = renderer.xOfDay(HistoricalDate.parse("1945-08-23").endEpochDayExclusive());
        // Inside both bars, between the end of the second's name (a name stops 4 px short of its
        // bar's end) and the edge where that bar ends.
        double both = secondEnds - 2.5;
        // The lane's rows where the bars answer to the pointer: the bar lies near their top.
        int firstRow = -1;
        int lastRow = -1;
        for (int y = 0; y < timeline().getHeight(); y++) {
            if (renderer.hitTest(both, y) instanceof TimelineRenderer.EventHit hit
                    && hit.event().id().equals("1945-occupation-south-sakhalin") || renderer.hitTest(both, y) instanceof TimelineRenderer.EventHit other
                    && other.event().id().equals("1945-occupation-northern-kurils")) {
                firstRow = firstRow < 0 ? y : firstRow;
                lastRow = y;
            }
        }
        assertThat(firstRow).as("the War lane's bars are under the pointer").isPositive();
        javafx.scene.image.PixelReader pixels = ExplorerHarness.snapshot(timeline()).getPixelReader();
        // The bar's rows: the run of rows darker than any lane of the light theme, where the first
        // landing's bar runs alone (a short lane moves bars up, so their rows are not fixed).
        int barTop = -1;
        int barBottom = -1;
        for (int y = firstRow - 3; y <= lastRow + 6; y++) {
            boolean dark = luminance(pixels.getColor((int) onlyFirst, y)) < 0.8;
            if (dark && barTop < 0) {
                barTop = y;
            }
            if (!dark && barTop >= 0) {
                barBottom = y - 1;
                break;
            }
        }
        assertThat(barBottom - barTop).as("the bar's rows, from %s to %s", barTop, barBottom).isGreaterThanOrEqualTo(3);
        int barRow = (barTop + barBottom) / 2;
        Color lane = pixels.getColor((int) both, barBottom + 2);
        Color single = pixels.getColor((int) onlyFirst, barRow);
        Color overlap = pixels.getColor((int) both, barRow);
        assertThat(luminance(single)).as("a range tints its lane: %s on %s", single, lane).isLessThan(luminance(lane) - 0.05);
        assertThat(ExplorerHarness.sameColour(overlap, single)).as("overlap %s, one bar %s", overlap, single).isTrue();
        double darkest = 1;
        for (int x = (int) secondEnds - 1; x <= (int) secondEnds + 1; x++) {
            darkest = Math.min(darkest, luminance(pixels.getColor(x, barRow)));
        }
        assertThat(darkest).as("an edge where the second landing ends").isLessThan(luminance(single) - 0.15);
    }

    private static double luminance(Color colour) {
        return org.fourislands.render.Contrast.luminance(new Rgba(colour.getRed(), colour.getGreen(), colour.getBlue(), 1));
    }

    @Test
    void inTheWholePeriodThe1855TreatysMarkerAndItsSelectionRingAreDrawnWhole(FxRobot robot) {
        HistoricalEvent shimoda = event("1855-treaty-of-shimoda");
        robot.interact(() -> {
            timeline().showAll();
            harness.window.state().setSelectedEvent(shimoda);
        });
        ExplorerHarness.settle();
        double[] centre = timeline().renderer().markerCentre(shimoda);
        assertThat(centre).as("the treaty's own marker is drawn").isNotNull();
        javafx.scene.image.PixelReader pixels = ExplorerHarness.snapshot(timeline()).getPixelReader();
        Color selection = ExplorerHarness.colourOf(PaletteSlot.SELECTION);
        // The selection ring is stroked 3 px outside the marker; its leftmost pixels are what the
        // gutter, painted over markers before the window's start, used to hide.
        int row = (int) centre[1];
        boolean ringOnTheLeft = false;
        boolean ringOnTheRight = false;
        for (int dx = 5; dx <= 14; dx++) {
            ringOnTheLeft |= ExplorerHarness.sameColour(pixels.getColor((int) centre[0] - dx, row), selection);
            ringOnTheRight |= ExplorerHarness.sameColour(pixels.getColor((int) centre[0] + dx, row), selection);
        }
        assertThat(ringOnTheRight).as("the ring's right side at x %s", centre[0]).isTrue();
        assertThat(ringOnTheLeft).as("the ring's left side at x %s", centre[0]).isTrue();
    }

    @Test
    void theArrowKeysStepThroughEvents(FxRobot robot) {
        robot.interact(() -> harness.window.state().setSelectedEvent(event("1956-joint-declaration")));
        robot.interact(() -> timeline().requestFocus());
        var events = harness.window.state().getFilteredEvents();
        int index = events.indexOf(event("1956-joint-declaration"));
        robot.type(KeyCode.RIGHT);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(index + 1));
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(events.get(index - 1));
    }

    @Test
    void draggingOnTheOverviewSelectsARangeThatFiltersTheEvents(FxRobot robot) {
        TimelineRenderer renderer = timeline().renderer();
        TimeWindow overview = renderer.overview();
        double y = timeline().getHeight() - 8;
        // A pixel of the overview is about two months, so aim at mid-year.
        double from = renderer.plotLeft() + overview.toX(HistoricalDate.parse("1945-07-01").startEpochDay(), renderer.plotWidth());
        double to = renderer.plotLeft() + overview.toX(HistoricalDate.parse("1960-07-01").startEpochDay(), renderer.plotWidth());
        // Start outside the visible-window box: zoom in first so the box does not cover 1945.
        robot.interact(() -> harness.window.state().setVisibleWindow(new TimeWindow(
                HistoricalDate.parse("1990-01-01").startEpochDay(), HistoricalDate.parse("2000-01-01").startEpochDay())));
        ExplorerHarness.settle();
        robot.drag(onTimeline(from, y)).moveTo(onTimeline((from + to) / 2, y)).moveTo(onTimeline(to, y))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        TimeWindow range = harness.window.state().selectedRangeProperty().get();
        assertThat(range).isNotNull();
        assertThat(HistoricalDate.ofEpochDay((long) range.start()).year()).isEqualTo(1945);
        assertThat(HistoricalDate.ofEpochDay((long) range.end()).year()).isEqualTo(1960);
        assertThat(harness.window.state().getFilteredEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.endEpochDayExclusive() > range.start() && e.startEpochDay() < range.end()).isTrue())
                .extracting(HistoricalEvent::id).contains("1956-joint-declaration").doesNotContain("1993-tokyo-declaration");
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.window.state().getFilteredEvents()).hasSize(harness.window.state().getDataset().events().size());
    }

    /** Without a mouse: zoom and pan to the years wanted, then R takes them as the range. */
    @Test
    void theKeyboardTakesTheYearsShownAsTheRange(FxRobot robot) {
        robot.interact(() -> harness.window.state().setVisibleWindow(new TimeWindow(
                HistoricalDate.parse("1945-01-01").startEpochDay(), HistoricalDate.parse("1961-01-01").startEpochDay())));
        robot.interact(() -> timeline().requestFocus());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        TimeWindow shown = harness.window.state().getVisibleWindow();
        robot.type(KeyCode.R);
        assertThat(harness.window.state().selectedRangeProperty().get()).isEqualTo(shown);
        assertThat(harness.window.state().getFilteredEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.endEpochDayExclusive() > shown.start() && e.startEpochDay() < shown.end()).isTrue())
                .extracting(HistoricalEvent::id).contains("1956-joint-declaration").doesNotContain("1855-treaty-of-shimoda");
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.window.state().selectedRangeProperty().get()).isNull();
    }

    @Test
    void aCategoryFilterAppliesToTheTimelineAndTheList(FxRobot robot) {
        robot.interact(() -> harness.window.state().setFilter(
                harness.window.state().getFilter().withCategories(java.util.Set.of(org.fourislands.core.model.EventCategory.TREATY))));
        assertThat(harness.window.state().getFilteredEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.category()).isEqualTo(org.fourislands.core.model.EventCategory.TREATY));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<HistoricalEvent> list = robot.lookup("#event-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).containsExactlyElementsOf(harness.window.state().getFilteredEvents());

        ExplorerHarness.settle();
        TimelineFrame[] frame = new TimelineFrame[1];
        robot.interact(() -> frame[0] = ((TimelineViewSkin) timeline().getSkin()).frame());
        assertThat(frame[0].events()).containsExactlyElementsOf(harness.window.state().getFilteredEvents());
        Set<String> treaties = new HashSet<>();
        for (HistoricalEvent treaty : harness.window.state().getFilteredEvents()) {
            treaties.add(harness.window.state().render(treaty.title()));
        }
        List<DrawnName> names = drawnEventNames(robot, new TimelineRenderer());
        assertThat(names).as("event names drawn").isNotEmpty()
                .allSatisfy(name -> assertThat(isEventName(name.text(), treaties)).as("\"%s\" names a treaty", name.text()).isTrue());
    }

    /** An event's name on the timeline is drawn whole or not at all: never cut by the gutter or the right edge. */
    @Test
    void eventNamesAreNeverCutByTheEdgesOfThePlot(FxRobot robot) {
        for (String[] window : new String[][] {{"1855-01-01", "2025-01-01"}, {"1800-01-01", "1900-01-01"}, {"1990-01-01", "2030-01-01"}}) {
            showWindow(robot, window[0], window[1]);
            TimelineRenderer renderer = new TimelineRenderer();
            List<DrawnName> names = drawnEventNames(robot, renderer);
            assertThat(names).as("event names drawn from %s to %s", window[0], window[1]).isNotEmpty();
            for (DrawnName name : names) {
                assertThat(name.left()).as("the left edge of \"%s\", %s to %s", name.text(), window[0], window[1])
                        .isGreaterThanOrEqualTo(renderer.plotLeft() - 0.5);
                assertThat(name.right()).as("the right edge of \"%s\", %s to %s", name.text(), window[0], window[1])
                        .isLessThanOrEqualTo(renderer.plotLeft() + renderer.plotWidth() + 8.5);
            }
        }
    }

    /**
     * No event's name is drawn over another's, within a lane or across two. In a laptop's window
     * (the harness is 1280×720) the lanes are short: bars' names were drawn at their bars, high
     * in the lane, where they ran into the names of the lane above ("Battle of Shumshu" under
     * "Japan announces its acceptance of the Potsdam Declaration" in August 1945).
     */
    @Test
    void eventNamesNeverOverlapEachOther(FxRobot robot) {
        for (String[] window : new String[][] {{"1945-08-08", "1945-09-10"}, {"1855-01-01", "2025-01-01"}, {"1945-01-01", "1960-01-01"},
                {"1990-01-01", "2025-01-01"}}) {
            showWindow(robot, window[0], window[1]);
            List<DrawnName> names = drawnEventNames(robot, new TimelineRenderer());
            assertThat(names).as("event names drawn from %s to %s", window[0], window[1]).hasSizeGreaterThan(3);
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    assertThat(names.get(i).overlaps(names.get(j)))
                            .as("\"%s\" and \"%s\", %s to %s", names.get(i).text(), names.get(j).text(), window[0], window[1]).isFalse();
                }
            }
        }
    }

    /**
     * A name set left of its marker (drawn to end at it) runs at most 120 px at type scale 1 to its
     * left, shortened with an ellipsis beyond that: a name reads as dated where it begins, and over
     * 1946–1996 "The Soviet Union dissolves and the Russian Federation takes over", whole on the
     * left of its 1991 marker, began at about 1964.
     */
    @Test
    void aNameLeftOfItsMarkerRunsABoundedDistance(FxRobot robot) {
        double[] typeScale = new double[1];
        robot.interact(() -> typeScale[0] = ((TimelineViewSkin) timeline().getSkin()).frame().palette().typeScale());
        int onTheLeft = 0;
        for (String[] window : new String[][] {{"1946-01-01", "1996-01-01"}, {"1855-01-01", "2025-01-01"}, {"1945-01-01", "1960-01-01"},
                {"1970-01-01", "2000-01-01"}}) {
            showWindow(robot, window[0], window[1]);
            for (DrawnName name : drawnEventNames(robot, new TimelineRenderer())) {
                if (name.align() == DrawingSurface.Align.RIGHT) {
                    onTheLeft++;
                    assertThat(name.right() - name.left()).as("\"%s\", left of its marker, %s to %s", name.text(), window[0], window[1])
                            .isLessThanOrEqualTo(120 * typeScale[0] + 0.5);
                }
            }
        }
        assertThat(onTheLeft).as("names drawn left of their markers").isPositive();
    }

    /**
     * The grid's lines and the playhead's stop at an event's name instead of striking through its
     * letters: "Japan and the U|nited States sign a security treaty" and "the ret|urn of the
     * islands" were cut on screen and in every export. A grid line across a name must be covered,
     * after it and before the name, by an opaque box of another colour; no piece of the playhead's
     * line may cross a name. Names are checked over the middle band of their letters.
     */
    @Test
    void theGridAndThePlayheadStopAtEventNames(FxRobot robot) {
        Rgba[] colours = new Rgba[3]; // the grid's, the playhead's and its halo's
        robot.interact(() -> {
            var palette = ((TimelineViewSkin) timeline().getSkin()).frame().palette();
            colours[0] = palette.get(PaletteSlot.GRATICULE);
            colours[1] = palette.get(PaletteSlot.BORDER_DE_FACTO);
            colours[2] = palette.get(PaletteSlot.HALO);
        });
        Set<String> titles = new HashSet<>();
        for (HistoricalEvent event : harness.window.state().getDataset().events()) {
            titles.add(harness.window.state().render(event.title()));
        }
        int gridCrossings = 0;
        int playheadCrossings = 0;
        for (String[] shown : new String[][] {{"1956-joint-declaration", "1945-01-01", "1960-01-01"},
                {"1956-joint-declaration", "1946-01-01", "1996-01-01"}, {"1951-us-japan-security-treaty", "1940-01-01", "1965-01-01"},
                {"1945-nemuro-mayor-petition", "1855-01-01", "2025-01-01"}}) {
            selectAndShow(robot, shown[0], shown[1], shown[2]);
            Object[] fill = new Object[1];
            double[] alpha = {1};
            int[] calls = new int[1];
            // left, right, top, bottom and call number of each: grid line, opaque rectangle, playhead piece, name (its letters' middle band)
            List<double[]> grid = new ArrayList<>();
            List<double[]> covers = new ArrayList<>();
            List<double[]> playhead = new ArrayList<>();
            List<double[]> names = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            renderTimeline(robot, new TimelineRenderer(), (call, args, target) -> {
                calls[0]++;
                switch (call) {
                    case "setFill" -> fill[0] = args[0];
                    case "setGlobalAlpha" -> alpha[0] = (double) args[0];
                    case "fillRect" -> {
                        double x = (double) args[0];
                        double y = (double) args[1];
                        double[] rect = {x, x + (double) args[2], y, y + (double) args[3], calls[0]};
                        if (colours[0].equals(fill[0])) {
                            grid.add(rect);
                        } else if ((colours[1].equals(fill[0]) || colours[2].equals(fill[0])) && (double) args[2] < 6) {
                            playhead.add(rect);
                        } else if (alpha[0] == 1 && ((Rgba) fill[0]).alpha() == 1) {
                            covers.add(rect);
                        }
                    }
                    case "fillText" -> {
                        String text = (String) args[0];
                        if (isEventName(text, titles)) {
                            double width = target.textWidth(text);
                            double left = args[3] == DrawingSurface.Align.RIGHT ? (double) args[1] - width : (double) args[1];
                            double band = target.lineHeight() * 0.3;
                            names.add(new double[] {left, left + width, (double) args[2] - band, (double) args[2] + band, calls[0]});
                            texts.add(text);
                        }
                    }
                    default -> { }
                }
            });
            assertThat(names).as("names drawn, %s", String.join(" ", shown)).isNotEmpty();
            assertThat(playhead).as("pieces of the playhead's line, %s", String.join(" ", shown)).isNotEmpty();
            for (int n = 0; n < names.size(); n++) {
                double[] name = names.get(n);
                for (double[] line : grid) {
                    double from = Math.max(line[0], name[0]);
                    double to = Math.min(line[1], name[1]);
                    if (from < to && line[2] < name[3] && name[2] < line[3] && line[4] < name[4]) {
                        gridCrossings++;
                        assertThat(covers).as("a cover over the grid line at x %.0f across \"%s\", %s", from, texts.get(n), String.join(" ", shown))
                                .anyMatch(cover -> cover[4] > line[4] && cover[4] < name[4]
                                        && cover[0] <= from && cover[1] >= to && cover[2] <= name[2] && cover[3] >= name[3]);
                    }
                }
                for (double[] piece : playhead) {
                    if (piece[0] < name[1] && name[0] < piece[1]) {
                        playheadCrossings++;
                        assertThat(piece[2] < name[3] && name[2] < piece[3])
                                .as("the playhead's line at x %.0f across \"%s\", %s", piece[0], texts.get(n), String.join(" ", shown)).isFalse();
                    }
                }
            }
        }
        assertThat(gridCrossings).as("grid lines across names in these windows").isPositive();
        assertThat(playheadCrossings).as("names the playhead passes").isPositive();
    }

    /**
     * No cluster badge is cut by the plot's edges: at the window's start one used to be drawn half
     * under the gutter, a sliver with a stray digit ("3", "5"). A badge whose cluster reaches into
     * the plot is moved inside it, and one wholly beyond it is left out.
     */
    @Test
    void noBadgeIsCutByTheEdgesOfThePlot(FxRobot robot) {
        int atAnEdge = 0;
        for (String[] window : new String[][] {{"1945-08-25", "1996-01-01"}, {"1945-09-01", "1960-01-01"}, {"1946-01-01", "1996-01-01"},
                {"1900-01-01", "1945-08-20"}, {"1930-01-01", "1945-08-25"}}) {
            showWindow(robot, window[0], window[1]);
            TimelineRenderer renderer = new TimelineRenderer();
            List<double[]> badges = drawnBadges(robot, renderer, new ArrayList<>());
            double plotRight = renderer.plotLeft() + renderer.plotWidth() + 8;
            for (double[] badge : badges) {
                assertThat(badge[0]).as("a badge's left edge, %s to %s", window[0], window[1]).isGreaterThanOrEqualTo(renderer.plotLeft() - 0.5);
                assertThat(badge[1]).as("a badge's right edge, %s to %s", window[0], window[1]).isLessThanOrEqualTo(plotRight + 0.5);
                if (badge[0] < renderer.plotLeft() + 1 || badge[1] > plotRight - 1) {
                    atAnEdge++;
                }
            }
        }
        assertThat(atAnEdge).as("badges drawn at an edge of the plot in these windows").isPositive();
    }

    /**
     * A badge moved inside the plot's edge never lands on its lane's other badges or markers:
     * presenting at 1920×1080, a cluster cut by the right edge was moved onto the cluster beside
     * it, their counts drawn one over the other ("9" and "4" read as "94") over a month's hollow
     * marker. The windows end a year apart, so that clusters meet each edge in many ways.
     */
    @Test
    void aBadgeMovedInsideTheEdgeCoversNothingElseInItsLane(FxRobot robot) {
        for (int end = 1985; end <= 2024; end++) {
            for (int start : new int[] {1855, 1945}) {
                showWindow(robot, start + "-01-01", end + "-06-01");
                List<double[]> markers = new ArrayList<>();
                Map<Double, List<double[]>> badgesByRow = new HashMap<>();
                for (double[] badge : drawnBadges(robot, new TimelineRenderer(), markers)) {
                    badgesByRow.computeIfAbsent(badge[2], y -> new ArrayList<>()).add(badge);
                }
                Map<Double, List<Double>> markersByRow = new HashMap<>();
                for (double[] marker : markers) {
                    markersByRow.computeIfAbsent(marker[1], y -> new ArrayList<>()).add(marker[0]);
                }
                String shown = start + " to " + end;
                for (Map.Entry<Double, List<double[]>> row : badgesByRow.entrySet()) {
                    List<double[]> badges = row.getValue();
                    badges.sort(java.util.Comparator.comparingDouble(badge -> badge[0]));
                    for (int i = 1; i < badges.size(); i++) {
                        assertThat(badges.get(i)[0]).as("a badge's left edge against the one before it, %s", shown)
                                .isGreaterThanOrEqualTo(badges.get(i - 1)[1] - 0.5);
                    }
                    for (double x : markersByRow.getOrDefault(row.getKey(), List.of())) {
                        for (double[] badge : badges) {
                            assertThat(x > badge[0] + 0.5 && x < badge[1] - 0.5).as("a marker at %.1f inside a badge %.1f–%.1f, %s", x, badge[0], badge[1], shown).isFalse();
                        }
                    }
                }
            }
        }
    }

    /**
     * The cluster badges the timeline draws now, each as {left, right, middle}; the markers, each as
     * {centre x, middle}, go into {@code markers}.
     */
    private List<double[]> drawnBadges(FxRobot robot, TimelineRenderer renderer, List<double[]> markers) {
        double[] badgeH = new double[1];
        robot.interact(() -> badgeH[0] = 16 * ((TimelineViewSkin) timeline().getSkin()).frame().palette().typeScale());
        List<double[]> badges = new ArrayList<>();
        renderTimeline(robot, renderer, (call, args, target) -> {
            if (call.equals("addRect") && Math.abs((double) args[3] - badgeH[0]) < 1e-9) {
                double left = (double) args[0];
                badges.add(new double[] {left, left + (double) args[2], (double) args[1] + badgeH[0] / 2});
            } else if (call.equals("addCircle")) {
                markers.add(new double[] {(double) args[0], (double) args[1]});
            }
        });
        return badges;
    }

    /**
     * Presenting at 1280×720 in the projector theme, the gutter's names, the strips' and the
     * lanes', are set as large as the event names, at the timeline's type scale, and each strip's
     * row holds its name: the strips' names were the timeline's smallest type (10.5 against 12 at
     * type scale 1), about 12 px there, in rows no taller than their letters. The timeline still
     * fits its height: the last lane's name ends above the overview.
     */
    @Test
    void presentingAt720pWithAProjectorTheGutterNamesAreAsLargeAsTheEventNames(FxRobot robot) {
        robot.interact(() -> {
            harness.window.state().setTheme(org.fourislands.ui.theme.Theme.PROJECTOR);
            harness.window.enterPresentation();
        });
        ExplorerHarness.settle();
        Set<String> titles = new HashSet<>();
        for (HistoricalEvent event : harness.window.state().getDataset().events()) {
            titles.add(harness.window.state().render(event.title()));
        }
        Set<String> stripNames = new HashSet<>();
        harness.window.state().getDataset().islands().forEach(island -> stripNames.add(harness.window.state().render("{{" + island.id() + "}}")));
        Set<String> laneNames = new HashSet<>();
        harness.window.state().getDataset().events().forEach(event -> laneNames.add(event.category().label()));
        org.fourislands.render.TextStyle[] style = new org.fourislands.render.TextStyle[1];
        List<double[]> strips = new ArrayList<>(); // size, middle
        List<double[]> lanes = new ArrayList<>(); // size, middle
        double[] eventNameSize = {Double.NaN};
        double[] overviewTop = {Double.NaN};
        renderTimeline(robot, harness.window.presentation().timeline(), new TimelineRenderer(), (call, args, target) -> {
            if (call.equals("setTextStyle")) {
                style[0] = (org.fourislands.render.TextStyle) args[0];
            } else if (call.equals("fillText")) {
                String text = (String) args[0];
                double y = (double) args[2];
                if (stripNames.contains(text)) {
                    strips.add(new double[] {style[0].size(), y});
                } else if (laneNames.contains(text)) {
                    lanes.add(new double[] {style[0].size(), y});
                } else if (isEventName(text, titles)) {
                    eventNameSize[0] = style[0].size();
                } else if (text.equals("Overview")) {
                    overviewTop[0] = y - target.lineHeight() / 2;
                }
            }
        });
        double height = harness.window.presentation().timeline().getHeight();
        robot.interact(() -> harness.window.leavePresentation());
        assertThat(strips).as("strips named").hasSizeGreaterThanOrEqualTo(4);
        assertThat(lanes).as("lanes named").hasSizeGreaterThanOrEqualTo(5);
        assertThat(eventNameSize[0]).as("the event names' size").isGreaterThan(12);
        for (List<double[]> names : List.of(strips, lanes)) {
            for (double[] name : names) {
                assertThat(name[0]).as("a gutter name's size at %.0f", name[1]).isGreaterThanOrEqualTo(eventNameSize[0] - 1e-9);
            }
        }
        for (int i = 1; i < strips.size(); i++) {
            // Letters reach about 0.95 of the size from the tops of capitals to the bottoms of descenders.
            assertThat(strips.get(i)[1] - strips.get(i - 1)[1]).as("strip names %d and %d apart", i - 1, i).isGreaterThanOrEqualTo(strips.get(i)[0]);
        }
        // Presentation mode draws no overview strip: the lanes reach the bottom.
        assertThat(overviewTop[0]).as("an overview strip drawn").isNaN();
        double[] lastLane = lanes.getLast();
        assertThat(lastLane[1] + lastLane[0] * 0.5).as("the last lane's name's bottom against the bottom").isLessThanOrEqualTo(height);
    }

    /** In a short lane a bar's name is under its bar, in the markers' row; clicking it selects the bar's event. */
    @Test
    void clickingABarsNameInAShortLaneSelectsItsEvent(FxRobot robot) {
        showWindow(robot, "1945-08-08", "1945-09-10");
        HistoricalEvent shumshu = event("1945-occupation-northern-kurils");
        String shown = harness.window.state().render(shumshu.title());
        DrawnName name = drawnEventNames(robot, new TimelineRenderer()).stream()
                .filter(drawn -> shown.startsWith(drawn.text().replace("…", ""))).findFirst().orElseThrow();
        robot.clickOn(onTimeline(name.left() + 20, (name.top() + name.bottom()) / 2));
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(shumshu);
    }

    /** An event's name as drawn: its text, the box of its line (the surface's line height), and how it was aligned to its x. */
    private record DrawnName(String text, double left, double right, double top, double bottom, DrawingSurface.Align align) {
        boolean overlaps(DrawnName other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    private void showWindow(FxRobot robot, String from, String to) {
        robot.interact(() -> harness.window.state().setVisibleWindow(
                new TimeWindow(HistoricalDate.parse(from).startEpochDay(), HistoricalDate.parse(to).startEpochDay())));
        ExplorerHarness.settle();
    }

    /** The event names the timeline draws now, whole or shortened, with their boxes. */
    private List<DrawnName> drawnEventNames(FxRobot robot, TimelineRenderer renderer) {
        Set<String> titles = new HashSet<>();
        for (HistoricalEvent event : harness.window.state().getDataset().events()) {
            titles.add(harness.window.state().render(event.title()));
        }
        List<DrawnName> names = new ArrayList<>();
        renderTimeline(robot, renderer, (call, args, target) -> {
            if (call.equals("fillText") && isEventName((String) args[0], titles)) {
                String text = (String) args[0];
                double width = target.textWidth(text);
                double x = (double) args[1];
                double left = switch ((DrawingSurface.Align) args[3]) {
                    case LEFT -> x;
                    case CENTER -> x - width / 2;
                    case RIGHT -> x - width;
                };
                double line = target.lineHeight();
                double y = (double) args[2];
                double top = switch ((DrawingSurface.Baseline) args[4]) {
                    case TOP -> y;
                    case MIDDLE -> y - line / 2;
                    case ALPHABETIC -> y - line * 0.8;
                    case BOTTOM -> y - line;
                };
                names.add(new DrawnName(text, left, left + width, top, top + line, (DrawingSurface.Align) args[3]));
            }
        });
        return names;
    }

    /**
     * A selected event inside a cluster keeps its own marker, ringed, at its date and in its
     * lane's row, and no badge's count is under the ring: the marker used to stand 12 px above
     * its badge, which in short lanes (a laptop's window, a slide) put it on the badges of the
     * lane above.
     */
    @Test
    void aSelectedEventInsideAClusterKeepsItsMarkerInItsRowAndEveryCountReadable(FxRobot robot) {
        Rgba[] selection = new Rgba[1];
        robot.interact(() -> selection[0] = ((TimelineViewSkin) timeline().getSkin()).frame().palette().get(PaletteSlot.SELECTION));
        for (String[] window : new String[][] {{"1945-08-10", "1945-09-08"}, {"1855-01-01", "2025-01-01"}}) {
            HistoricalEvent landing = selectAndShow(robot, "1945-occupation-kunashiri", window[0], window[1]);
            TimelineRenderer renderer = new TimelineRenderer();
            List<double[]> counts = new ArrayList<>(); // left, right, top, bottom of each count's text
            List<double[]> rings = new ArrayList<>(); // left, right, top, bottom of each selection ring
            Object[] stroke = new Object[1];
            renderTimeline(robot, renderer, (call, args, target) -> {
                if (call.equals("fillText") && ((String) args[0]).matches("\\d+")) {
                    double width = target.textWidth((String) args[0]);
                    double x = (double) args[1];
                    double y = (double) args[2];
                    counts.add(new double[] {x - width / 2, x + width / 2, y - target.lineHeight() / 2, y + target.lineHeight() / 2});
                } else if (call.equals("setStroke")) {
                    stroke[0] = args[0];
                } else if (call.equals("strokeOval") && selection[0].equals(stroke[0])) {
                    double x = (double) args[0];
                    double y = (double) args[1];
                    rings.add(new double[] {x, x + (double) args[2], y, y + (double) args[3]});
                }
            });
            double landingX = renderer.xOfDay((landing.startEpochDay() + landing.endEpochDayExclusive()) / 2.0);
            assertThat(renderer.markerCentre(landing)).as("the landing is in a cluster, %s to %s", window[0], window[1]).isNull();
            assertThat(rings).as("selection rings, %s to %s", window[0], window[1]).hasSize(1);
            double[] ring = rings.getFirst();
            assertThat((ring[0] + ring[1]) / 2).as("the ring's centre against the landing's date").isCloseTo(landingX, within(0.5));
            double ringY = (ring[2] + ring[3]) / 2;
            assertThat(counts).as("its badge's count beside the ring, in the same row, %s to %s", window[0], window[1])
                    .anyMatch(c -> Math.abs((c[2] + c[3]) / 2 - ringY) < 0.5 && Math.abs((c[0] + c[1]) / 2 - landingX) < 30);
            for (double[] count : counts) {
                boolean overlaps = count[0] < ring[1] && ring[0] < count[1] && count[2] + 3 < ring[3] && ring[2] < count[3] - 3;
                assertThat(overlaps).as("a count at x %.0f, y %.0f under the ring, %s to %s", count[0], count[2], window[0], window[1]).isFalse();
            }
        }
    }

    /**
     * The playhead runs behind the cluster badges it meets, so that their counts stay whole: over
     * the whole period the 1940s are badges in most lanes, and the line used to cut their digits.
     */
    @Test
    void thePlayheadNeverCutsABadgesCount(FxRobot robot) {
        Rgba[] playheadColour = new Rgba[1];
        robot.interact(() -> playheadColour[0] = ((TimelineViewSkin) timeline().getSkin()).frame().palette().get(PaletteSlot.BORDER_DE_FACTO));
        int crossingLanes = 0;
        for (String id : new String[] {"1946-incorporation", "1956-joint-declaration", "1945-occupation-kunashiri"}) {
            selectAndShow(robot, id, "1855-01-01", "2025-01-01");
            Object[] fill = new Object[1];
            List<double[]> counts = new ArrayList<>(); // left, right, top, bottom
            List<double[]> line = new ArrayList<>();
            renderTimeline(robot, new TimelineRenderer(), (call, args, target) -> {
                if (call.equals("setFill")) {
                    fill[0] = args[0];
                } else if (call.equals("fillText") && ((String) args[0]).matches("\\d+")) {
                    double width = target.textWidth((String) args[0]);
                    double x = (double) args[1];
                    double y = (double) args[2];
                    counts.add(new double[] {x - width / 2, x + width / 2, y - target.lineHeight() * 0.35, y + target.lineHeight() * 0.35});
                } else if (call.equals("fillRect") && playheadColour[0].equals(fill[0]) && (double) args[2] < 6) {
                    double x = (double) args[0];
                    double y = (double) args[1];
                    line.add(new double[] {x, x + (double) args[2], y, y + (double) args[3]});
                }
            });
            assertThat(line).as("pieces of the playhead's line, %s", id).isNotEmpty();
            crossingLanes += line.size() - 1;
            for (double[] count : counts) {
                for (double[] piece : line) {
                    boolean cuts = piece[0] < count[1] && count[0] < piece[1] && piece[2] < count[3] && count[2] < piece[3];
                    assertThat(cuts).as("the playhead at %s across a count at %.0f, %.0f", id, count[0], count[2]).isFalse();
                }
            }
        }
        assertThat(crossingLanes).as("badges the playhead ran behind").isPositive();
    }

    /**
     * At a zoom of a few weeks the playhead runs through the selected event's marker: both stand
     * in the middle of the event's day. The playhead used to mark the day's start, half a day
     * (here about 20 px) to the left of the marker.
     */
    @Test
    void atAZoomOfWeeksThePlayheadRunsThroughTheSelectedMarker(FxRobot robot) {
        HistoricalEvent landing = selectAndShow(robot, "1945-occupation-kunashiri", "1945-08-20", "1945-09-12");
        TimelineRenderer renderer = new TimelineRenderer();
        Rgba[] playheadColour = new Rgba[1];
        robot.interact(() -> playheadColour[0] = ((TimelineViewSkin) timeline().getSkin()).frame().palette().get(PaletteSlot.BORDER_DE_FACTO));
        Object[] fill = new Object[1];
        List<Double> playheadCentres = new ArrayList<>();
        renderTimeline(robot, renderer, (call, args, target) -> {
            if (call.equals("setFill")) {
                fill[0] = args[0];
            } else if (call.equals("fillRect") && playheadColour[0].equals(fill[0]) && (double) args[3] > 100) {
                playheadCentres.add((double) args[0] + (double) args[2] / 2);
            }
        });
        double dayWidth = renderer.xOfDay(landing.startEpochDay() + 1) - renderer.xOfDay(landing.startEpochDay());
        assertThat(dayWidth).as("a day's width at this zoom").isGreaterThan(30);
        double markerX = renderer.xOfDay((landing.startEpochDay() + landing.endEpochDayExclusive()) / 2.0);
        assertThat(playheadCentres).as("the playhead's line").hasSize(1);
        assertThat(playheadCentres.getFirst()).as("the playhead's centre against the marker's").isCloseTo(markerX, within(0.5));
    }

    /**
     * The playhead's date hides any tick label it would cut, whole: at the zoom of weeks a "3 Sep"
     * half under "1 September 1945" left "Sep" standing beside the date, as if part of it.
     */
    @Test
    void thePlayheadsDateLeavesNoPieceOfATickLabel(FxRobot robot) {
        Rgba[] colours = new Rgba[2];
        robot.interact(() -> {
            var palette = ((TimelineViewSkin) timeline().getSkin()).frame().palette();
            colours[0] = palette.get(PaletteSlot.BORDER_DE_FACTO);
            colours[1] = org.fourislands.render.Contrast.over(palette.get(PaletteSlot.PANEL), palette.get(PaletteSlot.BACKGROUND));
        });
        int cut = 0;
        String[][] windows = {{"1945-08-10", "1945-09-08"}, {"1945-08-20", "1945-09-12"}, {"1945-08-25", "1945-09-05"},
            {"1945-07-01", "1945-10-15"}, {"1944-01-01", "1947-06-01"}};
        for (String[] days : windows) {
            selectAndShow(robot, "1945-occupation-kunashiri", days[0], days[1]);
            Object[] fill = new Object[1];
            // left, right, y and call number of each text before the playhead's date; left, right, call
            // number, top and bottom of each panel-coloured rectangle (the axis's own background comes first)
            List<double[]> texts = new ArrayList<>();
            List<double[]> covers = new ArrayList<>();
            int[] calls = new int[1];
            List<double[]> box = new ArrayList<>();
            BufferedImage image = renderTimeline(robot, new TimelineRenderer(), (call, args, target) -> {
                calls[0]++;
                switch (call) {
                    case "setFill" -> fill[0] = args[0];
                    case "fillText" -> {
                        if (box.isEmpty() && args[3] == DrawingSurface.Align.LEFT) {
                            double left = (double) args[1];
                            texts.add(new double[] {left, left + target.textWidth((String) args[0]), (double) args[2], calls[0]});
                        }
                    }
                    case "fillRect" -> {
                        double x = (double) args[0];
                        double width = (double) args[2];
                        if (colours[1].equals(fill[0])) {
                            covers.add(new double[] {x, x + width, calls[0], (double) args[1], (double) args[1] + (double) args[3]});
                        } else if (colours[0].equals(fill[0]) && (double) args[3] < 60 && width > 40) {
                            box.add(new double[] {x, x + width, (double) args[1], (double) args[1] + (double) args[3]});
                        }
                    }
                    default -> { }
                }
            });
            assertThat(box).as("the playhead's date, %s to %s", days[0], days[1]).hasSize(1);
            double[] dateBox = box.getFirst();
            for (double[] text : texts) {
                boolean underTheDate = text[2] > dateBox[2] && text[2] < dateBox[3] && text[1] > dateBox[0] && text[0] < dateBox[1];
                if (underTheDate) {
                    cut++;
                    assertThat(covers).as("a cover over the tick label at %.0f–%.0f, %s to %s", text[0], text[1], days[0], days[1])
                            .anySatisfy(cover -> assertThat(cover[2] > text[3] && cover[0] <= text[0] && cover[1] >= text[1]
                                    && cover[3] <= text[2] && cover[4] >= text[2]).isTrue());
                    // And nothing of it shows beside the date: the cover is opaque.
                    int coverPixel = new java.awt.Color((float) colours[1].red(), (float) colours[1].green(), (float) colours[1].blue()).getRGB();
                    for (int x = (int) Math.ceil(text[0]); x <= text[1]; x++) {
                        for (int y = (int) text[2] - 4; y <= text[2] + 4 && (x < dateBox[0] - 1 || x > dateBox[1] + 1); y++) {
                            assertThat(image.getRGB(x, y)).as("pixel %d,%d of the hidden tick label, %s to %s", x, y, days[0], days[1])
                                    .isEqualTo(coverPixel);
                        }
                    }
                }
            }
        }
        assertThat(cut).as("tick labels under the playhead's date in these windows").isPositive();
    }

    /** Selects the event {@code id} and shows the days from {@code from} to {@code to}, then lets the views draw. */
    private HistoricalEvent selectAndShow(FxRobot robot, String id, String from, String to) {
        HistoricalEvent event = event(id);
        robot.interact(() -> {
            harness.window.state().setSelectedEvent(event);
            harness.window.state().setVisibleWindow(new TimeWindow(HistoricalDate.parse(from).startEpochDay(), HistoricalDate.parse(to).startEpochDay()));
        });
        ExplorerHarness.settle();
        return event;
    }

    /** Told of each drawing call, its arguments and the surface it is about to reach (to measure text as it will be drawn). */
    private interface Recorder {
        void record(String call, Object[] args, DrawingSurface target);
    }

    /** The window's timeline as it is now, through Java2D, telling {@code calls} of each drawing call. */
    private BufferedImage renderTimeline(FxRobot robot, TimelineRenderer renderer, Recorder calls) {
        return renderTimeline(robot, timeline(), renderer, calls);
    }

    /** {@code view} as it is now, through Java2D, telling {@code calls} of each drawing call. */
    private static BufferedImage renderTimeline(FxRobot robot, TimelineView view, TimelineRenderer renderer, Recorder calls) {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> {
            double width = Math.floor(view.getWidth());
            double height = Math.floor(view.getHeight());
            image[0] = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image[0].createGraphics();
            Graphics2DSurface target = new Graphics2DSurface(g, width, height);
            DrawingSurface recording = (DrawingSurface) Proxy.newProxyInstance(
                    DrawingSurface.class.getClassLoader(), new Class<?>[] {DrawingSurface.class},
                    (proxy, method, args) -> {
                        calls.record(method.getName(), args, target);
                        return method.invoke(target, args);
                    });
            renderer.render(recording, ((TimelineViewSkin) view.getSkin()).frame());
            g.dispose();
        });
        return image[0];
    }

    /** An event's title as shown, whole or shortened with an ellipsis. */
    private static boolean isEventName(String text, Set<String> titles) {
        if (titles.contains(text)) {
            return true;
        }
        String kept = text.endsWith("…") ? text.substring(0, text.length() - 1) : null;
        return kept != null && kept.length() >= 4 && titles.stream().anyMatch(title -> title.startsWith(kept));
    }
}
