package org.fourislands.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.core.status.IslandStatus;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.Rgba;
import org.fourislands.testing.BundledData;
import org.fourislands.ui.theme.ColourVision.Vision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The map tells who administered each island by colour alone (a claim is hatching, which needs
 * no colour), so the classroom's colour-blind students must tell those colours apart as well as
 * anyone. In every theme and for typical vision, protanopia, deuteranopia and tritanopia
 * ({@link ColourVision}), these stay at least {@link #MINIMUM} apart (CIEDE2000):
 * <ul>
 * <li>two administrators the bundled dataset shows on one date, on the map and in its legend;
 * <li>two administrators one after the other on one island's status strip;
 * <li>each administrator and the plain land and the sea around it.
 * </ul>
 */
class ThemeColourVisionTest {

    /**
     * The lowest of these differences in the light theme, the Okabe–Ito colours as published
     * (12.7: the joint administration's yellow and plain land, seen with tritanopia), rounded down.
     * Side by side, a difference of 1–2 is just noticeable; 12 reads as another colour at a glance.
     */
    static final double MINIMUM = 12;

    @ParameterizedTest
    @EnumSource(Theme.class)
    void coloursShownTogetherStayApartInEveryVision(Theme theme) throws IOException {
        Map<String, String> declared = ThemeColours.declaredWithBase(theme);
        List<String> failures = new ArrayList<>();
        for (List<String> pair : pairsToTellApart(BundledData.dataset())) {
            Rgba a = Rgba.hex(declared.get(pair.get(0)));
            Rgba b = Rgba.hex(declared.get(pair.get(1)));
            for (Vision vision : Vision.values()) {
                double difference = vision.difference(a, b);
                if (difference < MINIMUM) {
                    failures.add(String.format("%s: %s %s and %s %s differ by %.1f with %s", theme.id(), pair.get(0), declared.get(pair.get(0)),
                            pair.get(1), declared.get(pair.get(1)), difference, vision.name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The pairs come from the data, so they cannot be empty, and they hold the dispute's turns. */
    @Test
    void thePairsAreTheDatasetsNeighbours() {
        Set<List<String>> pairs = pairsToTellApart(BundledData.dataset());
        assertThat(pairs).contains(
                List.of("-fi-status-japan", "-fi-status-russian-empire"),
                List.of("-fi-status-japan", "-fi-status-ussr"),
                List.of("-fi-status-russia", "-fi-status-ussr"),
                List.of("-fi-map-sea", "-fi-status-japan"),
                List.of("-fi-map-land", "-fi-status-neutral"));
        assertThat(pairs).doesNotContain(List.of("-fi-status-russia", "-fi-status-russian-empire"));
    }

    /** Sharma, Wu and Dalal (2005), table 1: pairs 1, 2, 3, 7, 17 and 25 with their published differences. */
    @ParameterizedTest
    @CsvSource({
        "50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425",
        "50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615",
        "50, 2.8361, -74.0200, 50, 0, -82.7485, 3.4412",
        "50, 0, 0, 50, -1, 2, 2.3669",
        "50, 2.5, 0, 73, 25, -18, 27.1492",
        "60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644"})
    void theColourDifferenceIsCiede2000(double l1, double a1, double b1, double l2, double a2, double b2, double expected) {
        assertThat(ColourVision.ciede2000(new double[] {l1, a1, b1}, new double[] {l2, a2, b2})).isCloseTo(expected, within(1e-4));
        assertThat(ColourVision.ciede2000(new double[] {l2, a2, b2}, new double[] {l1, a1, b1})).isCloseTo(expected, within(1e-4));
    }

    /**
     * Each simulation keeps white white and brings together what its deficiency confuses:
     * ColorBrewer's red and green (Set1) for the red–green ones, blue and green for tritanopia.
     */
    @Test
    void eachSimulationConfusesWhatItsDeficiencyConfuses() {
        for (Vision vision : Vision.values()) {
            assertThat(vision.linearRgb(Rgba.hex("#ffffff"))).containsExactly(new double[] {1, 1, 1}, within(1e-5));
        }
        Rgba red = Rgba.hex("#e41a1c");
        Rgba green = Rgba.hex("#4daf4a");
        double typical = Vision.TYPICAL.difference(red, green);
        assertThat(Vision.DEUTERANOPIA.difference(red, green)).isLessThan(typical / 4);
        assertThat(Vision.PROTANOPIA.difference(red, green)).isLessThan(typical / 2);
        assertThat(Vision.TRITANOPIA.difference(red, green)).isGreaterThan(typical * 0.8);
        Rgba blue = Rgba.hex("#0000ff");
        Rgba pureGreen = Rgba.hex("#00ff00");
        assertThat(Vision.TRITANOPIA.difference(blue, pureGreen)).isLessThan(Vision.TYPICAL.difference(blue, pureGreen) * 0.6);
    }

    /**
     * The colour properties to tell apart, as sorted pairs, read from the status index the map
     * and the strips draw from: administrators on one date (at each change of any island's
     * status), administrators one after another on an island's strip, and every administrator
     * against plain land and sea.
     */
    private static Set<List<String>> pairsToTellApart(Dataset dataset) {
        Set<List<String>> pairs = new TreeSet<>(Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing(pair -> pair.get(1)));
        IslandStatusIndex index = new IslandStatusIndex(dataset);
        List<String> islandIds = dataset.islands().stream().map(Island::id).toList();
        for (String islandId : islandIds) {
            String before = null;
            for (IslandStatusIndex.Segment segment : index.segments(islandId)) {
                String colour = colourOf(segment.status());
                if (colour == null) {
                    continue;
                }
                addPair(pairs, colour, PaletteSlot.LAND.cssProperty());
                addPair(pairs, colour, PaletteSlot.SEA.cssProperty());
                if (before != null) {
                    addPair(pairs, before, colour);
                }
                before = colour;
                for (String otherId : islandIds) {
                    String other = colourOf(index.statusOn(otherId, segment.startDay()));
                    if (other != null) {
                        addPair(pairs, colour, other);
                    }
                }
            }
        }
        return pairs;
    }

    private static void addPair(Set<List<String>> pairs, String a, String b) {
        if (!a.equals(b)) {
            pairs.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
        }
    }

    /** The colour property of who administers the land in {@code status}; null where nobody is recorded (plain land). */
    private static String colourOf(IslandStatus status) {
        return status.administrator() == null ? null : PaletteSlot.forRole(status.administrator().colourRole()).cssProperty();
    }
}
