package org.fourislands.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
                out.printf("%s: valid — %d events, %d islands, %d actors, %d administration periods, %d claims, %d borders, "
                                + "%d places, %d sources, %d tours, %d glossary terms, %d polls%n",
                        name, d.events().size(), d.islands().size(), d.actors().size(), d.administration().size(),
                        d.claims().size(), d.borders().size(), d.places().size(), d.sources().size(), d.tours().size(),
                        d.glossary().size(), d.polls().size());
                out.flush();
                return 0;
            }
            case LoadResult.Failed(var problems, String name) -> {
                for (DatasetProblem problem : problems) {
                    err.println(problem);
                }
                err.printf("%s: %d problem%s%n", name, problems.size(), problems.size() == 1 ? "" : "s");
                err.flush();
                return INVALID;
            }
        }
    }
}
