package org.fourislands.testing;

import org.fourislands.ui.theme.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.fourislands.app.MainWindow;
import org.fourislands.ui.canvas.Fonts;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.map.MapViewport;
import org.fourislands.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window with the bundled dataset and coastlines, at 1280×720, for UI tests on the
 * headless platform. The coastlines are loaded once per test run.
 */
public final class ExplorerHarness {

    /** Three points inland on Kunashir, spread out so that no one label covers them all. */
    public static final GeoPoint[] KUNASHIR = {new GeoPoint(146.4, 44.4), new GeoPoint(145.75, 43.95), new GeoPoint(146.2, 44.3)};

    private static MapData mapData;

    public final MainWindow window;
    /** What the window remembers between runs goes under this node, the test's own. */
    public final Preferences preferences;

    private ExplorerHarness(MainWindow window, Preferences preferences) {
        this.window = window;
        this.preferences = preferences;
    }

    /**
     * Builds the window on {@code stage}, remembering under {@code preferences};
     * {@link ExplorerExtension} calls it before each test.
     */
    public static ExplorerHarness start(Stage stage, Preferences preferences) {
        if (mapData == null) {
            mapData = MapData.loadBundled();
        }
        // As the app does before its first scene: without the bundled font the window's text took
        // the machine's "System" font, and what fitted where changed with the fonts installed.
        Fonts.load();
        MainWindow window = new MainWindow(url -> {}, preferences);
        window.windowLayout().reset();
        Scene scene = new Scene(window, 1280, 720);
        Theme.LIGHT.applyTo(scene);
        // An earlier test may have left the shared stage full screen (presentation mode): start from the scene's size.
        stage.setFullScreen(false);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        window.state().setMapData(mapData);
        window.map().animatedProperty().set(false);
        window.open(null);
        return new ExplorerHarness(window, preferences);
    }

    /** The real main window at 1280×720 on {@code stage}, opening {@code dataset} (no coastlines), remembering under {@code preferences}. */
    public static MainWindow showOn(Stage stage, java.nio.file.Path dataset, Preferences preferences) {
        Fonts.load();
        MainWindow window = new MainWindow(url -> {}, preferences);
        Scene scene = new Scene(window, 1280, 720);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        window.open(dataset);
        return window;
    }

    /** Waits for the dataset and for the canvases to have drawn it. */
    public void awaitReady() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().getDataset() != null && window.map().getViewport() != null);
        settle();
    }

    /** Lets pending events run and at least two pulses draw the canvases. */
    public static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Platform.runLater(Platform::requestNextPulse);
            WaitForAsyncUtils.sleep(40, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void setDate(FxRobot robot, String iso) {
        robot.interact(() -> {
            window.state().setSelectedEvent(null);
            window.state().setSelectedDate(HistoricalDate.parse(iso));
        });
        settle();
    }

    /**
     * Clicks the marker of an event on {@code timeline}: the first filtered event with a marker of
     * its own in view that is not one of {@code others}. Returns the event clicked.
     */
    public HistoricalEvent clickAnEventOnTimeline(FxRobot robot, TimelineView timeline, Collection<HistoricalEvent> others) {
        for (HistoricalEvent event : window.state().getFilteredEvents()) {
            double[] centre = timeline.renderer().markerCentre(event);
            if (!others.contains(event) && centre != null && centre[0] > timeline.renderer().plotLeft() && centre[0] < timeline.getWidth()) {
                robot.clickOn(timeline.localToScreen(centre[0], centre[1]));
                settle();
                return event;
            }
        }
        throw new AssertionError("no other event has a marker of its own on the timeline");
    }

    /** Frames the four islands on the map without animation. */
    public void fitFourIslands(FxRobot robot) {
        robot.interact(() -> window.map().fitDisputedIslands());
        settle();
    }

    /** Frames one island on the map without animation: large enough to sample its interior. */
    public void fitIsland(FxRobot robot, String islandId) {
        robot.interact(() -> window.map().fitIsland(window.state().getDataset().island(islandId).orElseThrow()));
        settle();
    }

    /** Where a position is on screen, through the map's current viewport. */
    public Point2D screenPointOf(GeoPoint point) {
        MapView map = window.map();
        double[] xy = window.state().getMapData().coastline().project(point);
        MapViewport viewport = map.getViewport();
        return map.localToScreen(viewport.toScreenX(xy[0], map.getWidth()), viewport.toScreenY(xy[1], map.getHeight()));
    }

    /** The map pixels around a position, as drawn: the most frequent colour in a 5×5 block. */
    public Color mapColourAt(GeoPoint point) {
        MapView map = window.map();
        double[] xy = window.state().getMapData().coastline().project(point);
        MapViewport viewport = map.getViewport();
        int x = (int) viewport.toScreenX(xy[0], map.getWidth());
        int y = (int) viewport.toScreenY(xy[1], map.getHeight());
        WritableImage image = snapshot(map);
        java.util.Map<Color, Integer> counts = new java.util.HashMap<>();
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                counts.merge(image.getPixelReader().getColor(x + dx, y + dy), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** A snapshot of a node as it is drawn now. */
    public static WritableImage snapshot(Node node) {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = node.snapshot(null, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(image[0]).isNotNull();
        return image[0];
    }

    /**
     * Turns the mouse wheel over a control. The headless platform's robot has no wheel, so the
     * event a wheel sends is delivered to the control's canvas, through its real handlers.
     */
    public static void wheel(FxRobot robot, javafx.scene.Parent control, Point2D screenPoint, double deltaY) {
        Node canvas = control.getChildrenUnmodifiable().getFirst();
        // A scroll's x and y are the scene's; firing it at the canvas turns them into the canvas's own.
        Point2D scene = canvas.localToScene(canvas.screenToLocal(screenPoint));
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                scene.getX(), scene.getY(), screenPoint.getX(), screenPoint.getY(), false, false, false, false, false, false,
                0, deltaY, 0, deltaY, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        settle();
    }

    /**
     * True when most of the given interior points of an island show {@code expected} in a good
     * share (at least a sixth) of the 9×9 pixels around them. Hatching touches about half of a
     * contested island's pixels, and a label or border may cover one point, never most of them.
     */
    public boolean mostlyDrawnIn(Color expected, GeoPoint... interiorPoints) {
        WritableImage image = snapshot(window.map());
        int matching = 0;
        for (GeoPoint point : interiorPoints) {
            double[] xy = window.state().getMapData().coastline().project(point);
            MapViewport viewport = window.map().getViewport();
            int x = (int) viewport.toScreenX(xy[0], window.map().getWidth());
            int y = (int) viewport.toScreenY(xy[1], window.map().getHeight());
            int same = 0;
            for (int dx = -4; dx <= 4; dx++) {
                for (int dy = -4; dy <= 4; dy++) {
                    if (sameColour(image.getPixelReader().getColor(x + dx, y + dy), expected)) {
                        same++;
                    }
                }
            }
            if (same * 6 >= 81) {
                matching++;
            }
        }
        return matching * 2 > interiorPoints.length;
    }

    /** The theme's default colour for a palette slot, as JavaFX draws it. */
    public static Color colourOf(org.fourislands.render.PaletteSlot slot) {
        org.fourislands.render.Rgba c = slot.defaultColour();
        return new Color(c.red(), c.green(), c.blue(), 1);
    }

    /** True when two colours are the same to within rounding. */
    public static boolean sameColour(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }
}
