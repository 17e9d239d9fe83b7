package org.fourislands.ui.state;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one thread that loads data off the FX thread, in the order asked: datasets and the map's
 * coastlines. One thread rather than one per load: on a two-core machine a second loader takes
 * the core the FX thread needs to build and show the window at start-up, and with both loaders
 * in parallel the first frame came later, not sooner (docs/performance.md, session 8).
 */
public final class Loading {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loader");
        thread.setDaemon(true);
        return thread;
    });

    private Loading() {}

    /** Runs {@code work} on the loading thread, after whatever was asked before it. */
    public static void submit(Runnable work) {
        THREAD.execute(work);
    }
}
