package org.fourislands;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.fourislands.cli.FourIslandsCommand;
import org.fourislands.cli.OpenApp;

/** Entry point of both faces of the program: the desktop app and the command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // With no arguments the window opens straight away, without building the command tree:
        // picocli's classes are Java 5 class files, which the start-up cache (decision 0010)
        // cannot hold, so every start loaded and verified some 170 of them before the toolkit
        // could start (first frame 70-150 ms later, in two A/B runs of 9 launches each).
        int exitCode;
        try {
            exitCode = args.length == 0
                    ? OpenApp.open(null, new PrintWriter(System.err, true, StandardCharsets.UTF_8))
                    : FourIslandsCommand.commandLine().execute(args);
        } catch (Error e) {
            // Picocli passes errors such as running out of memory on, and once an export has
            // started the JavaFX thread, the JVM would wait for that thread for ever.
            System.err.println("four-islands: " + e);
            e.printStackTrace();
            exitCode = 1;
        }
        if (exitCode != OpenApp.APP_EXITED) {
            System.exit(exitCode);
        }
    }
}
