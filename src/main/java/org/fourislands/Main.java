package org.fourislands;

import org.fourislands.cli.FourIslandsCommand;

/** Entry point of both faces of the program: the desktop app and the command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int exitCode = FourIslandsCommand.commandLine().execute(args);
        if (exitCode != FourIslandsCommand.APP_EXITED) {
            System.exit(exitCode);
        }
    }
}
