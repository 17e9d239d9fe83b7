package org.fourislands.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fourislands.app.FourIslandsApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

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

    /** Exit code when the window cannot open: there is no display to open it on. */
    static final int NO_DISPLAY = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE", description = "Open this dataset instead of the bundled one.")
    Path dataset;

    /** The command tree as {@code ./four-islands} runs it, with short usage errors. */
    public static CommandLine commandLine() {
        return new CommandLine(new FourIslandsCommand()).setParameterExceptionHandler(FourIslandsCommand::shortUsageError);
    }

    /**
     * A usage error is the problem and where to read more, not the whole help page: in a deck
     * script's output the one line that matters would scroll away under forty lines of options.
     */
    private static int shortUsageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(problem.getMessage());
        UnmatchedArgumentException.printSuggestions(problem, err);
        err.printf(Locale.ROOT, "Try '%s --help' for every option.%n", command.getCommandSpec().qualifiedName());
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public Integer call() {
        if (dataset != null && !Files.isRegularFile(dataset)) {
            throw new ParameterException(spec.commandLine(), "--dataset: no such file: " + dataset);
        }
        if (!displayAvailable()) {
            PrintWriter err = spec.commandLine().getErr();
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
