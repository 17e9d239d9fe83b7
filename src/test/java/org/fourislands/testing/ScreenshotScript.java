package org.fourislands.testing;

import org.fourislands.ui.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.fourislands.app.MainWindow;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.ui.canvas.Fonts;

/**
 * Drives the real main window through the states a reviewer should look at and saves each as a
 * PNG: {@code java … ScreenshotScript OUT_DIR WIDTH HEIGHT}. Run it under Xvfb (or any display).
 */
public final class ScreenshotScript extends Application {

    private record Shot(String name, Consumer<MainWindow> setUp) {}

    /** The script's own, removed when it stops: its shots never show what the user's app remembered. */
    private final ThrowawayPreferences preferences = new ThrowawayPreferences();

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path out = Path.of(args.get(0));
        int width = Integer.parseInt(args.get(1));
        int height = Integer.parseInt(args.get(2));
        MainWindow window = showMainWindow(stage, width, height, preferences.node());
        Scene scene = window.getScene();
        List<Shot> shots = List.of(
                new Shot("01-start", w -> { }),
                new Shot("02-region-1875", w -> {
                    w.state().setSelectedDate(HistoricalDate.parse("1875-06-01"));
                    w.map().showWholeRegion();
                }),
                new Shot("03-four-islands-1875", w -> {
                    w.state().setSelectedEvent(w.state().getDataset().event("1875-treaty-of-st-petersburg").orElseThrow());
                    w.map().fitDisputedIslands();
                }),
                new Shot("04-four-islands-1946", w -> {
                    w.state().setSelectedEvent(w.state().getDataset().event("1946-incorporation").orElseThrow());
                    w.map().fitDisputedIslands();
                }),
                new Shot("05-four-islands-2024", w -> {
                    w.state().setSelectedEvent(w.state().getDataset().event("2024-northern-territories-day").orElseThrow());
                    w.map().fitDisputedIslands();
                }),
                new Shot("06-islet-close-up", w -> w.map().fitIsland(w.state().getDataset().island("yuri").orElseThrow())),
                new Shot("07-native-script", w -> {
                    w.state().setScript(Script.NATIVE);
                    w.map().fitDisputedIslands();
                }),
                new Shot("08-russian-names", w -> {
                    w.state().setScript(Script.LATIN);
                    w.state().setNaming(NamingConvention.RUSSIAN);
                }),
                new Shot("09-days-of-1945", w -> {
                    w.state().setNaming(NamingConvention.BOTH);
                    w.state().setSelectedEvent(w.state().getDataset().event("1945-occupation-kunashiri").orElseThrow());
                    w.state().setVisibleWindow(new TimeWindow(HistoricalDate.parse("1945-08-08").startEpochDay(),
                            HistoricalDate.parse("1945-09-10").startEpochDay()));
                }),
                new Shot("10-shikotan-selected", w -> {
                    w.state().setSelectedIsland(w.state().getDataset().island("shikotan").orElseThrow());
                    w.timeline().showAll();
                }),
                new Shot("11-filter-treaties", w -> {
                    w.state().setSelectedIsland(null);
                    w.state().setFilter(w.state().getFilter().withCategories(Set.of(EventCategory.TREATY, EventCategory.WAR)));
                }),
                new Shot("12-search-dulles", w -> {
                    w.state().setFilter(org.fourislands.core.query.EventFilter.NONE);
                    w.state().searchTextProperty().set("dulles");
                    w.state().setSelectedEvent(w.state().getSearchResults().getFirst());
                }),
                // A misspelling: the tool bar offers the spelling that finds events.
                new Shot("12b-search-misspelt", w -> w.state().searchTextProperty().set("dules")),
                new Shot("13-dark-theme", w -> {
                    w.state().searchTextProperty().set("");
                    w.state().setSelectedEvent(w.state().getDataset().event("1956-joint-declaration").orElseThrow());
                    w.state().setTheme(org.fourislands.ui.theme.Theme.DARK);
                }),
                new Shot("14-projector-theme", w -> w.state().setTheme(org.fourislands.ui.theme.Theme.PROJECTOR)),
                new Shot("15-export-dialog", w -> {
                    w.state().setTheme(org.fourislands.ui.theme.Theme.LIGHT);
                    w.openExportDialog();
                }));
        CountDownLatch done = new CountDownLatch(1);
        step(stage, scene, window, shots, 0, out, done);
    }

    private static void step(Stage stage, Scene scene, MainWindow window, List<Shot> shots, int index, Path out, CountDownLatch done) {
        if (index == shots.size()) {
            Platform.exit();
            return;
        }
        PauseTransition wait = new PauseTransition(Duration.millis(index == 0 ? 4000 : 900));
        wait.setOnFinished(e -> {
            if (index > 0) {
                shots.get(index).setUp().accept(window);
            }
            PauseTransition settle = new PauseTransition(Duration.millis(700));
            settle.setOnFinished(f -> {
                // A dialog the shot opened is what it shows; it closes once saved.
                Stage dialog = javafx.stage.Window.getWindows().stream()
                        .filter(window1 -> window1 != stage && window1 instanceof Stage && window1.isShowing())
                        .map(Stage.class::cast).findFirst().orElse(null);
                save((dialog != null ? dialog.getScene() : scene).snapshot(null), out.resolve(shots.get(index).name() + ".png"));
                if (dialog != null) {
                    dialog.close();
                }
                step(stage, scene, window, shots, index + 1, out, done);
            });
            settle.play();
        });
        wait.play();
    }

    /**
     * The real main window on {@code stage} at width × height, light theme, default layout, map
     * animation off, with the bundled coastlines and dataset loading, remembering under
     * {@code preferences}: where every screenshot script starts.
     */
    static MainWindow showMainWindow(Stage stage, int width, int height, Preferences preferences) {
        Fonts.load();
        MainWindow window = new MainWindow(url -> {}, preferences);
        window.windowLayout().reset();
        Scene scene = new Scene(window, width, height);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        window.map().animatedProperty().set(false);
        window.state().setMapData(MapData.loadBundled());
        window.open(null);
        return window;
    }

    static void save(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", new File(file.toString()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void stop() {
        preferences.remove();
    }

    /** Entry point; a separate class, because the java launcher refuses a class-path Application as main class. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ScreenshotScript.class, args);
        }
    }
}
