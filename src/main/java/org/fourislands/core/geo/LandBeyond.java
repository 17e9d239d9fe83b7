package org.fourislands.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The land beyond the box the coastlines were cut to ({@link BaseMap#covers}: 139–158°E,
 * 41–51.5°N), taken from the locator's coarse outline: the mainland west of 139°E, Kamchatka
 * and Sakhalin north of 51.5°N, Honshu south of 41°N. Without it the region's views ended the
 * mainland in a straight line at 139°E and showed Kamchatka's tip as an island. A piece that
 * continues one dataset unit's land across the box's edge, and no other land, belongs to that
 * unit (northern Sakhalin), so that the map colours it by the same status. Only land within
 * {@value #MARGIN_DEGREES}° of the box is kept, {@value #NORTH_MARGIN_DEGREES}° to the north: enough
 * for the whole region in a window three times as wide as it is high, and the northern limit
 * parts Kamchatka from the mainland, so that a view culls each. Projected once, at load;
 * immutable and thread-safe.
 *
 * @param pieces each piece of land beyond the box, with its unit or null
 */
public record LandBeyond(List<Piece> pieces) {

    /**
     * How far beyond the box land is kept, degrees: at 6° the whole region, exported at 16:9,
     * showed the mainland ending in a straight line at 133°E in its lower left corner.
     */
    static final double MARGIN_DEGREES = 12;
    /** How far north of the box land is kept, degrees: Kamchatka joins the mainland beyond 59°N. */
    static final double NORTH_MARGIN_DEGREES = 6;
    /** The most points in one line of a shore or seam: short enough that a view culls most of a long coast. */
    private static final int POINTS_PER_LINE = 32;
    /** How near a piece must come to the coastlines' land to continue it, metres: the coarse outline's shores miss the fine ones by a few hundred. */
    static final double CONTINUES_WITHIN_M = 2_000;
    /** How near the box's edge a vertex of a piece lies to be on it, metres: the cut puts it there, give or take rounding. */
    private static final double ON_EDGE_M = 1;
    /** The boxes' edges are sampled this often, degrees: the projection bends parallels and meridians. */
    private static final double EDGE_STEP_DEGREES = 0.05;

    /**
     * One piece of land beyond the box.
     *
     * @param islandId the dataset unit whose land it continues, or null
     * @param rings its rings, projected, ready to draw
     * @param seams the stretches of its outline on the box's edge, where it meets the coastlines'
     *     land: a renderer strokes them in the piece's fill to hide the coast stroked along the cut
     * @param shores the rest of its outline, its coast and lakes' shores, in short lines that a
     *     view culls one by one (the mainland's runs for thousands of kilometres off screen)
     * @param bounds its projected box, for culling
     */
    public record Piece(String islandId, RingSet rings, List<Line> seams, List<Line> shores, Envelope bounds) {

        public Piece {
            seams = List.copyOf(seams);
            shores = List.copyOf(shores);
        }
    }

    /**
     * A polyline, projected (x0, y0, x1, y1, …), with its box for culling.
     *
     * @param points the flat coordinates
     * @param bounds their projected box
     */
    public record Line(double[] points, Envelope bounds) {

        /** The line through the flat coordinates, with their box. */
        static Line of(double[] points) {
            return new Line(points, BaseMap.boundsOf(points));
        }
    }

    public LandBeyond {
        pieces = List.copyOf(pieces);
    }

    /**
     * The land beyond the box for the bundled maps: as the build worked it out (decision 0020),
     * or, where its file does not match them, worked out now.
     */
    public static LandBeyond load(BaseMap locator, BaseMap coastline) {
        LandBeyond stored = StoredLandBeyond.readBundled(locator, coastline);
        return stored != null ? stored : of(locator, coastline);
    }

    /**
     * What the land beyond the box depends on besides the two maps: the cut's parameters, and
     * where the projection puts two corners of the kept box. A stored result made with others is stale.
     */
    static double[] madeWith(EqualAreaProjection projection) {
        double[] southWest = new double[2];
        double[] northEast = new double[2];
        projection.project(BaseMap.COVERED_WEST - MARGIN_DEGREES, BaseMap.COVERED_SOUTH - MARGIN_DEGREES, southWest);
        projection.project(BaseMap.COVERED_EAST + MARGIN_DEGREES, BaseMap.COVERED_NORTH + NORTH_MARGIN_DEGREES, northEast);
        return new double[] {MARGIN_DEGREES, NORTH_MARGIN_DEGREES, POINTS_PER_LINE, CONTINUES_WITHIN_M, ON_EDGE_M, EDGE_STEP_DEGREES,
            southWest[0], southWest[1], northEast[0], northEast[1]};
    }

    /** The locator's land outside the coastlines' box and within the margin, each piece given the unit it continues. */
    public static LandBeyond of(BaseMap locator, BaseMap coastline) {
        GeometryFactory factory = new GeometryFactory();
        EqualAreaProjection projection = coastline.projection();
        Polygon box = coveredBox(projection, factory);
        Polygon margin = keptBox(projection, factory);
        IndexedFacetDistance toBoxEdge = new IndexedFacetDistance(box.getBoundary());
        IndexedFacetDistance toMarginEdge = new IndexedFacetDistance(margin.getBoundary());
        List<Piece> pieces = new ArrayList<>();
        for (LandPolygon land : locator.polygons()) {
            if (!land.projected().intersects(margin)) {
                continue;
            }
            Geometry outside = land.projected().intersection(margin).difference(box);
            for (int i = 0; i < outside.getNumGeometries(); i++) {
                if (outside.getGeometryN(i) instanceof Polygon part && !part.isEmpty()) {
                    Polygon normalised = (Polygon) part.norm();
                    List<LineString> seams = new ArrayList<>();
                    List<LineString> shores = new ArrayList<>();
                    splitOutline(normalised, toBoxEdge, toMarginEdge, factory, seams, shores);
                    pieces.add(new Piece(unitContinued(seams, coastline, factory), rings(normalised), inShortLines(seams), inShortLines(shores),
                            normalised.getEnvelopeInternal()));
                }
            }
        }
        return new LandBeyond(pieces);
    }

    /** The lines cut into runs of at most {@value #POINTS_PER_LINE} points, each sharing its first point with the run before. */
    private static List<Line> inShortLines(List<LineString> lines) {
        List<Line> cut = new ArrayList<>();
        for (LineString line : lines) {
            Coordinate[] points = line.getCoordinates();
            for (int start = 0; start < points.length - 1; start += POINTS_PER_LINE - 1) {
                cut.add(Line.of(BaseMap.flat(Arrays.copyOfRange(points, start, Math.min(points.length, start + POINTS_PER_LINE)))));
            }
        }
        return cut;
    }

    private static RingSet rings(Polygon polygon) {
        double[][] holes = new double[polygon.getNumInteriorRing()][];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = BaseMap.flat(polygon.getInteriorRingN(h).getCoordinates());
        }
        return new RingSet(BaseMap.flat(polygon.getExteriorRing().getCoordinates()), holes);
    }

    /**
     * A piece's outline cut into runs: those on the box's edge, where the box cut it (the only
     * place it can meet the coastlines' land), its seams; those on the margin's edge, where the
     * land kept was cut off, which are not drawn (they are no coast); and the rest, its shores.
     * Comparing the few seams, not the whole outline, with the coastlines' polygons keeps this to
     * milliseconds.
     */
    private static void splitOutline(Polygon piece, IndexedFacetDistance toBoxEdge, IndexedFacetDistance toMarginEdge,
            GeometryFactory factory, List<LineString> seams, List<LineString> shores) {
        Coordinate[] ring = piece.getExteriorRing().getCoordinates();
        boolean[] onBox = new boolean[ring.length];
        boolean[] onMargin = new boolean[ring.length];
        for (int i = 0; i < ring.length; i++) {
            Point vertex = factory.createPoint(ring[i]);
            onBox[i] = toBoxEdge.distance(vertex) < ON_EDGE_M;
            onMargin[i] = toMarginEdge.distance(vertex) < ON_EDGE_M;
        }
        List<Coordinate> run = new ArrayList<>();
        List<LineString> runKind = null;
        for (int i = 0; i < ring.length; i++) {
            // A segment lies on an edge when both its ends do; a run ends at the vertex where that changes, which both runs share.
            List<LineString> segmentKind = i + 1 == ring.length ? null
                    : onBox[i] && onBox[i + 1] ? seams
                    : onMargin[i] && onMargin[i + 1] ? null : shores;
            run.add(ring[i]);
            if (i > 0 && runKind != segmentKind || i + 1 == ring.length) {
                if (runKind != null && run.size() >= 2) {
                    runKind.add(factory.createLineString(run.toArray(Coordinate[]::new)));
                }
                run.clear();
                run.add(ring[i]);
            }
            runKind = segmentKind;
        }
        for (int h = 0; h < piece.getNumInteriorRing(); h++) {
            shores.add(piece.getInteriorRingN(h));
        }
    }

    /**
     * The one unit whose land the seams come within reach of, if they reach no land outside the
     * units (the mainland beside Sakhalin); else null.
     */
    private static String unitContinued(List<LineString> seams, BaseMap coastline, GeometryFactory factory) {
        if (seams.isEmpty()) {
            return null;
        }
        Geometry seam = factory.createMultiLineString(seams.toArray(LineString[]::new));
        Envelope reach = new Envelope(seam.getEnvelopeInternal());
        reach.expandBy(CONTINUES_WITHIN_M);
        Set<String> units = new HashSet<>();
        boolean reachesOtherLand = false;
        for (LandPolygon land : coastline.polygons()) {
            if (land.projected().getEnvelopeInternal().intersects(reach) && land.projected().isWithinDistance(seam, CONTINUES_WITHIN_M)) {
                if (land.islandId() == null) {
                    reachesOtherLand = true;
                } else {
                    units.add(land.islandId());
                }
            }
        }
        return !reachesOtherLand && units.size() == 1 ? units.iterator().next() : null;
    }

    /** The coastlines' box, projected. */
    static Polygon coveredBox(EqualAreaProjection projection, GeometryFactory factory) {
        return projectedBox(projection, factory, BaseMap.COVERED_WEST, BaseMap.COVERED_EAST, BaseMap.COVERED_SOUTH, BaseMap.COVERED_NORTH);
    }

    /** The box beyond which no land is kept, projected. */
    static Polygon keptBox(EqualAreaProjection projection, GeometryFactory factory) {
        return projectedBox(projection, factory, BaseMap.COVERED_WEST - MARGIN_DEGREES, BaseMap.COVERED_EAST + MARGIN_DEGREES,
                BaseMap.COVERED_SOUTH - MARGIN_DEGREES, BaseMap.COVERED_NORTH + NORTH_MARGIN_DEGREES);
    }

    /** A longitude–latitude box, projected, its edges sampled every {@value #EDGE_STEP_DEGREES}°. */
    private static Polygon projectedBox(EqualAreaProjection projection, GeometryFactory factory, double west, double east, double south,
            double north) {
        List<Coordinate> ring = new ArrayList<>();
        double[] xy = new double[2];
        int across = (int) Math.round((east - west) / EDGE_STEP_DEGREES);
        int up = (int) Math.round((north - south) / EDGE_STEP_DEGREES);
        for (int i = 0; i < across; i++) {
            add(ring, projection, west + (east - west) * i / across, south, xy);
        }
        for (int i = 0; i < up; i++) {
            add(ring, projection, east, south + (north - south) * i / up, xy);
        }
        for (int i = 0; i < across; i++) {
            add(ring, projection, east - (east - west) * i / across, north, xy);
        }
        for (int i = 0; i < up; i++) {
            add(ring, projection, west, north - (north - south) * i / up, xy);
        }
        ring.add(ring.getFirst());
        return factory.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static void add(List<Coordinate> ring, EqualAreaProjection projection, double lon, double lat, double[] xy) {
        projection.project(lon, lat, xy);
        ring.add(new Coordinate(xy[0], xy[1]));
    }
}
