package org.fourislands.core.data;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Calls back when a file changes, once per burst of changes. It watches the file's folder, not
 * the file, so it also sees editors that save by writing a new file and renaming it over the old
 * one. A burst (an editor writes, truncates, renames) becomes one call, {@code debounce} after
 * the last change. The callback runs on a daemon thread of its own; {@link #close} stops it.
 */
public final class FileWatcher implements AutoCloseable {

    private final Path file;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService service;
    private final ScheduledExecutorService timer;
    private final Thread thread;
    private ScheduledFuture<?> pending;

    public FileWatcher(Path file, Duration debounce, Runnable onChange) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.onChange = onChange;
        Path folder = this.file.getParent();
        service = FileSystems.getDefault().newWatchService();
        try {
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | RuntimeException e) {
            // No watcher is made, so nobody else could close the service (and its thread) later.
            service.close();
            throw e;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "file-watch-debounce"));
        thread = daemon(this::watch, "file-watch " + this.file.getFileName());
        thread.start();
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || file.getFileName().equals(event.context());
                }
                if (ours) {
                    schedule();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(onChange, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to release
        }
        timer.shutdownNow();
    }
}
