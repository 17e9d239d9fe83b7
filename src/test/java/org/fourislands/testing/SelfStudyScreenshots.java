package org.fourislands.testing;


import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fourislands.app.MainWindow;
import org.fourislands.core.model.Perspective;

/**
 * Screenshots of the self-study views (perspectives, glossary, sources, compare, polls):
 * {@code java … SelfStudyScreenshots$Main OUT_DIR WIDTH HEIGHT}, under Xvfb. Each step sets the
 * window up and names the scene to save: the main window's or a tool window's.
 */
public final class SelfStudyScreenshots extends Application {

    private record Shot(String name, Function<MainWindow, Scene> setUp) {}

    /** The script's own, removed when it stops: its shots never show what the user's app remembered. */
    private final ThrowawayPreferences preferences = new ThrowawayPreferences();

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path out = Path.of(args.get(0));
        int width = Integer.parseInt(args.get(1));
        int height = Integer.parseInt(args.get(2));
        MainWindow window = ScreenshotScript.showMainWindow(stage, width, height, preferences.node());
        Scene scene = window.getScene();
        List<Shot> shots = List.of(
                new Shot("s1-perspectives-all", w -> {
                    w.state().setSelectedEvent(w.state().getDataset().event("1945-soviet-entry-into-war").orElseThrow());
                    return scene;
                }),
                new Shot("s1b-perspective-columns", w -> {
                    w.state().setPerspective(Perspective.JAPAN_GOVERNMENT);
                    javafx.scene.Node columns = w.lookup("#perspective-columns");
                    javafx.scene.control.ScrollPane detail = (javafx.scene.control.ScrollPane) w.lookup(".detail-panel");
                    double y = columns.getBoundsInParent().getMinY() - 40;
                    double room = detail.getContent().getBoundsInLocal().getHeight() - detail.getViewportBounds().getHeight();
                    detail.setVvalue(Math.min(1, y / room));
                    return scene;
                }),
                new Shot("s2-perspective-russia", w -> {
                    w.state().setPerspective(Perspective.RUSSIA_GOVERNMENT);
                    w.state().setSelectedEvent(w.state().getDataset().event("2022-talks-suspended").orElseThrow());
                    return scene;
                }),
                new Shot("s3-glossary-links", w -> {
                    w.state().setPerspective(null);
                    w.state().setSelectedEvent(w.state().getDataset().event("1946-scapin-677").orElseThrow());
                    return scene;
                }),
                new Shot("s4-glossary", w -> {
                    w.state().showGlossaryEntry(w.state().getDataset().glossary().stream()
                            .filter(g -> g.id().equals("two-plus-alpha")).findFirst().orElseThrow());
                    return scene;
                }),
                new Shot("s5-sources", w -> {
                    w.state().showSource(w.state().getDataset().sourcesById().get("hirose-2018"));
                    return scene;
                }),
                new Shot("s6-compare-1875-1946", w -> {
                    w.showCompare();
                    Stage compare = (Stage) w.compareView().getScene().getWindow();
                    compare.setWidth(width);
                    compare.setHeight(height);
                    return w.compareView().getScene();
                }),
                new Shot("s7-polls", w -> {
                    w.compareView().getScene().getWindow().hide();
                    w.showPolls();
                    Stage polls = (Stage) w.pollsView().getScene().getWindow();
                    polls.setWidth(width);
                    polls.setHeight(height);
                    return w.pollsView().getScene();
                }),
                new Shot("s8-polls-table-2", w -> {
                    w.pollsView().setVvalue(0.18);
                    return w.pollsView().getScene();
                }));
        step(window, shots, 0, out);
    }

    private static void step(MainWindow window, List<Shot> shots, int index, Path out) {
        if (index == shots.size()) {
            Platform.exit();
            return;
        }
        PauseTransition wait = new PauseTransition(Duration.millis(index == 0 ? 4000 : 600));
        wait.setOnFinished(e -> {
            Scene target = shots.get(index).setUp().apply(window);
            PauseTransition settle = new PauseTransition(Duration.millis(900));
            settle.setOnFinished(f -> {
                ScreenshotScript.save(target.snapshot(null), out.resolve(shots.get(index).name() + ".png"));
                step(window, shots, index + 1, out);
            });
            settle.play();
        });
        wait.play();
    }

    @Override
    public void stop() {
        preferences.remove();
    }

    /** Entry point; a separate class, because the java launcher refuses a class-path Application as main class. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(SelfStudyScreenshots.class, args);
        }
    }
}
