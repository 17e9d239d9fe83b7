package org.fourislands.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fourislands.core.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The land beyond the coastlines' box: where it is, where it is not, and whose unit it continues. */
class LandBeyondTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static MapData map;

    @BeforeAll
    static void load() {
        map = MapData.loadBundledFullDetailOnly();
    }

    /**
     * Points beyond the box on land (the mainland west of 139°E, Kamchatka and Sakhalin north of
     * 51.5°N, Honshu south of 41°N) lie on a piece, with the unit it continues; points at sea do
     * not. Northern Sakhalin's piece continues the unit sakhalin-north; the mainland, Kamchatka
     * and Honshu continue none.
     */
    @ParameterizedTest(name = "{0}°E {1}°N: {2}")
    @CsvSource({
            "136.0, 46.0, land, ",
            "138.5, 48.0, land, ",
            "158.0, 53.5, land, ",
            "142.8, 52.5, land, sakhalin-north",
            "141.0, 39.5, land, ",
            "150.0, 53.0, sea, ",
            "137.0, 40.0, sea, ",
            "160.0, 48.0, sea, ",
    })
    void landBeyondTheBoxIsWhereTheLandIs(double lon, double lat, String what, String unit) {
        LandBeyond.Piece piece = pieceAt(lon, lat);
        if (what.equals("sea")) {
            assertThat(piece).isNull();
            return;
        }
        assertThat(piece).isNotNull();
        assertThat(piece.islandId()).isEqualTo(unit);
    }

    /** Nothing of it lies inside the box, where the full-resolution coastlines alone are drawn. */
    @Test
    void noneOfItLiesInsideTheCoastlinesBox() {
        Polygon box = LandBeyond.coveredBox(map.projection(), FACTORY);
        double insideKm2 = 0;
        for (LandBeyond.Piece piece : map.landBeyond().pieces()) {
            insideKm2 += polygon(piece).intersection(box).getArea() / 1e6;
        }
        // The box's edges are sampled every 0.05°: what lies between a sample chord and the true edge is a sliver.
        assertThat(insideKm2).isLessThan(1);
        assertThat(map.landBeyond().pieces()).isNotEmpty();
    }

    /**
     * Where the coastlines' land is cut by the box, the land beyond goes on from it: across the
     * western edge and across the northern edge over Sakhalin, a point a little inside the box
     * is on the coastlines' land and a point a little outside on a piece beyond.
     */
    @ParameterizedTest(name = "{0}°E {1}°N to {2}°E {3}°N")
    @CsvSource({"139.05, 48.5, 138.95, 48.5", "139.05, 50.0, 138.95, 50.0", "142.8, 51.45, 142.8, 51.55"})
    void theLandGoesOnAcrossTheBoxsEdge(double insideLon, double insideLat, double outsideLon, double outsideLat) {
        double[] inside = map.coastline().project(new GeoPoint(insideLon, insideLat));
        assertThat(map.coastline().polygonAt(inside[0], inside[1])).isNotNull();
        assertThat(pieceAt(outsideLon, outsideLat)).isNotNull();
    }

    /**
     * Each piece's outline is its seams, on the box's edge, its shores, and where the land kept
     * was cut off at the margin, with nothing else left out and nothing drawn twice: the seams
     * are stroked in the land's own colour, the shores as coast, and the margin's cut not at all.
     * A piece cut by the box has seams.
     */
    @Test
    void eachPiecesOutlineIsItsSeamsItsShoresAndItsCutAtTheMargin() {
        Geometry edge = LandBeyond.coveredBox(map.projection(), FACTORY).getBoundary();
        Geometry marginEdge = LandBeyond.keptBox(map.projection(), FACTORY).getBoundary();
        double cutAtTheMargin = 0;
        for (LandBeyond.Piece piece : map.landBeyond().pieces()) {
            double[] ring = piece.rings().exterior();
            double outline = length(ring);
            for (double[] hole : piece.rings().holes()) {
                outline += length(hole);
            }
            double cut = 0;
            for (int i = 2; i < ring.length; i += 2) {
                if (marginEdge.distance(FACTORY.createPoint(new Coordinate(ring[i - 2], ring[i - 1]))) < 1.0
                        && marginEdge.distance(FACTORY.createPoint(new Coordinate(ring[i], ring[i + 1]))) < 1.0) {
                    cut += Math.hypot(ring[i] - ring[i - 2], ring[i + 1] - ring[i - 1]);
                }
            }
            cutAtTheMargin += cut;
            outline -= cut;
            double drawn = piece.seams().stream().mapToDouble(line -> length(line.points())).sum()
                    + piece.shores().stream().mapToDouble(line -> length(line.points())).sum();
            assertThat(drawn).isCloseTo(outline, org.assertj.core.api.Assertions.within(1.0));
            for (LandBeyond.Line line : piece.seams()) {
                double[] seam = line.points();
                for (int i = 0; i < seam.length; i += 2) {
                    assertThat(edge.distance(FACTORY.createPoint(new Coordinate(seam[i], seam[i + 1])))).isLessThan(1.0);
                }
            }
        }
        assertThat(cutAtTheMargin).as("the mainland cut off at the margin").isPositive();
        assertThat(pieceAt(142.8, 52.5).seams()).as("northern Sakhalin, cut at 51.5°N").isNotEmpty();
        assertThat(pieceAt(150.0, 61.0)).as("the mainland north of the Sea of Okhotsk, beyond the margin kept").isNull();
    }

    private static double length(double[] line) {
        double length = 0;
        for (int i = 2; i < line.length; i += 2) {
            length += Math.hypot(line[i] - line[i - 2], line[i + 1] - line[i - 1]);
        }
        return length;
    }

    private static LandBeyond.Piece pieceAt(double lon, double lat) {
        double[] xy = map.coastline().project(new GeoPoint(lon, lat));
        Geometry point = FACTORY.createPoint(new Coordinate(xy[0], xy[1]));
        List<LandBeyond.Piece> containing = map.landBeyond().pieces().stream().filter(piece -> polygon(piece).contains(point)).toList();
        assertThat(containing).hasSizeLessThanOrEqualTo(1);
        return containing.isEmpty() ? null : containing.getFirst();
    }

    private static Polygon polygon(LandBeyond.Piece piece) {
        double[] ring = piece.rings().exterior();
        Coordinate[] coordinates = new Coordinate[ring.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
        }
        return FACTORY.createPolygon(coordinates);
    }
}
