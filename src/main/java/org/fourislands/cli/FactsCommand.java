package org.fourislands.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.EqualAreaProjection;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.status.IslandFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facts}: each island unit's names in the chosen convention and its area computed from the
 * bundled GSHHG coastline on the equal-area projection, and the share of the four islands' land
 * that Shikotan and the Habomai islets make up.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print each island's names and computed area (km²), and the Shikotan+Habomai share of the four.")
public final class FactsCommand implements Callable<Integer> {

    /** The summary's subject, in the dataset's own tokens so that its names follow the convention as the table's do. */
    private static final String SMALL_TWO = "{{shikotan}} and the {{habomai}} islets";

    @Spec
    CommandSpec spec;

    @Option(names = "--naming", paramLabel = "CONVENTION", defaultValue = "both", converter = Converters.NamingConverter.class,
            description = "japanese, russian or both: whose names are printed, as the app's naming menu chooses them. Default: ${DEFAULT-VALUE}.")
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
        // As on the map: the names in Latin letters under the chosen convention, then each shown side's own script.
        List<NamingConvention> ownScriptColumns = naming == NamingConvention.BOTH
                ? List.of(NamingConvention.JAPANESE, NamingConvention.RUSSIAN) : List.of(naming);
        TextTable table = new TextTable();
        List<String> header = new ArrayList<>(List.of("Island"));
        ownScriptColumns.forEach(side -> header.add(side == NamingConvention.JAPANESE ? "Japanese" : "Russian"));
        header.add("Area km²");
        table.row(header.toArray(String[]::new));
        double four = 0;
        double smallTwo = 0;
        for (Island island : dataset.islands()) {
            double area = map.areaKm2(IslandFacts.unitAndIslets(dataset, island.id()));
            String indent = island.partOf() != null ? "  " : "";
            List<String> row = new ArrayList<>(List.of(indent + island.names().display(naming, Script.LATIN)));
            ownScriptColumns.forEach(side -> row.add(island.names().display(side, Script.NATIVE)));
            row.add(String.format(Locale.ROOT, "%.1f", area));
            table.row(row.toArray(String[]::new));
            if (island.isDisputed() && island.partOf() == null) {
                four += area;
                if (List.of("shikotan", "habomai").contains(island.id())) {
                    smallTwo += area;
                }
            }
        }
        out.print(table.render());
        out.printf(Locale.ROOT, "%nThe four disputed islands: %.1f km². %s: %.1f km², %.1f%% of the four.%n",
                four, new NameResolver(dataset).render(SMALL_TWO, naming, Script.LATIN), smallTwo, 100 * smallTwo / four);
        out.println("Areas: GSHHG full-resolution coastline, Lambert azimuthal equal-area (WGS84, centred 146°E 44°N). See docs/geography.md.");
        out.flush();
        return 0;
    }
}
