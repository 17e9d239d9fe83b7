package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Tour;
import org.fourislands.testing.ThrowawayPreferences;
import org.fourislands.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window remembers its settings between runs, and starts anyway from a corrupted settings file. */
@ExtendWith(ApplicationExtension.class)
class RememberedSettingsTest {

    @RegisterExtension
    final ThrowawayPreferences preferences = new ThrowawayPreferences();

    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    /** A new window, as at a new start of the app, with the bundled dataset. */
    private MainWindow open(FxRobot robot, SettingsStore store) throws Exception {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(url -> {}, preferences.node());
            stage.setFullScreen(false);
            stage.setScene(new Scene(window[0], 1280, 720));
            stage.sizeToScene();
            stage.show();
            window[0].open(null);
            window[0].useSettings(store);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window[0].state().getDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    @Test
    void settingsAndTheTourPositionSurviveARestart(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"));
        MainWindow first = open(robot, store);
        Tour tour = first.state().getDataset().tours().get(2);
        robot.interact(() -> {
            first.state().setTheme(Theme.DARK);
            first.state().setNaming(NamingConvention.JAPANESE);
            first.textScaleProperty().set(1.25);
            first.presentationScaleProperty().set(2.0);
            first.tours().start(tour, 4);
            // The teacher had looked at an event that is no step of the tour before closing the app.
            first.state().setSelectedEvent(first.state().getDataset().events().stream()
                    .filter(event -> tour.steps().stream().noneMatch(step -> step.eventId().equals(event.id()))).findFirst().orElseThrow());
            first.saveSettings();
        });

        MainWindow second = open(robot, store);
        assertThat(second.state().getTheme()).isEqualTo(Theme.DARK);
        assertThat(second.textScaleProperty().get()).isEqualTo(1.25);
        assertThat(second.presentationScaleProperty().get()).isEqualTo(2.0);
        assertThat(second.state().getNaming()).isEqualTo(NamingConvention.JAPANESE);
        assertThat(second.tours().getTour().id()).isEqualTo(tour.id());
        assertThat(second.tours().getPosition()).isEqualTo(4);
        assertThat(second.state().getSelectedEvent().id()).isEqualTo(tour.steps().get(4).eventId());
        assertThat(second.state().getTypeScale()).isEqualTo(1.25);
        assertThat(second.notices().isVisible()).isFalse();
    }

    @Test
    void aCorruptedSettingsFileStillStartsTheAppWithTheDefaultsAndSaysSo(FxRobot robot) throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"dark\", \"layout\": [0.3, ");
        MainWindow window = open(robot, new SettingsStore(file));
        assertThat(window.state().getDataset()).isNotNull();
        assertThat(window.state().getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(window.textScaleProperty().get()).isEqualTo(1.0);
        assertThat(window.notices().isVisible()).isTrue();
        assertThat(robot.lookup("#notice-message").queryLabeled().getText()).contains("could not be read").contains("defaults");
        // The next save repairs the file.
        robot.interact(window::saveSettings);
        assertThat(new SettingsStore(file).load().warnings()).isEmpty();
    }
}
