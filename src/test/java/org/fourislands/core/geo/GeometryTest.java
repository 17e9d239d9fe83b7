package org.fourislands.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.fourislands.core.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class GeometryTest {

    private static final EqualAreaProjection PROJECTION = new EqualAreaProjection();
    private static BaseMap coastline;

    @BeforeAll
    static void loadCoastline() {
        coastline = BaseMap.loadBundled(PROJECTION);
    }

    @ParameterizedTest(name = "{0}, {1} survives a round trip")
    @CsvSource({"146, 44", "139.0, 41.0", "158, 51.5", "145.58, 43.38", "156.5, 50.8", "120, 30", "170, 64"})
    void projectionRoundTrips(double lon, double lat) {
        double[] xy = new double[2];
        PROJECTION.project(lon, lat, xy);
        GeoPoint back = PROJECTION.unproject(xy[0], xy[1]);
        // 1e-7 degrees is about a centimetre.
        assertThat(back.lon()).isCloseTo(lon, within(1e-7));
        assertThat(back.lat()).isCloseTo(lat, within(1e-7));
    }

    @Test
    void theCentreProjectsToTheOrigin() {
        double[] xy = new double[2];
        PROJECTION.project(146, 44, xy);
        assertThat(xy[0]).isCloseTo(0, within(1e-6));
        assertThat(xy[1]).isCloseTo(0, within(1e-6));
    }

    /** The area of a one-degree cell from the ellipsoid's closed formula, against the polygon measured on the projection. */
    @ParameterizedTest(name = "the cell {0}–{1}°E, {2}–{3}°N has its true area")
    @CsvSource({"145, 146, 43, 44", "150, 151, 46, 47", "139, 140, 41, 42", "156, 157, 50, 51"})
    void equalAreaMeansTrueAreas(double west, double east, double south, double north) {
        StringBuilder ring = new StringBuilder();
        double step = 0.01;
        for (double lon = west; lon < east; lon += step) {
            ring.append(String.format(java.util.Locale.ROOT, "[%f,%f],", lon, south));
        }
        for (double lat = south; lat < north; lat += step) {
            ring.append(String.format(java.util.Locale.ROOT, "[%f,%f],", east, lat));
        }
        for (double lon = east; lon > west; lon -= step) {
            ring.append(String.format(java.util.Locale.ROOT, "[%f,%f],", lon, north));
        }
        for (double lat = north; lat > south; lat -= step) {
            ring.append(String.format(java.util.Locale.ROOT, "[%f,%f],", west, lat));
        }
        ring.append(String.format(java.util.Locale.ROOT, "[%f,%f]", west, south));
        String geojson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"island\":\"cell\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}]}";
        BaseMap cell = BaseMap.load(new ByteArrayInputStream(geojson.getBytes(StandardCharsets.UTF_8)), PROJECTION);
        assertThat(cell.areaKm2(Set.of("cell"))).isCloseTo(ellipsoidalCellKm2(west, east, south, north), within(0.02));
    }

    /** Area between two parallels and meridians on WGS84, via the authalic-latitude integral. */
    private static double ellipsoidalCellKm2(double west, double east, double south, double north) {
        double a = 6378137.0;
        double f = 1 / 298.257223563;
        double e2 = f * (2 - f);
        double e = Math.sqrt(e2);
        java.util.function.DoubleUnaryOperator q = phi -> {
            double s = Math.sin(Math.toRadians(phi));
            return s / (1 - e2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
        };
        return a * a * (1 - e2) / 2 * Math.toRadians(east - west) * (q.applyAsDouble(north) - q.applyAsDouble(south)) / 1e6;
    }

    @ParameterizedTest(name = "{2} lies at {0}, {1}")
    @CsvSource({
        "147.9, 45.0, etorofu-iturup",
        "145.968, 44.157, kunashiri-kunashir",
        "146.752, 43.797, shikotan",
        "146.134, 43.505, shibotsu-zelyony",
        "145.906, 43.439, suisho-tanfilyev",
        "146.314, 43.636, taraku-polonsky",
        "146.067, 43.426, yuri",
        "141.3, 43.06, hokkaido",
        "142.7, 47.0, sakhalin-south",
        "142.9, 51.0, sakhalin-north",
    })
    void hitTestingFindsTheIsland(double lon, double lat, String island) {
        double[] xy = new double[2];
        PROJECTION.project(lon, lat, xy);
        LandPolygon polygon = coastline.polygonAt(xy[0], xy[1]);
        assertThat(polygon).isNotNull();
        assertThat(polygon.islandId()).isEqualTo(island);
    }

    @Test
    void theSeaIsNotLand() {
        double[] xy = new double[2];
        PROJECTION.project(148.0, 43.5, xy);
        assertThat(coastline.polygonAt(xy[0], xy[1])).isNull();
    }

    @Test
    void everyLevelOfDetailKeepsEveryIsletAsAValidRing() {
        for (LevelOfDetail level : coastline.levels()) {
            assertThat(level.rings()).hasSameSizeAs(coastline.polygons());
            for (RingSet rings : level.rings()) {
                assertThat(rings.exteriorPoints()).as("tolerance %s", level.toleranceMetres()).isGreaterThanOrEqualTo(4);
            }
        }
        List<String> islets = List.of("shibotsu-zelyony", "suisho-tanfilyev", "taraku-polonsky", "yuri", "akiyuri-anuchina", "harukari-demina");
        for (String islet : islets) {
            assertThat(coastline.areaKm2(Set.of(islet))).as(islet).isGreaterThan(0);
        }
    }

    /**
     * A renderer adds an island and its lakes to one path and fills it with non-zero winding; the
     * lakes stay open only if they wind against the island, at every level of detail.
     */
    @Test
    void everyLakeWindsAgainstItsIsland() {
        int lakes = 0;
        for (LevelOfDetail level : coastline.levels()) {
            for (RingSet rings : level.rings()) {
                boolean islandCounterClockwise = Orientation.isCCW(coordinates(rings.exterior()));
                for (double[] hole : rings.holes()) {
                    assertThat(Orientation.isCCW(coordinates(hole))).as("tolerance %s", level.toleranceMetres())
                            .isNotEqualTo(islandCounterClockwise);
                    lakes++;
                }
            }
        }
        assertThat(lakes).as("lakes over all levels").isGreaterThan(20);
    }

    private static Coordinate[] coordinates(double[] flat) {
        Coordinate[] coordinates = new Coordinate[flat.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(flat[2 * i], flat[2 * i + 1]);
        }
        return coordinates;
    }

    /**
     * Levels are simplified one from the next (a third of the work); the coastline each draws
     * must still lie within its own tolerance of the full-detail one, not drift by their sum
     * (up to twice the tolerance). Measured ring to ring, the simplifier's own result reaches 1.35
     * times the tolerance at the finest level, whichever way the levels are built.
     */
    @Test
    void everyLevelStaysWithinItsToleranceOfFullDetail() {
        GeometryFactory factory = new GeometryFactory();
        List<LevelOfDetail> levels = coastline.levels();
        for (LevelOfDetail level : levels.subList(1, levels.size())) {
            double worst = 0;
            for (int i = 0; i < coastline.polygons().size(); i++) {
                Geometry fullDetail = coastline.polygons().get(i).projected().getExteriorRing();
                Geometry simplified = factory.createLineString(coordinates(level.rings().get(i).exterior()));
                worst = Math.max(worst, DiscreteHausdorffDistance.distance(fullDetail, simplified));
            }
            assertThat(worst).as("tolerance %s", level.toleranceMetres()).isLessThanOrEqualTo(level.toleranceMetres() * 1.4);
        }
    }

    @Test
    void coarserLevelsHaveFewerVertices() {
        List<LevelOfDetail> levels = coastline.levels();
        assertThat(levels.getFirst().vertexCount()).isGreaterThan(55_000);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i).vertexCount()).isLessThan(levels.get(i - 1).vertexCount());
        }
    }

    @Test
    void theLevelFollowsTheScale() {
        assertThat(coastline.levelFor(1).toleranceMetres()).isZero();
        assertThat(coastline.levelFor(2000).toleranceMetres()).isEqualTo(1000);
        assertThat(coastline.levelFor(10000).toleranceMetres()).isEqualTo(4000);
    }

    @Test
    void theFourIslandsHaveTheirComputedAreas() {
        assertThat(coastline.areaKm2(Set.of("etorofu-iturup"))).isCloseTo(3225.5, within(0.1));
        assertThat(coastline.areaKm2(Set.of("kunashiri-kunashir"))).isCloseTo(1512.5, within(0.1));
        assertThat(coastline.areaKm2(Set.of("shikotan"))).isCloseTo(259.2, within(0.1));
        Envelope habomai = coastline.extentOf(Set.of("habomai", "shibotsu-zelyony", "yuri"));
        assertThat(habomai.isNull()).isFalse();
    }

    @ParameterizedTest(name = "{0},{1} to {2},{3} is {4} km")
    @CsvSource({
        "0, 0, 1, 0, 111.319",
        "0, 0, 0, 1, 110.574",
        "146, 44, 146, 45, 111.122",
    })
    void geodesicDistances(double lon1, double lat1, double lon2, double lat2, double km) {
        assertThat(Geodesy.distanceKm(new GeoPoint(lon1, lat1), new GeoPoint(lon2, lat2))).isCloseTo(km, within(0.002));
    }
}
