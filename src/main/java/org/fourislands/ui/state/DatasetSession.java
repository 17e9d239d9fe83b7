package org.fourislands.ui.state;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.DatasetProblem;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.query.IndexedDataset;

/**
 * Loads datasets off the FX thread, with their indexes, and commits the result to the
 * {@link ExplorerState} on it. A failed load changes nothing on screen: the previous dataset
 * stays, and the problems are published for the UI to list. Only the newest load asked for
 * commits: loads run one after another, and an older one finishing later must not put its file
 * back over the one the user asked for since.
 */
public final class DatasetSession {

    private static final System.Logger LOG = System.getLogger(DatasetSession.class.getName());

    private final ExplorerState state;
    /** Reads a dataset on the loading thread: the file given, or the bundled dataset for null. */
    private final Function<Path, LoadResult> read;
    /** Made on the loading thread, the only one that uses it, so that the FX thread never waits for its parser's set-up. */
    private DatasetLoader loader;
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ObjectProperty<LoadResult.Failed> lastFailure = new SimpleObjectProperty<>(this, "lastFailure");
    /** How many loads have been asked for: each is numbered, and commits only if it is still the newest. */
    private long requests;
    /** The newest load asked for while it is under way, or null when it has committed or been dropped. */
    private Request pending;

    public DatasetSession(ExplorerState state) {
        this.state = state;
        this.read = this::readWithLoader;
    }

    /** A session that reads datasets with {@code read} (null asks for the bundled one): tests make loads throw. */
    DatasetSession(ExplorerState state, Function<Path, LoadResult> read) {
        this.state = state;
        this.read = read;
    }

    private LoadResult readWithLoader(Path file) {
        if (loader == null) {
            loader = new DatasetLoader();
        }
        return file == null ? loader.loadBundled() : loader.load(file);
    }

    /** Loads the bundled dataset. */
    public void loadBundled() {
        submit(null);
    }

    /** Loads {@code file}; on success it becomes the current file. */
    public void load(Path file) {
        submit(file);
    }

    /**
     * Loads the current file again, e.g. after a teacher edited it. While another file is being
     * opened, that file is the one read again: the user is leaving the current one, whose save
     * (a watched file's, say) must not bring it back.
     */
    public void reload() {
        submit(pending != null ? pending.file() : currentFile.get());
    }

    /** One load asked for: its number in order, and its file (null for the bundled dataset). */
    private record Request(long number, Path file) {}

    /** A load's outcome, with the dataset's indexes when it loaded. */
    private record Prepared(LoadResult result, IndexedDataset indexed) {}

    private void submit(Path file) {
        Request request = new Request(++requests, file);
        pending = request;
        Task<Prepared> task = new Task<>() {
            @Override
            protected Prepared call() {
                LoadResult result = read.apply(file);
                return new Prepared(result, result instanceof LoadResult.Loaded loaded ? IndexedDataset.of(loaded.dataset()) : null);
            }
        };
        task.setOnSucceeded(done -> {
            if (isNewest(request)) {
                commit(task.getValue(), file);
            }
        });
        task.setOnFailed(failed -> {
            if (isNewest(request)) {
                lastFailure.set(unexpectedFailure(file, task.getException()));
            }
        });
        Loading.submit(task);
    }

    /** True, once, for the newest load asked for; false for one that a later request has overtaken. */
    private boolean isNewest(Request request) {
        if (pending == null || pending.number() != request.number()) {
            return false;
        }
        pending = null;
        return true;
    }

    /**
     * A load that threw rather than returning its problems (a bug): reported like any failed load,
     * so that the user is told and the data on screen stays; the stack trace goes to the log.
     */
    private static LoadResult.Failed unexpectedFailure(Path file, Throwable error) {
        String name = file == null ? DatasetLoader.BUNDLED_NAME : DatasetLoader.nameOf(file);
        LOG.log(System.Logger.Level.ERROR, "Loading " + (file == null ? "the bundled dataset" : file) + " failed unexpectedly", error);
        String message = "could not be loaded because of an unexpected error in Four Islands: " + error;
        return new LoadResult.Failed(List.of(new DatasetProblem(name, 0, 0, "", message)), name);
    }

    private void commit(Prepared prepared, Path file) {
        switch (prepared.result()) {
            case LoadResult.Loaded _ -> {
                lastFailure.set(null);
                currentFile.set(file);
                state.setDataset(prepared.indexed());
            }
            case LoadResult.Failed failed -> lastFailure.set(failed);
        }
    }

    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** The problems of the latest load if it failed, or null after a successful one. */
    public ObjectProperty<LoadResult.Failed> lastFailureProperty() {
        return lastFailure;
    }
}
