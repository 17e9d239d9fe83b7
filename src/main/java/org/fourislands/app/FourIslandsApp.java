package org.fourislands.app;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.fourislands.core.data.WebLinks;
import org.fourislands.ui.common.AppIcon;
import org.fourislands.ui.state.Loading;
import org.fourislands.ui.canvas.Fonts;

/** The JavaFX application: one main window over one shared explorer state. */
public final class FourIslandsApp extends Application {

    /** With this system property set, the app prints its start-up figures at the first full frame and exits (bench/run). */
    public static final String STARTUP_PROBE = "fourislands.startupProbe";

    private static volatile Path initialDataset;

    /** Launches the app, opening {@code dataset} or, when null, the bundled dataset. Blocks until it closes. */
    public static void launchWith(Path dataset) {
        initialDataset = dataset;
        Application.launch(FourIslandsApp.class);
    }

    @Override
    public void start(Stage stage) {
        Fonts.load();
        MainWindow window = new MainWindow(url -> {
            if (WebLinks.isWebLink(url)) {
                getHostServices().showDocument(url);
            }
        }, Preferences.userRoot());
        // Start the slow work first, so that loading overlaps with showing the window: the
        // dataset, then the coastlines, one after the other on the loading thread.
        window.open(initialDataset);
        window.loadMapData();
        window.useSettings(new SettingsStore(SettingsStore.defaultFile()));
        Scene scene = fillScreen(stage, window);
        dress(stage);
        stage.setOnHidden(e -> window.saveSettings());
        stage.show();
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            StartupProbe.reportFirstFrame(scene, window.state(), window.map());
        }
    }

    /**
     * Puts {@code root} in a scene over the whole screen the window opens on, a projector at
     * 1280×720 or a large monitor alike, and maximises the stage. A window manager then fits the
     * title bar and frame into the screen's free area; a scene that size alone would have the
     * frame added around it, pushing the timeline's bottom rows under a task bar or off the
     * screen. Without a window manager (Xvfb) the scene's size holds.
     */
    static Scene fillScreen(Stage stage, Parent root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setMaximized(true);
        stage.setScene(scene);
        return scene;
    }

    /** The main window's title and icon; the app's other windows take the icon from it. */
    static void dress(Stage stage) {
        stage.setTitle("Four Islands");
        // Reading six PNGs took 70–100 ms on a cold JVM, on the FX thread before the window
        // showed: the loading thread reads them after the dataset and the coastlines instead, and
        // the window manager shows the icon a moment later.
        Loading.submit(() -> {
            List<Image> icons = AppIcon.images();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
    }
}
