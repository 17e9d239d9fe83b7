package org.fourislands.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fourislands.app.MainWindow;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.Tour;
import org.fourislands.ui.canvas.Fonts;
import org.fourislands.ui.theme.Theme;

/**
 * Walks through every tour in presentation mode with keys only, as a teacher with a clicker
 * would, and saves a PNG per step: {@code java … PresentationScript OUT_DIR WIDTH HEIGHT [THEME]}.
 * Keys are delivered to the focused node of the window that has focus, as the keyboard would.
 */
public final class PresentationScript extends Application {

    /** The script's own, removed when it stops: its shots never show what the user's app remembered. */
    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private Stage stage;
    private MainWindow window;
    private Path out;
    private final List<Runnable> script = new ArrayList<>();

    @Override
    public void start(Stage primary) {
        List<String> args = getParameters().getRaw();
        out = Path.of(args.get(0));
        int width = Integer.parseInt(args.get(1));
        int height = Integer.parseInt(args.get(2));
        Theme theme = args.size() > 3 ? Theme.fromId(args.get(3)) : Theme.PROJECTOR;
        Fonts.load();
        stage = primary;
        window = new MainWindow(url -> {}, preferences.node());
        window.windowLayout().reset();
        Scene scene = new Scene(window, width, height);
        stage.setScene(scene);
        stage.show();
        window.state().setTheme(theme);
        window.state().setMapData(MapData.loadBundled());
        window.open(null);
        PauseTransition loading = new PauseTransition(Duration.seconds(4));
        loading.setOnFinished(e -> plan());
        loading.play();
    }

    private void plan() {
        List<Tour> tours = window.state().getDataset().tours();
        shot("00-normal-window");
        then(() -> key(KeyCode.F1));
        shotOf("01-shortcut-sheet", () -> otherWindowScene());
        then(() -> key(KeyCode.ESCAPE));
        for (int t = 0; t < tours.size(); t++) {
            int index = t;
            then(() -> key(KeyCode.T, KeyCode.CONTROL));
            if (t == 0) {
                shotOf("02-tour-picker", () -> otherWindowScene());
            }
            // The picker opens on the tour still active (Esc leaves presentation mode, not the tour): one down is the next.
            if (index > 0) {
                then(() -> key(KeyCode.DOWN));
            }
            then(() -> key(KeyCode.ENTER));
            if (t == 0) {
                shot("03-tour-bar");
            }
            then(() -> key(KeyCode.F5));
            for (int step = 0; step < tours.get(index).steps().size(); step++) {
                shot("tour%d-step%02d".formatted(index + 1, step + 1));
                then(() -> key(KeyCode.PAGE_DOWN));
            }
            if (t == 0) {
                then(() -> key(KeyCode.B));
                shot("tour1-black");
                then(() -> key(KeyCode.B));
                then(() -> key(KeyCode.DIGIT3));
                then(() -> key(KeyCode.ENTER));
                shot("tour1-goto-3");
            }
            then(() -> key(KeyCode.ESCAPE));
        }
        // Without a tour: the events in turn, one whose summary is too long for one page at 1280×720.
        then(() -> {
            window.tours().leave();
            window.state().setSelectedEvent(window.state().getDataset().event("1946-incorporation").orElseThrow());
        });
        then(() -> key(KeyCode.F5));
        shot("events-1946-incorporation-page1");
        then(() -> key(KeyCode.PAGE_DOWN));
        shot("events-1946-incorporation-page2");
        then(() -> key(KeyCode.ESCAPE));
        shot("99-back-to-normal");
        then(javafx.application.Platform::exit);
        runNext();
    }

    private void then(Runnable action) {
        script.add(action);
    }

    private void shot(String name) {
        shotOf(name, () -> stage.getScene());
    }

    private void shotOf(String name, java.util.function.Supplier<Scene> scene) {
        // Let the map's flight (half a second) and a few pulses finish before the picture.
        script.add(() -> ScreenshotScript.save(scene.get().snapshot(null), out.resolve(name + ".png")));
    }

    private void runNext() {
        if (script.isEmpty()) {
            return;
        }
        Runnable next = script.removeFirst();
        next.run();
        PauseTransition wait = new PauseTransition(Duration.millis(700));
        wait.setOnFinished(e -> runNext());
        wait.play();
    }

    /** The scene of a dialog open over the main window (the tour picker, the shortcut sheet). */
    private Scene otherWindowScene() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).map(Window::getScene).findFirst()
                .orElse(stage.getScene());
    }

    /** Presses and releases a key (with modifiers) on the focused node of the focused window, as the keyboard does. */
    private void key(KeyCode code, KeyCode... modifiers) {
        Scene scene = Window.getWindows().stream().filter(Window::isFocused).map(Window::getScene).findFirst()
                .orElse(otherWindowScene());
        boolean control = List.of(modifiers).contains(KeyCode.CONTROL);
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        for (var type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
            Event.fireEvent(target, new KeyEvent(type, "", code.getName(), code, false, control, false, false));
        }
    }

    @Override
    public void stop() {
        preferences.remove();
    }

    /** Entry point; a separate class, because the java launcher refuses a class-path Application as main class. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(PresentationScript.class, args);
        }
    }
}
