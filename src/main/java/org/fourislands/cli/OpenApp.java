package org.fourislands.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.fourislands.app.FourIslandsApp;

/**
 * Opens the app window, or says why it cannot. Kept apart from the picocli commands so that
 * {@code four-islands} with no arguments reaches it without building the command tree (see
 * {@link org.fourislands.Main}).
 */
public final class OpenApp {

    /** Returned when the app window was closed normally; the JVM then exits on its own. */
    public static final int APP_EXITED = -1;

    /** Exit code when the window cannot open: there is no display to open it on. */
    static final int NO_DISPLAY = 1;

    private OpenApp() {}

    /** Opens {@code dataset}, or the bundled dataset when null, and returns when the window closes. */
    public static int open(Path dataset, PrintWriter err) {
        if (!displayAvailable()) {
            err.println("four-islands: there is no display to open the window on (DISPLAY is not set).");
            err.println("validate, facts and export work without one; see four-islands --help.");
            err.flush();
            return NO_DISPLAY;
        }
        FourIslandsApp.launchWith(dataset);
        return APP_EXITED;
    }

    /**
     * On Linux the window needs an X or Wayland display, unless JavaFX was told to run headless
     * (the benchmark's start-up probe, the tests). Without one, JavaFX would fail with a stack
     * trace from its launcher thread; this says what is wrong instead.
     */
    private static boolean displayAvailable() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        return !linux || System.getProperty("glass.platform") != null
                || !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
