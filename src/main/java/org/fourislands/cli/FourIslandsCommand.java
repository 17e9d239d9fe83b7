package org.fourislands.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fourislands.app.FourIslandsApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code four-islands [--dataset FILE] [subcommand]}: with no subcommand, opens the app. */
@Command(
        name = "four-islands",
        mixinStandardHelpOptions = true,
        version = "Four Islands 0.1",
        description = "Explore the Japan–Russia dispute over Etorofu/Iturup, Kunashiri/Kunashir, Shikotan and the Habomai islets.%n"
                + "With no subcommand, opens the app.",
        subcommands = {ValidateCommand.class, FactsCommand.class, ExportCommand.class})
public final class FourIslandsCommand implements Callable<Integer> {

    /** Returned when the app window was closed normally; the JVM then exits on its own. */
    public static final int APP_EXITED = -1;

    @Option(names = "--dataset", paramLabel = "FILE", description = "Open this dataset instead of the bundled one.")
    Path dataset;

    @Override
    public Integer call() {
        FourIslandsApp.launchWith(dataset);
        return APP_EXITED;
    }
}
