package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.testing.ThrowawayPreferences;
import org.fourislands.ui.state.StudyPanel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window on the headless platform: real clicks on the event browser and a real reload. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path temp;

    @RegisterExtension
    final ThrowawayPreferences preferences = new ThrowawayPreferences();

    private MainWindow window;
    private Path dataset;

    @Start
    void start(Stage stage) throws IOException {
        dataset = Files.copy(Path.of("src/test/resources/datasets/minimal.json"), temp.resolve("lesson-" + System.nanoTime() + ".json"));
        window = org.fourislands.testing.ExplorerHarness.showOn(stage, dataset, preferences.node());
    }

    @BeforeEach
    void waitForTheDataset() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().getDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingAnEventShowsItInTheDetailPanel(FxRobot robot) {
        robot.clickOn("Soviet occupation of Kunashiri / Kunashir");
        assertThat(window.state().getSelectedEvent().id()).isEqualTo("occupation-1945");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("Soviet occupation of Kunashiri / Kunashir");
        assertThat(robot.lookup(".quotation-text").queryAs(Label.class).getText()).isEqualTo("“A test quotation.”");
        assertThat(robot.lookup(".interpretation-attribution").queryAs(Label.class).getText()).isEqualTo("Test author (Scholar)");
        assertThat(window.state().getSelectedDate().toIso()).isEqualTo("1945-09");
    }

    @Test
    void theNamingConventionRenamesIslandsInTitles(FxRobot robot) {
        robot.interact(() -> window.state().setNaming(NamingConvention.RUSSIAN));
        robot.clickOn("Soviet occupation of Kunashir");
        robot.interact(() -> window.state().setNaming(NamingConvention.JAPANESE));
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("Soviet occupation of Kunashiri");
    }

    /** The islands' filter menu names them as every other view does: it kept "Kunashiri / Kunashir" after Japanese names were chosen. */
    @Test
    void theIslandsFilterFollowsTheNamingConvention(FxRobot robot) {
        javafx.scene.control.MenuButton islands = robot.lookup("#filter-islands").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(islands.getItems()).extracting(javafx.scene.control.MenuItem::getText).contains("Kunashiri / Kunashir");
        robot.interact(() -> window.state().setNaming(NamingConvention.JAPANESE));
        assertThat(islands.getItems()).extracting(javafx.scene.control.MenuItem::getText).contains("Kunashiri").doesNotContain("Kunashiri / Kunashir");
        robot.interact(() -> window.state().setScript(org.fourislands.core.model.Script.NATIVE));
        assertThat(islands.getItems()).extracting(javafx.scene.control.MenuItem::getText).contains("国後島");
        robot.interact(() -> {
            window.state().setScript(org.fourislands.core.model.Script.LATIN);
            window.state().setNaming(NamingConvention.BOTH);
        });
    }

    /** Presentation type keeps its share of the screen's height: 720 px is the measure, up to three times it. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} px high → ×{1}")
    @org.junit.jupiter.params.provider.CsvSource({"600, 1", "720, 1", "1080, 1.5", "1440, 2", "2160, 3", "4320, 3"})
    void presentationTypeGrowsWithTheScreensHeight(double height, double expected) {
        assertThat(MainWindow.screenScale(height)).isEqualTo(expected);
    }

    @Test
    void theArrowKeysWalkTheEventList(FxRobot robot) {
        robot.clickOn("Treaty of Shimoda");
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(window.state().getSelectedEvent().id()).isEqualTo("occupation-1945");
    }

    @Test
    void aBrokenReloadKeepsTheDataOnScreenAndListsEveryProblem(FxRobot robot) throws Exception {
        robot.clickOn("Treaty of Shimoda");
        Files.copy(Path.of("src/test/resources/datasets/malformed/43-several-problems-at-once.json"), dataset,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        robot.interact(() -> window.session().reload());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().lastFailureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<HistoricalEvent> events = robot.lookup("#event-list").queryAs(ListView.class);
        assertThat(events.getItems()).hasSize(2);
        assertThat(window.state().getSelectedEvent().id()).isEqualTo("treaty-1855");
        assertThat(robot.lookup("#problems-pane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#problems-list").queryAs(ListView.class).getItems()).hasSize(3);
    }

    @Test
    void theGlossaryAndSourcesJoinTheWindowWhenTheirTabIsFirstShown(FxRobot robot) {
        assertThat(robot.lookup("#glossary-search").tryQuery()).isEmpty();
        assertThat(robot.lookup("#bibliography-search").tryQuery()).isEmpty();

        robot.clickOn("#tab-glossary .tab-label");
        assertThat(window.state().getStudyPanel()).isEqualTo(StudyPanel.GLOSSARY);
        assertThat(robot.lookup("#glossary-search").query().isVisible()).isTrue();

        robot.interact(() -> window.state().setStudyPanel(StudyPanel.SOURCES));
        assertThat(robot.lookup("#bibliography-search").query().isVisible()).isTrue();
        // Shown for the first time, the panel still takes the keyboard: its search field, as nothing is selected in it.
        assertThat(window.getScene().getFocusOwner()).isSameAs(robot.lookup("#bibliography-search").query());
    }
}
