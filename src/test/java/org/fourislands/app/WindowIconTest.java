package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app's icon on its windows, where a task bar, a dock or a window switcher shows it. */
@ExtendWith(ExplorerExtension.class)
class WindowIconTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    @Test
    void theMainWindowHasTheIconInEverySizeAndTheWindowsItOpensShowTheSame(FxRobot robot) throws TimeoutException {
        Stage main = (Stage) harness.window.getScene().getWindow();
        robot.interact(() -> FourIslandsApp.dress(main));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !main.getIcons().isEmpty());
        assertThat(main.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).as("read from the class path").isFalse());
        assertThat(main.getIcons()).extracting(Image::getWidth, Image::getHeight).containsExactly(
                tuple(16.0, 16.0), tuple(32.0, 32.0),
                tuple(48.0, 48.0), tuple(64.0, 64.0),
                tuple(128.0, 128.0), tuple(256.0, 256.0));

        robot.interact(() -> {
            harness.window.showCompare();
            harness.window.showEventText();
            harness.window.openExportDialog();
        });
        ExplorerHarness.settle();
        List<Stage> opened = Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getOwner() == main).map(Stage.class::cast).toList();
        try {
            assertThat(opened).extracting(Stage::getTitle)
                    .containsExactlyInAnyOrder("Compare two dates — Four Islands", "Four Islands — events as text", "Export");
            assertThat(opened).allSatisfy(stage -> assertThat(stage.getIcons()).as(stage.getTitle()).containsExactlyElementsOf(main.getIcons()));
        } finally {
            robot.interact(() -> opened.forEach(Stage::close));
        }
    }
}
