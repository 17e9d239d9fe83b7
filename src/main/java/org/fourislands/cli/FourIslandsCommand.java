package org.fourislands.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
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
        return OpenApp.open(dataset, spec.commandLine().getErr());
    }
}
