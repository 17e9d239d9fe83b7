package org.fourislands.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.DatasetProblem;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE}: every problem on stderr and exit 1, or a one-line summary and exit 0. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a dataset file against the schema and the semantic rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the dataset is valid", "1:the dataset has problems (all are listed)", "2:usage error"})
public final class ValidateCommand implements Callable<Integer> {

    static final int INVALID = 1;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The dataset JSON file.")
    Path file;

    @Override
    public Integer call() {
        LoadResult result = new DatasetLoader().load(file);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        switch (result) {
            case LoadResult.Loaded(Dataset d, String name) -> {
                out.printf(Locale.ROOT, "%s: valid — %s%n", name, String.join(", ",
                        count(d.events().size(), "event"), count(d.islands().size(), "island"), count(d.actors().size(), "actor"),
                        count(d.administration().size(), "administration period"), count(d.claims().size(), "claim"),
                        count(d.borders().size(), "border"), count(d.places().size(), "place"), count(d.sources().size(), "source"),
                        count(d.tours().size(), "tour"), count(d.glossary().size(), "glossary term"), count(d.polls().size(), "poll")));
                out.flush();
                return 0;
            }
            case LoadResult.Failed(var problems, String name) -> {
                for (DatasetProblem problem : problems) {
                    err.println(problem);
                }
                err.printf(Locale.ROOT, "%s: %s%n", name, count(problems.size(), "problem"));
                err.flush();
                return INVALID;
            }
        }
    }

    /**
     * "1 claim", "3 claims": every noun here takes an s. The digits are ASCII whatever the
     * machine's locale (an Egyptian laptop printed "١٣٢ events"), as scripts reading the line expect.
     */
    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
