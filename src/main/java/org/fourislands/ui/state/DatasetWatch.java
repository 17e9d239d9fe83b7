package org.fourislands.ui.state;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.fourislands.core.data.FileWatcher;

/**
 * "Watch file for changes": while on, every save of the current dataset file reloads it through
 * the {@link DatasetSession}, so a failed save keeps the previous data on screen and lists the
 * problems. Follows the session to whichever file it has open. When there is nothing it can watch
 * (the bundled dataset is no file of the user's; a file's folder may be gone) it turns itself off
 * and says why in {@link #problemProperty}.
 */
public final class DatasetWatch {

    /** Editors write in bursts; one reload, this long after the last write. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final DatasetSession session;
    private final BooleanProperty watching = new SimpleBooleanProperty(this, "watching", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private FileWatcher watcher;

    public DatasetWatch(DatasetSession session) {
        this.session = session;
        watching.addListener(obs -> restart());
        session.currentFileProperty().addListener(obs -> restart());
    }

    private void restart() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        problem.set(null);
        if (!watching.get()) {
            return;
        }
        Path file = session.currentFileProperty().get();
        if (file == null) {
            stopWith("No dataset file is open to watch (the bundled dataset is part of the app). "
                    + "Open a dataset file to watch it for changes.");
            return;
        }
        try {
            watcher = new FileWatcher(file, DEBOUNCE, () -> Platform.runLater(session::reload));
        } catch (NoSuchFileException e) {
            stopWith("Cannot watch " + file + " for changes: its folder no longer exists.");
        } catch (IOException e) {
            stopWith("Cannot watch " + file + " for changes: " + e.getMessage());
        }
    }

    /** Turns watching off, so that nothing claims a watch there is not, and says why. */
    private void stopWith(String reason) {
        // Comes back into restart(), which finds watching off and clears the problem: set it after.
        watching.set(false);
        problem.set(reason);
    }

    /** Whether saves of the current file reload it. */
    public BooleanProperty watchingProperty() {
        return watching;
    }

    /** Why watching was turned off when asked for, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a file is actually watched. */
    public boolean isActive() {
        return watcher != null;
    }
}
