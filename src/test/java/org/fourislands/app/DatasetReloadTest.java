package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fourislands.core.data.DatasetProblem;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.testing.ExplorerHarness;
import org.fourislands.testing.ThrowawayPreferences;
import org.fourislands.ui.state.ProblemsPane;
import org.fourislands.ui.state.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Reloading and watching a teacher's copy of the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class DatasetReloadTest {

    private static final String OLD_TITLE = "SCAPIN-677 separates the islands from Japanese administration";
    private static final String NEW_TITLE = "SCAPIN-677 (edited by the teacher)";

    @TempDir
    static Path temp;

    @RegisterExtension
    final ThrowawayPreferences preferences = new ThrowawayPreferences();

    private MainWindow window;
    private Path dataset;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("lesson-" + System.nanoTime()));
        dataset = Files.copy(Path.of("data/four-islands.json"), folder.resolve("four-islands.json"));
        window = ExplorerHarness.showOn(stage, dataset, preferences.node());
    }

    @BeforeEach
    void waitForTheDataset() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().getDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopWatching(FxRobot robot) {
        robot.interact(() -> window.datasetWatch().watchingProperty().set(false));
    }

    @SuppressWarnings("unchecked")
    private static ListView<HistoricalEvent> events(FxRobot robot) {
        return robot.lookup("#event-list").queryAs(ListView.class);
    }

    private boolean listed(FxRobot robot, String title) {
        return events(robot).getItems().stream().anyMatch(e -> e.title().equals(title));
    }

    /** Writes the file the way many editors do: a new file beside it, renamed over it. */
    private void saveLikeAnEditor(String text) throws IOException {
        Path written = dataset.resolveSibling(".four-islands.json.swp");
        Files.writeString(written, text, StandardCharsets.UTF_8);
        Files.move(written, dataset, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String edited() throws IOException {
        String original = Files.readString(Path.of("data/four-islands.json"), StandardCharsets.UTF_8);
        assertThat(original).contains("\"" + OLD_TITLE + "\"");
        return original.replace("\"" + OLD_TITLE + "\"", "\"" + NEW_TITLE + "\"");
    }

    @Test
    void reloadingAnEditedCopyUpdatesTheEventList(FxRobot robot) throws Exception {
        assertThat(listed(robot, OLD_TITLE)).isTrue();
        Files.writeString(dataset, edited(), StandardCharsets.UTF_8);
        robot.interact(() -> window.session().reload());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> listed(robot, NEW_TITLE));
        assertThat(listed(robot, OLD_TITLE)).isFalse();
        // Only this test's file: the window keeps its recent files in the test's own preferences, where the app keeps the user's.
        Path opened = dataset.toAbsolutePath().normalize();
        assertThat(window.recentFiles().list()).containsExactly(opened);
        assertThat(new RecentFiles(preferences.node().node("org/fourislands/app/recent-files")).list()).containsExactly(opened);
    }

    /**
     * The glossary entry on screen, edited and reloaded, is shown as edited. (Until session 22 the
     * glossary cleared its empty search for the old entry again and again until the stack overflowed,
     * and the reload stopped half way.)
     */
    @Test
    void reloadingAnEditedGlossaryEntryShowsItAsEdited(FxRobot robot) throws Exception {
        String sentence = "The directive itself says it is not a final decision on the status of these islands.";
        String edit = "The directive says it is not a final decision (edited by the teacher).";
        GlossaryEntry shown = window.state().getDataset().glossary().stream().filter(g -> g.id().equals("scapin-677")).findFirst().orElseThrow();
        robot.interact(() -> window.state().showGlossaryEntry(shown));
        String original = Files.readString(Path.of("data/four-islands.json"), StandardCharsets.UTF_8);
        assertThat(original).contains(sentence);

        Files.writeString(dataset, original.replace(sentence, edit), StandardCharsets.UTF_8);
        robot.interact(() -> window.session().reload());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().getSelectedGlossaryEntry() != null
                && window.state().getSelectedGlossaryEntry().definition().contains(edit));
        WaitForAsyncUtils.waitForFxEvents();

        GlossaryEntry reloaded = window.state().getSelectedGlossaryEntry();
        assertThat(window.glossaryView().list().getSelectionModel().getSelectedItem()).isSameAs(reloaded);
        String detail = window.glossaryView().detail().lookupAll(".text").stream()
                .map(node -> ((Text) node).getText()).reduce("", String::concat);
        assertThat(detail).contains(edit).doesNotContain(sentence);
    }

    @Test
    void aBrokenReloadKeepsTheDataAndListsEveryProblemWithItsLocation(FxRobot robot) throws Exception {
        int before = events(robot).getItems().size();
        String broken = Files.readString(Path.of("data/four-islands.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"date\": \"1946-02-02\"", "\"date\": \"1946-02-30\"")
                .replaceFirst("\"administrator\": \"japan\"", "\"administrator\": \"atlantis\"")
                // A schema problem, in the Treaty of Shimoda: it hides neither problem of meaning, and the
                // many references to the treaty are not called unknown.
                .replaceFirst("\"importance\": 1,", "\"importance\": \"1\",");
        Files.writeString(dataset, broken, StandardCharsets.UTF_8);
        robot.interact(() -> window.session().reload());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session().lastFailureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(events(robot).getItems()).hasSize(before);
        assertThat(listed(robot, OLD_TITLE)).isTrue();
        assertThat(robot.lookup("#problems-pane").query().isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<DatasetProblem> problems = robot.lookup("#problems-list").queryAs(ListView.class);
        // In file order, the schema's problem among the others: administration comes before events.
        assertThat(problems.getItems()).extracting(DatasetProblem::message).containsExactly(
                "\"atlantis\" is not a known actor id — expected a reference to an existing actor",
                "expected integer, found a string \"1\"",
                "\"1946-02-30\" is not a calendar date");
        assertThat(problems.getItems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("four-islands.json");
            assertThat(problem.line()).isPositive();
            assertThat(problem.path()).startsWith("$.");
        });

        // Double-clicking a problem copies "file:line:col $.path" for the editor.
        DatasetProblem first = problems.getItems().getFirst();
        robot.interact(() -> problems.getSelectionModel().select(0));
        robot.doubleClickOn(robot.lookup("#problems-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(first.file() + ":" + first.line() + ":" + first.column() + " " + first.path())
                .isEqualTo(ProblemsPane.copiedLocation(first));
    }

    private static CheckMenuItem watchItem(FxRobot robot) {
        return (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "watch-file-item".equals(item.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void savingTheWatchedFileReloadsIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.datasetWatch().watchingProperty().set(true));
        assertThat(window.datasetWatch().isActive()).isTrue();
        assertThat(watchItem(robot).isSelected()).isTrue();
        saveLikeAnEditor(edited());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> listed(robot, NEW_TITLE));
        assertThat(window.session().lastFailureProperty().get()).isNull();
    }

    @Test
    void aFileThatCannotBeWatchedUnticksTheItemAndSaysWhy(FxRobot robot) throws Exception {
        Files.delete(dataset);
        Files.delete(dataset.getParent());
        robot.interact(() -> window.datasetWatch().watchingProperty().set(true));

        assertThat(window.datasetWatch().isActive()).isFalse();
        assertThat(watchItem(robot).isSelected()).isFalse();
        assertThat(robot.lookup("#notice-bar").query().isVisible()).isTrue();
        assertThat(window.notices().getMessage()).isEqualTo("Cannot watch " + dataset + " for changes: its folder no longer exists.");
    }

    @Test
    void openingTheBundledDatasetStopsWatchingAndSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> window.datasetWatch().watchingProperty().set(true));
        robot.interact(() -> window.session().loadBundled());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session().currentFileProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.datasetWatch().isActive()).isFalse();
        assertThat(watchItem(robot).isSelected()).isFalse();
        assertThat(robot.lookup("#notice-bar").query().isVisible()).isTrue();
        assertThat(window.notices().getMessage()).startsWith("No dataset file is open to watch");
    }
}
