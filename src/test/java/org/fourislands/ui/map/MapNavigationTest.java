package org.fourislands.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fourislands.core.model.Island;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;

/** The map's navigation by keys, buttons and double-click, each checked by where the view goes. */
@ExtendWith(ExplorerExtension.class)
class MapNavigationTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    @BeforeEach
    void fitTheFourIslands(FxRobot robot) {
        harness.fitFourIslands(robot);
    }

    private MapView map() {
        return harness.window.map();
    }

    /** What a key or button does to the view: zoom in or out, or move the view's centre west, east, north or south. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "key, ADD, in", "key, EQUALS, in", "key, MINUS, out", "key, SUBTRACT, out",
            "key, LEFT, west", "key, RIGHT, east", "key, UP, north", "key, DOWN, south",
            "button, #map-zoom-in, in", "button, #map-zoom-out, out"})
    void keysAndButtonsZoomAndPan(String by, String control, String expected, FxRobot robot) {
        MapViewport before = map().getViewport();
        if (by.equals("key")) {
            robot.interact(() -> map().requestFocus());
            robot.type(KeyCode.valueOf(control));
        } else {
            robot.clickOn(control);
        }
        ExplorerHarness.settle();
        MapViewport after = map().getViewport();
        switch (expected) {
            case "in" -> assertThat(after.metresPerPixel()).isLessThan(before.metresPerPixel());
            case "out" -> assertThat(after.metresPerPixel()).isGreaterThan(before.metresPerPixel());
            case "west" -> assertThat(after.centreX()).isLessThan(before.centreX());
            case "east" -> assertThat(after.centreX()).isGreaterThan(before.centreX());
            case "north" -> assertThat(after.centreY()).isGreaterThan(before.centreY());
            case "south" -> assertThat(after.centreY()).isLessThan(before.centreY());
            default -> throw new IllegalArgumentException(expected);
        }
        if (expected.equals("in") || expected.equals("out")) {
            assertThat(after.centreX()).as("a zoom by key or button keeps the centre").isCloseTo(before.centreX(), within(1.0));
        } else {
            assertThat(after.metresPerPixel()).as("a pan keeps the scale").isEqualTo(before.metresPerPixel());
        }
    }

    /** "Whole region" (button or 0) shows all the coastline; "Four islands" (button or F) frames the four and no more than the region. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"#map-whole-region, DIGIT0", "#map-fit-islands, F"})
    void theFitButtonsAndTheirKeysFrameWhatTheySay(String button, String key, FxRobot robot) {
        boolean wholeRegion = button.equals("#map-whole-region");
        Envelope coastline = harness.window.state().getMapData().coastline().bounds();
        for (boolean byKey : new boolean[] {false, true}) {
            robot.interact(() -> map().setViewport(map().getViewport().zoomAround(0, 0, wholeRegion ? 4 : 0.25, map().getWidth(), map().getHeight())));
            if (byKey) {
                robot.interact(() -> map().requestFocus());
                robot.type(KeyCode.valueOf(key));
            } else {
                robot.clickOn(button);
            }
            ExplorerHarness.settle();
            Envelope shown = map().getViewport().visibleEnvelope(map().getWidth(), map().getHeight());
            if (wholeRegion) {
                assertThat(shown.covers(coastline)).as("the whole coastline in view (%s)", byKey ? key : button).isTrue();
            } else {
                for (Island island : fourIslands()) {
                    double[] xy = harness.window.state().getMapData().coastline().project(island.labelPoint());
                    assertThat(shown.contains(xy[0], xy[1])).as("%s in view (%s)", island.id(), byKey ? key : button).isTrue();
                }
                double wholeRegionScale = MapViewport.fit(coastline, map().getWidth(), map().getHeight(), 10).metresPerPixel();
                assertThat(map().getViewport().metresPerPixel()).as("framed closer than the whole region").isLessThan(wholeRegionScale / 2);
            }
        }
    }

    /** A double-click zooms in two times about the pointer (its first click selects, as a click does). */
    @Test
    void aDoubleClickZoomsInAboutThePointer(FxRobot robot) {
        MapViewport before = map().getViewport();
        Point2D pointer = harness.screenPointOf(MapViewTest.SHIKOTAN);
        robot.moveTo(pointer).doubleClickOn(MouseButton.PRIMARY);
        ExplorerHarness.settle();
        assertThat(map().getViewport().metresPerPixel()).isCloseTo(before.metresPerPixel() / 2, withinPercentage(0.1));
        assertThat(harness.screenPointOf(MapViewTest.SHIKOTAN).distance(pointer)).as("Shikotan stays under the pointer").isLessThan(1.5);
    }

    /**
     * However far the keys or the pointer push it, the view's centre stops at the edge of the
     * coastlines' box, so the islands are never lost; it moves back as soon as asked.
     */
    @Test
    void theKeysAndThePointerCannotTakeTheMapAwayFromTheRegion(FxRobot robot) {
        Envelope region = harness.window.state().getMapData().coastline().bounds();
        robot.interact(() -> map().requestFocus());
        for (int i = 0; i < 60; i++) {
            robot.type(KeyCode.LEFT);
            robot.type(KeyCode.UP);
        }
        ExplorerHarness.settle();
        MapViewport corner = map().getViewport();
        assertThat(corner.centreX()).as("west edge").isEqualTo(region.getMinX());
        assertThat(corner.centreY()).as("north edge").isEqualTo(region.getMaxY());

        Point2D middle = map().localToScreen(map().getWidth() / 2, map().getHeight() / 2);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(-200, 0).moveBy(-200, 0).drop();
        ExplorerHarness.settle();
        assertThat(map().getViewport().centreX()).as("the map dragged west: the view goes east, off the edge").isGreaterThan(corner.centreX());

        robot.drag(middle, MouseButton.PRIMARY).moveBy(0, 150).moveBy(0, 150).drop();
        robot.moveTo(middle).scroll(10, javafx.geometry.VerticalDirection.DOWN);
        ExplorerHarness.settle();
        MapViewport after = map().getViewport();
        assertThat(region.contains(after.centreX(), after.centreY())).as("%s inside %s", after, region).isTrue();
    }

    /** Selecting an event moves the playhead to its date and the map to its islands and places, far or near. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"1945-occupation-shikotan", "1875-treaty-of-st-petersburg", "1956-joint-declaration"})
    void selectingAnEventSetsTheDateAndBringsItsIslandsIntoView(String eventId, FxRobot robot) {
        var event = harness.window.state().getDataset().event(eventId).orElseThrow();
        robot.interact(() -> harness.window.state().setSelectedEvent(event));
        ExplorerHarness.settle();
        assertThat(harness.window.state().getSelectedDate().startEpochDay()).isEqualTo(event.startEpochDay());
        Envelope extent = org.fourislands.core.geo.MapExtents.ofEvent(harness.window.state().getMapData().coastline(),
                harness.window.state().getDataset(), event);
        Envelope shown = map().getViewport().visibleEnvelope(map().getWidth(), map().getHeight());
        assertThat(shown.covers(extent)).as("%s's islands and places (%s) in view (%s)", eventId, extent, shown).isTrue();
    }

    private List<Island> fourIslands() {
        return harness.window.state().getDataset().islands().stream()
                .filter(island -> List.of("etorofu-iturup", "kunashiri-kunashir", "shikotan", "habomai").contains(island.id())).toList();
    }
}
