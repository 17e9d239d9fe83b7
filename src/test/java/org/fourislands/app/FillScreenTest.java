package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.fourislands.testing.ExplorerHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The main window opens over the screen's free area, maximised, so that a window manager fits its frame inside it. */
@ExtendWith(ApplicationExtension.class)
class FillScreenTest {

    @Test
    void theMainWindowOpensMaximisedOverTheScreensFreeArea(FxRobot robot) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            FourIslandsApp.fillScreen(stage[0], new Pane());
            stage[0].show();
        });
        ExplorerHarness.settle();
        try {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            assertThat(stage[0].isMaximized()).isTrue();
            assertThat(stage[0].getScene().getWidth()).isEqualTo(screen.getWidth());
            assertThat(stage[0].getScene().getHeight()).isEqualTo(screen.getHeight());
        } finally {
            robot.interact(stage[0]::close);
        }
    }
}
