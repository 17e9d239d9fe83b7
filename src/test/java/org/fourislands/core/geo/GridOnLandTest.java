package org.fourislands.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The grid's centres on land, against JTS's point-in-polygon test and against shapes worked out by hand. */
class GridOnLandTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static BaseMap coastline;

    @BeforeAll
    static void load() {
        coastline = BaseMap.loadBundledFullDetailOnly(new EqualAreaProjection());
    }

    static Stream<String> units() {
        return coastline().polygons().stream().map(LandPolygon::islandId).filter(id -> id != null).distinct();
    }

    private static BaseMap coastline() {
        if (coastline == null) {
            load();
        }
        return coastline;
    }

    /** Every unit of the bundled coastline (Hokkaido's 7,000 points, Habomai's islets, the lakes of Etorofu): the centres JTS finds on land, in the same order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void theCentresAreThoseJtsFindsOnLand(String unit) {
        List<LandPolygon> land = coastline.polygons().stream().filter(p -> unit.equals(p.islandId())).toList();
        Envelope box = coastline.extentOf(Set.of(unit));
        for (int across : new int[] {7, 32, 50}) {
            List<RingSet> rings = land.stream().map(p -> coastline.levels().getFirst().rings().get(p.index())).toList();
            assertThat(GridOnLand.centres(rings, box, across)).as("%d × %d", across, across).containsExactly(byJts(land, box, across));
        }
    }

    /** A 10 × 10 square with a 4 × 4 lake in its middle, on a grid of 1-unit cells. */
    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource({
        "0.5, 0.5, land",
        "9.5, 9.5, land",
        "2.5, 5.5, land",
        "3.5, 3.5, lake",
        "6.5, 6.5, lake",
        "5.5, 2.5, land",
    })
    void aLakesCentresAreNotLand(double x, double y, String what) {
        RingSet square = new RingSet(new double[] {0, 0, 10, 0, 10, 10, 0, 10, 0, 0}, new double[][] {{3, 3, 3, 7, 7, 7, 7, 3, 3, 3}});
        double[] centres = GridOnLand.centres(List.of(square), new Envelope(0, 10, 0, 10), 10);
        assertThat(centres.length / 2).isEqualTo(100 - 16);
        assertThat(holds(centres, x, y)).isEqualTo(what.equals("land"));
    }

    /** Two islands in one box, and a ring left open (its last point not repeated): each centre once. */
    @Test
    void twoIslandsAndAnOpenRing() {
        RingSet left = new RingSet(new double[] {0, 0, 2, 0, 2, 2, 0, 2, 0, 0}, new double[0][]);
        RingSet right = new RingSet(new double[] {6, 0, 8, 0, 8, 2, 6, 2}, new double[0][]);
        double[] centres = GridOnLand.centres(List.of(left, right), new Envelope(0, 8, 0, 2), 8);
        // Cells are 1 wide and 0.25 high: two columns of eight rows in each island.
        assertThat(centres.length / 2).isEqualTo(32);
        assertThat(holds(centres, 0.5, 0.125)).isTrue();
        assertThat(holds(centres, 7.5, 1.875)).isTrue();
        assertThat(holds(centres, 4.5, 1.125)).isFalse();
    }

    private static boolean holds(double[] centres, double x, double y) {
        for (int i = 0; i < centres.length; i += 2) {
            if (Math.abs(centres[i] - x) < 1e-9 && Math.abs(centres[i + 1] - y) < 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static double[] byJts(List<LandPolygon> land, Envelope box, int across) {
        List<Double> found = new ArrayList<>();
        for (int row = 0; row < across; row++) {
            for (int column = 0; column < across; column++) {
                double x = box.getMinX() + (column + 0.5) * box.getWidth() / across;
                double y = box.getMinY() + (row + 0.5) * box.getHeight() / across;
                var point = FACTORY.createPoint(new Coordinate(x, y));
                if (land.stream().anyMatch(p -> p.prepared().contains(point))) {
                    found.add(x);
                    found.add(y);
                }
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
