package org.fourislands.core.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.MapExtent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The base geography, projected once at load: land polygons tagged with island ids, an STRtree
 * for culling and hit testing, and precomputed topology-preserving simplifications for a few
 * zoom bands. Immutable and thread-safe after {@link #load}; build it off the FX thread.
 */
public final class BaseMap {

    /** Simplification tolerances in metres, finest first; 0 keeps every GSHHG vertex. */
    static final double[] TOLERANCES = {0, 60, 125, 250, 500, 1000, 2000, 4000};

    /** Where the bundled coastline lives on the class path. */
    public static final String COASTLINE_RESOURCE = "/maps/coastline.geojson";
    public static final String LOCATOR_RESOURCE = "/maps/locator.geojson";

    /** The box the bundled coastlines were cut to (maps/regenerate: gmt coast -R139/158/41/51.5): beyond it the map has no land. */
    static final double COVERED_WEST = 139;
    static final double COVERED_EAST = 158;
    static final double COVERED_SOUTH = 41;
    static final double COVERED_NORTH = 51.5;

    /**
     * True when the bundled coastlines cover {@code point}: a place outside (Vladivostok, Tokyo)
     * would be drawn in open sea, since the map has no land there.
     */
    public static boolean covers(GeoPoint point) {
        return point.lon() >= COVERED_WEST && point.lon() <= COVERED_EAST && point.lat() >= COVERED_SOUTH && point.lat() <= COVERED_NORTH;
    }

    private final EqualAreaProjection projection;
    private final List<LandPolygon> polygons;
    private final List<LevelOfDetail> levels;
    private final STRtree index = new STRtree();
    private final Envelope bounds = new Envelope();
    private final GeometryFactory geometry;
    private final long sourceChecksum;

    private BaseMap(EqualAreaProjection projection, List<LandPolygon> polygons, GeometryFactory geometry, long sourceChecksum,
            List<LevelOfDetail> levels) {
        this.projection = projection;
        this.polygons = List.copyOf(polygons);
        this.geometry = geometry;
        this.sourceChecksum = sourceChecksum;
        this.levels = List.copyOf(levels);
        for (LandPolygon polygon : polygons) {
            index.insert(polygon.projected().getEnvelopeInternal(), polygon);
            bounds.expandToInclude(polygon.projected().getEnvelopeInternal());
        }
        index.build();
    }

    /**
     * The polygons simplified at each of {@code tolerances}, finest first. Each level is simplified
     * from the one before it rather than from full detail: a third of the work, since the 60 m
     * level already drops two vertices in three, for the same result: vertex counts within 1.5 %,
     * and no level further from the full-detail coastline than when simplified from it directly
     * (GeometryTest). It is also what lets one rank per vertex describe every level (VertexRanks).
     */
    private static List<LevelOfDetail> levelByLevel(List<LandPolygon> polygons, double[] tolerances) {
        List<LevelOfDetail> built = new ArrayList<>();
        List<Polygon> shapes = polygons.stream().map(LandPolygon::projected).toList();
        for (double tolerance : tolerances) {
            shapes = simplified(shapes, tolerance);
            built.add(levelOfDetail(tolerance, shapes));
        }
        return built;
    }

    /**
     * The same polygons with the levels of detail added: read from the ranks the build worked out
     * for the bundled coastline ({@link VertexRanks}), or simplified now, the slow way, for any
     * other coastline or when the ranks do not match this one.
     */
    public BaseMap withLevelsOfDetail() {
        if (levels.size() > 1) {
            return this;
        }
        byte[][] ranks = bundledRanks();
        return ranks == null ? simplifiedLevelByLevel()
                : new BaseMap(projection, polygons, geometry, sourceChecksum, VertexRanks.levels(this, ranks, TOLERANCES));
    }

    /** The levels of detail simplified now, level by level, whatever the build precomputed. */
    BaseMap simplifiedLevelByLevel() {
        return new BaseMap(projection, polygons, geometry, sourceChecksum, levelByLevel(polygons, TOLERANCES));
    }

    /** The precomputed ranks when they were made for this coastline; null when missing, unreadable or for another. */
    private byte[][] bundledRanks() {
        try (InputStream in = BaseMap.class.getResourceAsStream(VertexRanks.BUNDLED_RESOURCE)) {
            return in == null ? null : VertexRanks.read(in, this, sourceChecksum, TOLERANCES);
        } catch (IOException e) {
            // A truncated or unreadable file: simplifying anew is slower, never wrong.
            return null;
        }
    }

    /** A CRC-32 of the GeoJSON this map was read from: which map the build's precomputed ranks and land beyond the box belong to. */
    long sourceChecksum() {
        return sourceChecksum;
    }

    /** Loads the bundled coastline with its levels of detail. */
    public static BaseMap loadBundled(EqualAreaProjection projection) {
        return loadBundledFullDetailOnly(projection).withLevelsOfDetail();
    }

    /** Loads the bundled coastline at full detail only: enough to draw, and fast. */
    public static BaseMap loadBundledFullDetailOnly(EqualAreaProjection projection) {
        return load(BaseMap.class.getResourceAsStream(COASTLINE_RESOURCE), projection);
    }

    /** Loads the bundled locator outline: one level, no simplification beyond the file's own. */
    public static BaseMap loadLocator(EqualAreaProjection projection) {
        return load(BaseMap.class.getResourceAsStream(LOCATOR_RESOURCE), projection);
    }

    /** Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon features with an optional {@code island} property, at full detail only. */
    public static BaseMap load(InputStream geojson, EqualAreaProjection projection) {
        Objects.requireNonNull(geojson, "map resource missing");
        List<GeoJsonPolygons.Feature> features;
        CRC32 checksum = new CRC32();
        try (geojson) {
            byte[] bytes = geojson.readAllBytes();
            checksum.update(bytes);
            features = GeoJsonPolygons.read(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GeometryFactory factory = new GeometryFactory();
        List<LandPolygon> polygons = new ArrayList<>();
        double[] xy = new double[2];
        for (GeoJsonPolygons.Feature feature : features) {
            for (List<double[]> part : feature.polygons()) {
                LinearRing shell = ring(part.getFirst(), factory, projection, xy);
                LinearRing[] holes = new LinearRing[part.size() - 1];
                for (int h = 1; h < part.size(); h++) {
                    holes[h - 1] = ring(part.get(h), factory, projection, xy);
                }
                Polygon projected = factory.createPolygon(shell, holes);
                polygons.add(new LandPolygon(polygons.size(), feature.islandId(), projected, PreparedGeometryFactory.prepare(projected),
                        projected.getArea() / 1e6));
            }
        }
        return new BaseMap(projection, polygons, factory, checksum.getValue(),
                levelByLevel(polygons, new double[] {0}));
    }

    /** A ring of lon/lat pairs, projected. */
    private static LinearRing ring(double[] lonLat, GeometryFactory factory, EqualAreaProjection projection, double[] xy) {
        Coordinate[] coordinates = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            projection.project(lonLat[2 * i], lonLat[2 * i + 1], xy);
            coordinates[i] = new Coordinate(xy[0], xy[1]);
        }
        return factory.createLinearRing(coordinates);
    }

    /**
     * Each shape simplified with {@code tolerance}, keeping its topology, and normalised: exterior
     * clockwise, lakes anticlockwise, so that a renderer that adds both to one path and fills it
     * with non-zero winding leaves the lakes open. A shape that would vanish stays as it was.
     */
    private static List<Polygon> simplified(List<Polygon> shapes, double tolerance) {
        List<Polygon> result = new ArrayList<>(shapes.size());
        for (Polygon shape : shapes) {
            Geometry simplified = tolerance == 0 ? shape : TopologyPreservingSimplifier.simplify(shape, tolerance);
            result.add((Polygon) (simplified instanceof Polygon p && !p.isEmpty() ? p : shape).norm());
        }
        return result;
    }

    private static LevelOfDetail levelOfDetail(double tolerance, List<Polygon> shapes) {
        List<RingSet> rings = new ArrayList<>(shapes.size());
        int vertices = 0;
        for (Polygon shape : shapes) {
            double[][] holes = new double[shape.getNumInteriorRing()][];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = flat(shape.getInteriorRingN(h).getCoordinates());
            }
            RingSet set = new RingSet(flat(shape.getExteriorRing().getCoordinates()), holes);
            vertices += set.vertexCount();
            rings.add(set);
        }
        return new LevelOfDetail(tolerance, rings, vertices);
    }

    static double[] flat(Coordinate[] coordinates) {
        double[] flat = new double[coordinates.length * 2];
        for (int i = 0; i < coordinates.length; i++) {
            flat[2 * i] = coordinates[i].x;
            flat[2 * i + 1] = coordinates[i].y;
        }
        return flat;
    }

    /** The box of flat coordinates x0, y0, x1, y1, …. */
    static Envelope boundsOf(double[] flat) {
        Envelope bounds = new Envelope();
        for (int i = 0; i < flat.length; i += 2) {
            bounds.expandToInclude(flat[i], flat[i + 1]);
        }
        return bounds;
    }

    public List<LandPolygon> polygons() {
        return polygons;
    }

    /** Levels of detail, finest first. */
    public List<LevelOfDetail> levels() {
        return levels;
    }

    /** The coarsest level whose error stays under about one pixel at {@code metresPerPixel}. */
    public LevelOfDetail levelFor(double metresPerPixel) {
        LevelOfDetail chosen = levels.getFirst();
        // Indexed: the map asks once a frame, and its frames allocate nothing.
        for (int i = 0; i < levels.size(); i++) {
            LevelOfDetail level = levels.get(i);
            if (level.toleranceMetres() <= metresPerPixel * 0.8) {
                chosen = level;
            }
        }
        return chosen;
    }

    /**
     * Hands {@code sink} each polygon whose bounding box meets {@code viewport} (projected
     * metres). Allocation-free when the caller keeps its visitor, as renderers do per frame.
     */
    public void query(Envelope viewport, ItemVisitor sink) {
        index.query(viewport, sink);
    }

    /** The polygon containing the projected point, or null over the sea. */
    public LandPolygon polygonAt(double x, double y) {
        Point point = geometry.createPoint(new Coordinate(x, y));
        @SuppressWarnings("unchecked")
        List<LandPolygon> candidates = index.query(new Envelope(x, x, y, y));
        for (LandPolygon candidate : candidates) {
            if (candidate.prepared().contains(point)) {
                return candidate;
            }
        }
        return null;
    }

    /** The land area, km² on the equal-area projection, of every polygon tagged with one of {@code islandIds}. */
    public double areaKm2(Collection<String> islandIds) {
        return polygons.stream().filter(p -> p.islandId() != null && islandIds.contains(p.islandId()))
                .mapToDouble(LandPolygon::areaKm2).sum();
    }

    /** The projected bounding box of the polygons tagged with one of {@code islandIds}; empty if none. */
    public Envelope extentOf(Collection<String> islandIds) {
        Envelope extent = new Envelope();
        polygons.stream().filter(p -> p.islandId() != null && islandIds.contains(p.islandId()))
                .forEach(p -> extent.expandToInclude(p.projected().getEnvelopeInternal()));
        return extent;
    }

    /** The projected bounding box of all land. */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    public EqualAreaProjection projection() {
        return projection;
    }

    /** Projects a position to map metres. */
    public double[] project(GeoPoint point) {
        double[] xy = new double[2];
        project(point, xy);
        return xy;
    }

    /**
     * The projected box that holds a longitude–latitude box (a tour step's view): its edges are
     * sampled, because the equal-area projection bends parallels and meridians.
     */
    public Envelope projectedExtent(MapExtent view) {
        Envelope extent = new Envelope();
        int samples = 8;
        double[] xy = new double[2];
        for (int i = 0; i <= samples; i++) {
            double lon = view.west() + (view.east() - view.west()) * i / samples;
            double lat = view.south() + (view.north() - view.south()) * i / samples;
            for (GeoPoint edge : List.of(new GeoPoint(lon, view.south()), new GeoPoint(lon, view.north()),
                    new GeoPoint(view.west(), lat), new GeoPoint(view.east(), lat))) {
                project(edge, xy);
                extent.expandToInclude(xy[0], xy[1]);
            }
        }
        return extent;
    }

    /** Projects {@code point} into {@code xy} (x, then y), allocating nothing: for drawing, frame after frame. */
    public void project(GeoPoint point, double[] xy) {
        projection.project(point.lon(), point.lat(), xy);
    }
}
