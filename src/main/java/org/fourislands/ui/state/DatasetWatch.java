package org.fourislands.ui.state;

import java.io.IOException;
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
 * problems. Follows the session to whichever file it has open; the bundled dataset is not watched.
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
        Path file = session.currentFileProperty().get();
        problem.set(null);
        if (watching.get() && file != null) {
            try {
                watcher = new FileWatcher(file, DEBOUNCE, () -> Platform.runLater(session::reload));
            } catch (IOException e) {
                problem.set("Cannot watch " + file + ": " + e.getMessage());
            }
        }
    }

    /** Whether saves of the current file reload it. */
    public BooleanProperty watchingProperty() {
        return watching;
    }

    /** Why the file cannot be watched, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a file is actually watched. */
    public boolean isActive() {
        return watcher != null;
    }
}
