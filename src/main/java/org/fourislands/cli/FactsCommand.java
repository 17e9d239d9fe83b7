package org.fourislands.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.EqualAreaProjection;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.status.IslandFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facts}: each island unit's names and its area computed from the bundled GSHHG
 * coastline on the equal-area projection, and the share of the four islands' land that
 * Shikotan and the Habomai islets make up.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print each island's names and computed area (km²), and the Shikotan+Habomai share of the four.")
public final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--naming", paramLabel = "CONVENTION", defaultValue = "both", converter = Converters.NamingConverter.class,
            description = "japanese, russian or both: whose names' columns come first (both: Japanese, then Russian). Default: ${DEFAULT-VALUE}.")
    NamingConvention naming;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadResult result = new DatasetLoader().loadBundled();
        if (!(result instanceof LoadResult.Loaded(Dataset dataset, String file))) {
            spec.commandLine().getErr().println("the bundled dataset does not load: " + ((LoadResult.Failed) result).problems().getFirst());
            return 1;
        }
        BaseMap map = BaseMap.loadBundledFullDetailOnly(new EqualAreaProjection());
        TextTable table = new TextTable();
        // Both conventions' names are printed, after the English one; the chosen convention's come first.
        boolean russianFirst = naming == NamingConvention.RUSSIAN;
        NamingConvention first = russianFirst ? NamingConvention.RUSSIAN : NamingConvention.JAPANESE;
        NamingConvention second = russianFirst ? NamingConvention.JAPANESE : NamingConvention.RUSSIAN;
        table.row("Island", russianFirst ? "Russian" : "Japanese", "", russianFirst ? "Japanese" : "Russian", "", "Area km²");
        double four = 0;
        double smallTwo = 0;
        for (Island island : dataset.islands()) {
            double area = map.areaKm2(IslandFacts.unitAndIslets(dataset, island.id()));
            String indent = island.partOf() != null ? "  " : "";
            table.row(indent + island.names().en(),
                    island.names().display(first, Script.LATIN), island.names().display(first, Script.NATIVE),
                    island.names().display(second, Script.LATIN), island.names().display(second, Script.NATIVE),
                    String.format(Locale.ROOT, "%.1f", area));
            if (island.isDisputed() && island.partOf() == null) {
                four += area;
                if (List.of("shikotan", "habomai").contains(island.id())) {
                    smallTwo += area;
                }
            }
        }
        out.print(table.render());
        out.printf(Locale.ROOT, "%nThe four disputed islands: %.1f km². Shikotan and the Habomai islets: %.1f km², %.1f%% of the four.%n",
                four, smallTwo, 100 * smallTwo / four);
        out.println("Areas: GSHHG full-resolution coastline, Lambert azimuthal equal-area (WGS84, centred 146°E 44°N). See docs/geography.md.");
        out.flush();
        return 0;
    }
}
