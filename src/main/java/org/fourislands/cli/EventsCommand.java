package org.fourislands.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.query.EventSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code events}: the events' dates, ids and titles, all of them or those a search finds, so that
 * a deck script can find the id {@code export slide --event} takes without opening the JSON.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List the events (date, id, title), or those the words given find, as the app's search does.")
public final class EventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORD", arity = "0..*",
            description = "Words to search for, as in the app (any case, macrons optional, any spelling of an island): e.g. dulles.")
    List<String> words = List.of();

    @Option(names = "--naming", paramLabel = "CONVENTION", defaultValue = "both", converter = Converters.NamingConverter.class,
            description = "japanese, russian or both: the names in the titles. Default: ${DEFAULT-VALUE}.")
    NamingConvention naming;

    @Option(names = "--dataset", paramLabel = "FILE", description = "List this dataset's events instead of the bundled one's.")
    Path dataset;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset loaded;
        switch (dataset == null ? new DatasetLoader().loadBundled() : new DatasetLoader().load(dataset)) {
            case LoadResult.Loaded(Dataset d, String file) -> loaded = d;
            case LoadResult.Failed(var problems, String file) -> {
                problems.forEach(err::println);
                err.flush();
                return 1;
            }
        }
        NameResolver names = new NameResolver(loaded);
        List<HistoricalEvent> events = words.isEmpty() ? loaded.events() : new EventSearch(loaded, names).search(String.join(" ", words));
        if (events.isEmpty()) {
            err.println("no event matches “" + String.join(" ", words) + "”");
            err.flush();
            return 1;
        }
        int idWidth = events.stream().mapToInt(event -> event.id().length()).max().orElse(0);
        int dateWidth = events.stream().mapToInt(event -> event.date().toIso().length()).max().orElse(0);
        for (HistoricalEvent event : events) {
            out.println(pad(event.date().toIso(), dateWidth) + "  " + pad(event.id(), idWidth) + "  "
                    + names.render(event.title(), naming, Script.LATIN));
        }
        out.flush();
        return 0;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
