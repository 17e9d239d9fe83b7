package org.fourislands.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.state.ExplorerState;

/**
 * Measures start-up for the benchmark: the time from JVM start to the first pulse that draws the
 * map and the timeline with the bundled data, and the heap in use then. Prints one line and exits.
 */
final class StartupProbe {

    private StartupProbe() {}

    static void reportFirstFrame(Scene scene, ExplorerState state, MapView map) {
        Runnable[] check = new Runnable[1];
        boolean[] drawing = new boolean[1];
        check[0] = () -> {
            boolean ready = state.getDataset() != null && state.getMapData() != null && map.getViewport() != null;
            if (ready && !drawing[0]) {
                // The canvases draw in the pulse that follows; measure after it.
                drawing[0] = true;
                Platform.requestNextPulse();
                return;
            }
            if (ready) {
                scene.removePostLayoutPulseListener(check[0]);
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / 1024.0 / 1024.0;
                System.out.printf(java.util.Locale.ROOT, "first_frame_ms=%d heap_mb=%.1f%n", millis, heapMb);
                System.out.flush();
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }
}
