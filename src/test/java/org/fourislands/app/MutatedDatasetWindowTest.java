package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.model.Source;
import org.fourislands.core.model.Tour;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.testing.DatasetEdits;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.fourislands.ui.state.ExplorerState;
import org.fourislands.ui.state.StudyPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * Edited datasets that still load, taken through the whole window: a teacher's edit that the
 * validator accepts (an empty list, a value moved from elsewhere, a tour's view at the edge of
 * the globe) must not break any view. Each is opened over the last and walked through as a user
 * would: events, every island, the namings, the study panels, every tour in presentation mode
 * with the presenter's keys, compare, the polls and the events as text. Nothing may throw, on
 * the FX thread or in a handler. This found the glossary's endless reveal on a reload and a tour
 * view of 1e308° east (session 22).
 */
@ExtendWith(ExplorerExtension.class)
class MutatedDatasetWindowTest {

    private static final long SEED = 22L;
    /** Datasets taken through the window: each takes two to three seconds. */
    private static final int DATASETS = 12;
    private static final KeyCode[] PRESENTER_KEYS = {KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.B, KeyCode.B, KeyCode.PAGE_UP,
            KeyCode.END, KeyCode.HOME, KeyCode.RIGHT};

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    @Test
    void everyEditedDatasetThatLoadsCanBeExploredWhole(FxRobot robot) {
        DatasetEdits edits = new DatasetEdits(SEED);
        DatasetLoader loader = new DatasetLoader();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> failures.add("uncaught: " + e)));
        int explored = 0;
        for (int attempt = 0; explored < DATASETS && attempt < 50 * DATASETS; attempt++) {
            DatasetEdits.Edited edited = edits.editValues();
            if (!(loader.load("edited.json", edited.bytes()) instanceof LoadResult.Loaded(Dataset dataset, String file))) {
                continue;
            }
            explored++;
            int before = failures.size();
            boolean present = explored % 3 == 0;
            robot.interact(() -> {
                try {
                    explore(dataset, present);
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add("threw " + e);
                }
            });
            ExplorerHarness.settle();
            closeToolWindows(robot);
            if (failures.size() > before) {
                failures.add("  after: " + edited.what());
            }
        }
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        assertThat(explored).isEqualTo(DATASETS);
        assertThat(failures).isEmpty();
    }

    private void explore(Dataset dataset, boolean present) {
        MainWindow window = harness.window;
        ExplorerState state = window.state();
        showWhatTheEditChanged(state, dataset);
        state.setDataset(dataset);
        draw();
        for (int i = 0; i < dataset.events().size(); i += 9) {
            state.setSelectedEvent(dataset.events().get(i));
            draw();
        }
        for (Island island : dataset.islands()) {
            state.setSelectedIsland(island);
            draw();
        }
        state.setSelectedIsland(null);
        for (NamingConvention naming : NamingConvention.values()) {
            state.setNaming(naming);
            for (Script script : Script.values()) {
                state.setScript(script);
                draw();
            }
        }
        for (StudyPanel panel : StudyPanel.values()) {
            state.setStudyPanel(panel);
            draw();
        }
        for (GlossaryEntry entry : dataset.glossary()) {
            state.showGlossaryEntry(entry);
        }
        draw();
        state.setStudyPanel(StudyPanel.DETAILS);
        for (Tour tour : dataset.tours()) {
            window.tours().start(tour);
            if (present) {
                window.enterPresentation();
            }
            draw();
            for (int step = 0; step <= tour.steps().size(); step++) {
                window.tours().next();
                draw();
            }
            if (present) {
                for (KeyCode key : PRESENTER_KEYS) {
                    window.presentation().handleKey(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                    draw();
                }
                window.leavePresentation();
            }
            window.tours().leave();
            draw();
        }
        window.showCompare();
        window.compareView().dateBProperty().set(HistoricalDate.parse("1875"));
        window.showPolls();
        window.showEventText();
        draw();
        state.setSelectedDate(HistoricalDate.parse("1800-01-01"));
        draw();
        state.setSelectedDate(HistoricalDate.parse("2030-12-31"));
        draw();
    }

    /**
     * As a teacher reloads the entry she has just edited: the first glossary entry, or else
     * source, that the edited dataset holds changed is put on screen before it opens.
     */
    private static void showWhatTheEditChanged(ExplorerState state, Dataset edited) {
        Dataset shown = state.getDataset();
        for (GlossaryEntry entry : shown.glossary()) {
            if (edited.glossary().stream().anyMatch(e -> e.id().equals(entry.id()) && !e.equals(entry))) {
                state.showGlossaryEntry(entry);
                return;
            }
        }
        for (Source source : shown.sources()) {
            if (edited.sources().stream().anyMatch(s -> s.id().equals(source.id()) && !s.equals(source))) {
                state.showSource(source);
                return;
            }
        }
    }

    /** What a pulse does: CSS, layout and both canvases drawn, here and now. */
    private void draw() {
        harness.window.getScene().getRoot().applyCss();
        harness.window.getScene().getRoot().layout();
        harness.window.map().redrawNow();
        harness.window.timeline().redrawNow();
    }

    private void closeToolWindows(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w != harness.window.getScene().getWindow())
                .toList().forEach(Window::hide));
    }
}
