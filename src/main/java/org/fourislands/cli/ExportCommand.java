package org.fourislands.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.geo.EqualAreaProjection;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.AdministrationPeriod;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.query.EventFilter;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.ui.canvas.Fonts;
import org.fourislands.ui.export.ExportException;
import org.fourislands.ui.export.ExportFormat;
import org.fourislands.ui.export.ExportKind;
import org.fourislands.ui.export.ExportOptions;
import org.fourislands.ui.export.ExportService;
import org.fourislands.ui.export.ExportSize;
import org.fourislands.ui.export.ExportSource;
import org.fourislands.ui.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export timeline|map|slide …}: the app's exports without a window, on the JavaFX
 * headless platform, drawn by the same renderers. Exit 0 on success, 1 when the file cannot be
 * written, 2 for a usage error.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the timeline, the map, a slide or a poll chart as PNG, SVG or PDF, without opening a window.",
        subcommands = {ExportCommand.Timeline.class, ExportCommand.Map.class, ExportCommand.Slide.class, ExportCommand.PollChart.class})
public final class ExportCommand {

    static final int WRITE_FAILED = 1;
    static final double MIN_TYPE_SCALE = 0.25;
    static final double MAX_TYPE_SCALE = 10;
    static final int MAX_TITLE_LENGTH = 300;

    private ExportCommand() {}

    /** The options every export takes. */
    static final class Common {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
                description = "The file to write. Its extension picks the format unless --format is given.")
        Path out;

        @Option(names = "--format", paramLabel = "FORMAT", description = "png, svg or pdf.", converter = Converters.FormatConverter.class)
        ExportFormat format;

        @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080", converter = Converters.SizeConverter.class,
                description = "Pixels (points for PDF): 1280x720, 1920x1080, 3840x2160 or any WxH from 200 to 8192. Default: ${DEFAULT-VALUE}.")
        ExportSize size;

        @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", converter = Converters.ThemeConverter.class,
                description = "light, dark or projector. Default: ${DEFAULT-VALUE}.")
        Theme theme;

        @Option(names = "--transparent", description = "A transparent background (PNG only).")
        boolean transparent;

        @Option(names = "--title", paramLabel = "TEXT", description = "The title; by default it says what and when.")
        String title;

        @Option(names = "--no-title", description = "Leave out the title.")
        boolean noTitle;

        @Option(names = "--no-legend", description = "Leave out the legend.")
        boolean noLegend;

        @Option(names = "--no-footer", description = "Leave out the attribution footer.")
        boolean noFooter;

        @Option(names = "--naming", paramLabel = "CONVENTION", defaultValue = "both", converter = Converters.NamingConverter.class,
                description = "japanese, russian or both. Default: ${DEFAULT-VALUE}.")
        NamingConvention naming;

        @Option(names = "--native-script", description = "Names in Japanese script or Cyrillic instead of Latin letters.")
        boolean nativeScript;

        @Option(names = "--type-scale", paramLabel = "FACTOR", description = "Multiply all type by this; by default type grows with the size.")
        Double typeScale;

        @Option(names = "--overwrite", description = "Replace the file if it exists.")
        boolean overwrite;

        @Option(names = "--dataset", paramLabel = "FILE", description = "Export from this dataset instead of the bundled one.")
        Path dataset;

        ExportOptions.Builder options(ExportKind kind) {
            if (out.getFileName() == null || Files.isDirectory(out)) {
                throw new ParameterException(spec.commandLine(), "--out " + out + " is a folder; give a file in it, such as " + out.resolve("map.png"));
            }
            ExportFormat chosen = format != null ? format : formatOf(out);
            if (transparent && !chosen.supportsTransparency()) {
                throw new ParameterException(spec.commandLine(), "--transparent needs PNG output, not " + chosen.extension());
            }
            // Null when not given (type grows with the size); otherwise a factor a slide can hold (a 8192 px export's own is about 8).
            if (typeScale != null && !(typeScale >= MIN_TYPE_SCALE && typeScale <= MAX_TYPE_SCALE)) {
                throw new ParameterException(spec.commandLine(),
                        "--type-scale must be from %s to %s, not %s".formatted(plain(MIN_TYPE_SCALE), plain(MAX_TYPE_SCALE), plain(typeScale)));
            }
            // A title reads in a line or two; thousands of characters took seconds a line to fit.
            if (title != null && title.length() > MAX_TITLE_LENGTH) {
                throw new ParameterException(spec.commandLine(),
                        String.format(Locale.ROOT, "--title is %d characters long; at most %d fit a slide's title", title.length(), MAX_TITLE_LENGTH));
            }
            ExportOptions.Builder builder = ExportOptions.builder(kind).format(chosen).size(size).theme(theme).transparent(transparent)
                    .title(title).parts(!noTitle, !noLegend, !noFooter).names(naming, nativeScript ? Script.NATIVE : Script.LATIN);
            return typeScale == null ? builder : builder.typeScale(typeScale);
        }

        /** 10 rather than 10.0, 1000000000 rather than 1.0E9. */
        private static String plain(double number) {
            return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }

        private ExportFormat formatOf(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (ExportFormat candidate : ExportFormat.values()) {
                if (name.endsWith("." + candidate.extension())) {
                    return candidate;
                }
            }
            throw new ParameterException(spec.commandLine(),
                    "cannot tell the format from '" + file.getFileName() + "': name it .png, .svg or .pdf, or give --format");
        }

        Dataset loadDataset() {
            LoadResult result = dataset == null ? new DatasetLoader().loadBundled() : new DatasetLoader().load(dataset);
            return switch (result) {
                case LoadResult.Loaded loaded -> loaded.dataset();
                case LoadResult.Failed failed -> throw new ParameterException(spec.commandLine(),
                        "the dataset has " + failed.problems().size() + " problem(s); the first: " + failed.problems().getFirst()
                                + "\n(run 'four-islands validate " + failed.file() + "' to see them all)");
            };
        }

        HistoricalDate date(String text, String option) {
            return HistoricalDate.tryParse(text).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "invalid " + option + " '" + text + "': " + HistoricalDate.problemWith(text)));
        }

        /**
         * The map's date, with a note on the error stream when it ends before the dataset's first
         * administration period: the map then shows its islands as plain land, which without a
         * word read as a mistaken export (a year typed as 1700 for 1970).
         */
        HistoricalDate mapDate(String text, Dataset data) {
            HistoricalDate date = date(text, "--date");
            data.administration().stream().map(AdministrationPeriod::from).min(Comparator.comparingLong(HistoricalDate::startEpochDay))
                    .filter(first -> date.lastEpochDay() < first.startEpochDay())
                    .ifPresent(first -> {
                        PrintWriter err = spec.commandLine().getErr();
                        err.printf("four-islands export: note: the dataset records no administration before %s; the map of %s shows the islands as plain land%n",
                                first.toDisplayText(), date.toDisplayText());
                        err.flush();
                    });
            return date;
        }

        /** Runs the export and reports it; the exit code. */
        int run(ExportOptions options, Dataset data) {
            PrintWriter err = spec.commandLine().getErr();
            try {
                if (!overwrite && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    // Said before drawing anything: the same message AtomicWrite would give after.
                    throw new ExportException(out.toAbsolutePath() + " already exists; choose another name or allow overwriting (--overwrite)");
                }
                startHeadlessFx();
                // One drawing needs no simplified levels: culling alone keeps it fast, and they take a second to build.
                ExportSource source = ExportSource.of(data, MapData.loadBundledFullDetailOnly());
                Path written = ExportService.exportFromWorker(source, options, out, overwrite);
                spec.commandLine().getOut().printf("wrote %s (%s, %s, %s theme)%n", written, options.format().extension(),
                        options.size(), options.theme().id());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (ExportException e) {
                err.println("four-islands export: " + e.getMessage());
                err.flush();
                return WRITE_FAILED;
            }
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true, description = "Export the timeline over a range of years or dates.")
    static final class Timeline implements Callable<Integer> {
        @Mixin
        Common common;

        @Mixin
        Range range;

        @Option(names = "--date", paramLabel = "DATE", description = "Mark this date with the playhead.")
        String date;

        @Option(names = "--no-strips", description = "Leave out the islands' status strips.")
        boolean noStrips;

        @Option(names = "--category", paramLabel = "CATEGORY", split = ",",
                description = "Only these event lanes, e.g. treaty,war (default: all).")
        List<String> categories;

        @Override
        public Integer call() {
            Dataset data = common.loadDataset();
            ExportOptions.Builder builder = common.options(ExportKind.TIMELINE)
                    .range(range.window(common))
                    .date(date == null ? null : common.date(date, "--date"))
                    .filter(EventFilter.NONE.withCategories(categories(common, categories)))
                    .strips(!noStrips);
            return common.run(builder.build(), data);
        }
    }

    @Command(name = "map", mixinStandardHelpOptions = true, description = "Export the map on a date, with its borders, legend and scale bar.")
    static final class Map implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "The date whose status and borders are shown: YYYY-MM-DD, or YYYY-MM or YYYY for the status as that month or year ended.")
        String date;

        @Option(names = "--extent", paramLabel = "EXTENT", defaultValue = "four-islands",
                description = "four-islands or region (Hokkaido to Kamchatka). Default: ${DEFAULT-VALUE}.")
        String extent;

        @Override
        public Integer call() {
            Dataset data = common.loadDataset();
            ExportOptions.Builder builder = common.options(ExportKind.MAP).date(common.mapDate(date, data));
            switch (extent) {
                case "four-islands" -> builder.mapExtent(null);
                case "region" -> builder.mapExtent(MapData.loadBundledFullDetailOnly().coastline().bounds());
                default -> throw new ParameterException(common.spec.commandLine(), "invalid --extent '" + extent + "': expected four-islands or region");
            }
            return common.run(builder.build(), data);
        }
    }

    @Command(name = "slide", mixinStandardHelpOptions = true,
            description = "Export a slide: the map on the event's date above the timeline, with the event as caption.")
    static final class Slide implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--event", paramLabel = "ID", description = "The event the slide is about (see the dataset's event ids).")
        String eventId;

        @Option(names = "--date", paramLabel = "DATE", description = "The map's date (default: the event's date).")
        String date;

        @Option(names = "--caption", paramLabel = "TEXT", description = "A caption instead of the event's title and date.")
        String caption;

        @Mixin
        Range range;

        @Override
        public Integer call() {
            Dataset data = common.loadDataset();
            HistoricalEvent event = null;
            if (eventId != null) {
                event = data.event(eventId).orElseThrow(() -> new ParameterException(common.spec.commandLine(),
                        "no event with id '" + eventId + "' in the dataset" + nearestIdHint(data, eventId)
                                + " (four-islands events WORDS… lists the ids)"));
            } else if (date == null) {
                throw new ParameterException(common.spec.commandLine(), "give --event ID or --date DATE");
            }
            HistoricalDate mapDate = date != null ? common.mapDate(date, data) : event.date();
            ExportOptions.Builder builder = common.options(ExportKind.SLIDE).date(mapDate).event(eventId, caption)
                    .range(range.window(common));
            return common.run(builder.build(), data);
        }
    }

    /** "; did you mean 'x'?" for the event id nearest a mistyped one, within a few typing slips; else nothing. */
    static String nearestIdHint(Dataset data, String mistyped) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return data.events().stream().map(HistoricalEvent::id)
                .min(Comparator.comparingInt(id -> distance.apply(id, mistyped)))
                .filter(id -> distance.apply(id, mistyped) <= Math.max(2, mistyped.length() / 8))
                .map(id -> "; did you mean '" + id + "'?")
                .orElse("");
    }

    @Command(name = "poll", mixinStandardHelpOptions = true,
            description = "Export an opinion poll as a chart: the question, grouped bars with every percentage, and the source.")
    static final class PollChart implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--poll", required = true, paramLabel = "ID", description = "The poll's id (see the dataset's polls).")
        String pollId;

        @Override
        public Integer call() {
            Dataset data = common.loadDataset();
            if (data.polls().stream().noneMatch(p -> p.id().equals(pollId))) {
                throw new ParameterException(common.spec.commandLine(), "no poll with id '" + pollId + "'; the dataset has: "
                        + String.join(", ", data.polls().stream().map(org.fourislands.core.model.Poll::id).toList()));
            }
            return common.run(common.options(ExportKind.POLL).poll(pollId).build(), data);
        }
    }

    /** The timeline's span, for the exports that have a timeline. */
    static final class Range {
        @Option(names = "--from", paramLabel = "DATE", defaultValue = "1855",
                description = "Timeline start: a year, YYYY-MM or YYYY-MM-DD. Default: ${DEFAULT-VALUE}.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", defaultValue = "2024", description = "Timeline end (included). Default: ${DEFAULT-VALUE}.")
        String to;

        TimeWindow window(Common common) {
            HistoricalDate start = common.date(from, "--from");
            HistoricalDate end = common.date(to, "--to");
            try {
                return TimeWindow.between(start, end, "--from", "--to");
            } catch (IllegalArgumentException e) {
                throw new ParameterException(common.spec.commandLine(), e.getMessage());
            }
        }
    }

    private static Set<EventCategory> categories(Common common, List<String> names) {
        Set<EventCategory> chosen = EnumSet.noneOf(EventCategory.class);
        if (names != null) {
            for (String name : names) {
                try {
                    chosen.add(EventCategory.fromJson(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(common.spec.commandLine(), "unknown --category: " + e.getMessage());
                }
            }
        }
        return chosen;
    }

    /** Starts JavaFX without a display (once), so that exports rasterise exactly as the app does. */
    static synchronized void startHeadlessFx() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "headless");
            System.setProperty("prism.order", "sw");
        }
        System.setProperty("java.awt.headless", "true");
        try {
            Platform.startup(Fonts::load);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(Fonts::load);
        }
        Platform.setImplicitExit(false);
    }
}
