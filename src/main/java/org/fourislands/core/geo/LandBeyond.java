package org.fourislands.core.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The land beyond the box the coastlines were cut to ({@link BaseMap#covers}: 139–158°E,
 * 41–51.5°N), taken from the locator's coarse outline: the mainland west of 139°E, Kamchatka
 * and Sakhalin north of 51.5°N, Honshu south of 41°N. Without it the region's views ended the
 * mainland in a straight line at 139°E and showed Kamchatka's tip as an island. A piece that
 * continues one dataset unit's land across the box's edge, and no other land, belongs to that
 * unit (northern Sakhalin), so that the map colours it by the same status. Projected once, at
 * load; immutable and thread-safe.
 *
 * @param pieces each piece of land beyond the box, with its unit or null
 */
public record LandBeyond(List<Piece> pieces) {

    /** How near a piece must come to the coastlines' land to continue it, metres: the coarse outline's shores miss the fine ones by a few hundred. */
    static final double CONTINUES_WITHIN_M = 2_000;
    /** How near the box's edge a vertex of a piece lies to be on it, metres: the cut puts it there, give or take rounding. */
    private static final double ON_EDGE_M = 1;
    /** The box's edges are sampled this often, degrees: the projection bends parallels and meridians. */
    private static final double EDGE_STEP_DEGREES = 0.05;

    /**
     * One piece of land beyond the box.
     *
     * @param islandId the dataset unit whose land it continues, or null
     * @param rings its rings, projected, ready to draw
     * @param bounds its projected box, for culling
     */
    public record Piece(String islandId, RingSet rings, Envelope bounds) {}

    public LandBeyond {
        pieces = List.copyOf(pieces);
    }

    /** The locator's land outside the coastlines' box, each piece given the unit it continues. */
    public static LandBeyond of(BaseMap locator, BaseMap coastline) {
        GeometryFactory factory = new GeometryFactory();
        Polygon box = coveredBox(coastline.projection(), factory);
        IndexedFacetDistance toBoxEdge = new IndexedFacetDistance(box.getBoundary());
        List<Piece> pieces = new ArrayList<>();
        for (LandPolygon land : locator.polygons()) {
            Geometry outside = land.projected().intersects(box) ? land.projected().difference(box) : land.projected();
            for (int i = 0; i < outside.getNumGeometries(); i++) {
                if (outside.getGeometryN(i) instanceof Polygon part && !part.isEmpty()) {
                    Polygon normalised = (Polygon) part.norm();
                    String unit = unitContinued(seam(normalised, toBoxEdge, factory), coastline);
                    pieces.add(new Piece(unit, rings(normalised), normalised.getEnvelopeInternal()));
                }
            }
        }
        return new LandBeyond(pieces);
    }

    private static RingSet rings(Polygon polygon) {
        double[][] holes = new double[polygon.getNumInteriorRing()][];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = BaseMap.flat(polygon.getInteriorRingN(h).getCoordinates());
        }
        return new RingSet(BaseMap.flat(polygon.getExteriorRing().getCoordinates()), holes);
    }

    /**
     * The stretches of a piece's outline that lie on the box's edge, where the box cut it: the
     * only place it can meet the coastlines' land. Comparing these few segments, not the whole
     * outline (the mainland's runs for thousands of kilometres), with the coastlines' polygons
     * keeps this to milliseconds.
     */
    private static Geometry seam(Polygon piece, IndexedFacetDistance toBoxEdge, GeometryFactory factory) {
        Coordinate[] ring = piece.getExteriorRing().getCoordinates();
        List<LineString> segments = new ArrayList<>();
        boolean previousOnEdge = onEdge(ring[0], toBoxEdge, factory);
        for (int i = 1; i < ring.length; i++) {
            boolean onEdge = onEdge(ring[i], toBoxEdge, factory);
            if (previousOnEdge && onEdge) {
                segments.add(factory.createLineString(new Coordinate[] {ring[i - 1], ring[i]}));
            }
            previousOnEdge = onEdge;
        }
        return factory.createMultiLineString(segments.toArray(LineString[]::new));
    }

    private static boolean onEdge(Coordinate point, IndexedFacetDistance toBoxEdge, GeometryFactory factory) {
        return toBoxEdge.distance(factory.createPoint(point)) < ON_EDGE_M;
    }

    /**
     * The one unit whose land the seam comes within reach of, if it reaches no land outside the
     * units (the mainland beside Sakhalin); else null.
     */
    private static String unitContinued(Geometry seam, BaseMap coastline) {
        if (seam.isEmpty()) {
            return null;
        }
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

    /** The coastlines' box, projected, its edges sampled every {@value #EDGE_STEP_DEGREES}°. */
    static Polygon coveredBox(EqualAreaProjection projection, GeometryFactory factory) {
        List<Coordinate> ring = new ArrayList<>();
        double[] xy = new double[2];
        double west = BaseMap.COVERED_WEST;
        double east = BaseMap.COVERED_EAST;
        double south = BaseMap.COVERED_SOUTH;
        double north = BaseMap.COVERED_NORTH;
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
