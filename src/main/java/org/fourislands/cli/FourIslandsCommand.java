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
import picocli.CommandLine.ParseResult;
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
        subcommands = {ValidateCommand.class, FactsCommand.class, EventsCommand.class, ExportCommand.class})
public final class FourIslandsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE", description = "Open this dataset instead of the bundled one.")
    Path dataset;

    /** The command tree as {@code ./four-islands} runs it, with short usage errors. */
    public static CommandLine commandLine() {
        return new CommandLine(new FourIslandsCommand()).setParameterExceptionHandler(FourIslandsCommand::shortUsageError)
                .setExecutionStrategy(FourIslandsCommand::refuseDatasetBeforeSubcommand);
    }

    /**
     * {@code four-islands --dataset F export …} would export the bundled data, since only the
     * app reads this option: say where it goes instead of quietly ignoring it.
     */
    private static int refuseDatasetBeforeSubcommand(ParseResult parsed) {
        if (parsed.hasSubcommand() && parsed.hasMatchedOption("--dataset")) {
            String subcommand = parsed.subcommand().commandSpec().name();
            throw new ParameterException(parsed.commandSpec().commandLine(), subcommand.equals("export")
                    ? "--dataset goes after the kind of export: four-islands export map --dataset FILE …"
                    : "--dataset opens the app; '" + subcommand + "' does not take it"
                            + (subcommand.equals("validate") ? " (give the file itself: four-islands validate FILE)" : ""));
        }
        return new CommandLine.RunLast().execute(parsed);
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
