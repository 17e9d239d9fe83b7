/*
 * CoastlineBuilder — turns GMT/GSHHG shoreline dumps into the app's base-map GeoJSON.
 *
 * Single-file Java program (JDK 25 source launcher) using JTS 1.20.0. Normally run by
 * ../regenerate, which produces the inputs with `gmt coast ... -W -M`; see ../README.md.
 *
 *   java -cp jts-core-1.20.0.jar CoastlineBuilder.java coast   LAND.txt LAKES.txt OUT.geojson
 *   java -cp jts-core-1.20.0.jar CoastlineBuilder.java locator LAND.txt OUT.geojson
 *   java -cp jts-core-1.20.0.jar CoastlineBuilder.java preview IN.geojson OUT.png W E S N [WIDTH]
 *   java -cp jts-core-1.20.0.jar CoastlineBuilder.java list    IN.geojson W E S N
 *
 * How `coast` works:
 *  1. GMT prints the shoreline as short segments, one or more per GSHHG bin (the binned files tile
 *     the globe), already clipped to the region. Level 1 = land/sea shore, level 2 = lake shore.
 *  2. All segments plus the rectangle of the region are noded together (JTS unary union) and
 *     polygonized into the faces of a planar partition of the rectangle. Nothing is "closed along
 *     the box edge" by guessing an orientation: the rectangle is simply one more line.
 *  3. Faces are classified land or water by parity: crossing any shoreline edge flips land/water,
 *     starting from a face known to be open sea. Land faces keep their lakes as holes. Dangling
 *     lines, faces not reached and edges not shared by exactly two faces abort the run.
 *  4. Sakhalin's land face is cut at exactly 50°N (JTS OverlayNG intersection with two rectangles).
 *  5. Every polygon is snap-rounded to 1e-5° (GeometryPrecisionReducer, keeps it valid), rings are
 *     normalised (exterior counter-clockwise, holes clockwise, starting at the lowest vertex, RFC 7946).
 *  6. Island ids are assigned by the rules below (SEEDS, BOXES, NEAREST_MAX_KM), then features are
 *     sorted (island id, untagged last; area descending; first coordinate) and written one per line.
 *     Areas are computed on a Lambert azimuthal equal-area projection (WGS84, centre 146E 44N) and
 *     printed per island id on stderr.
 *
 * `locator` does steps 1–3 for the low-resolution shoreline (level 1 only, no lakes), simplifies each
 * polygon (TopologyPreservingSimplifier, 0.02°), snap-rounds to 1e-3°, drops parts under 0.005 square
 * degrees (~40 km²) and writes untagged polygons. `preview` and `list` are for checking by eye.
 * With -Dlenient=true, `coast` only warns about seeds that miss (useful while choosing seeds).
 *
 * Output is deterministic: same GMT output in, same bytes out (polygonizer faces, whose order and ring
 * start points depend on identity hash codes, are normalised and sorted before any further step).
 */

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.*;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.List;

public class CoastlineBuilder {

    // ---------------------------------------------------------------- configuration

    /** Region of the full-resolution map (must match the -R given to gmt coast). */
    static final double W = 139, E = 158, S = 41, N = 51.5;
    /** Region of the locator inset. */
    static final double LW = 115, LE = 170, LS = 25, LN = 65;
    /** A point known to be open sea (Pacific), to start the land/water parity. */
    static final double[] SEA_POINT = {155.0, 42.0};
    /** Sakhalin is cut here. */
    static final double SAKHALIN_CUT_LAT = 50.0;
    /** Untagged "anchor" units: they catch nearby islets, which then stay untagged. */
    static final String UNTAGGED = "";

    /**
     * Rule 1 — seed points. The polygon containing the point gets the id. The point is checked
     * against exactly one polygon (else the run aborts). Coordinates are lon, lat.
     */
    static final Object[][] SEEDS = {
        {"hokkaido", 142.50, 43.50, "Hokkaido main island (Daisetsuzan area)"},
        {"hokkaido", 141.24, 45.18, "Rishiri"},
        {"hokkaido", 141.05, 45.40, "Rebun"},
        {"hokkaido", 139.47, 42.15, "Okushiri"},
        {"hokkaido", 141.31, 44.42, "Teuri"},
        {"hokkaido", 141.42, 44.43, "Yagishiri"},
        {"hokkaido", 139.36, 41.51, "Oshima-Oshima"},
        {"sakhalin", 142.75, 47.00, "Sakhalin (near Yuzhno-Sakhalinsk); cut at 50N afterwards"},
        {"sakhalin-south", 141.23, 46.25, "Moneron / Kaibato"},
        {"kunashiri-kunashir", 146.25, 44.35, "Kunashiri / Kunashir (Tyatya volcano)"},
        {"etorofu-iturup", 147.90, 45.05, "Etorofu / Iturup"},
        {"shikotan", 146.75, 43.82, "Shikotan"},
        {"urup", 149.90, 45.85, "Urup"},
        {"shibotsu-zelyony", 146.18, 43.50, "Shibotsu / Zelyony"},
        {"suisho-tanfilyev", 145.93, 43.44, "Suisho / Tanfilyev"},
        {"taraku-polonsky", 146.33, 43.63, "Taraku / Polonsky"},
        {"yuri", 146.06, 43.42, "Yuri"},
        {"akiyuri-anuchina", 146.00, 43.37, "Akiyuri / Anuchina"},
        // Harukari / Demina: the Russian "Demina islands" are a small group; GSHHG has three polygons.
        {"harukari-demina", 146.162, 43.420, "Harukari / Demina (largest)"},
        {"harukari-demina", 146.154, 43.411, "Harukari / Demina (SW islet)"},
        {"harukari-demina", 146.175, 43.429, "Harukari / Demina (NE islet)"},
        {UNTAGGED, 157.00, 51.40, "Kamchatka"},
        {UNTAGGED, 140.00, 50.00, "Asian mainland (Khabarovsk Krai)"},
        {UNTAGGED, 141.10, 41.25, "Honshu (Shimokita peninsula)"},
        {UNTAGGED, 140.40, 41.10, "Honshu (Tsugaru peninsula)"},
    };

    /**
     * Rule 2 — boxes {id, west, east, south, north, minAreaKm2}. A polygon not matched by a seed whose
     * interior point lies in the box gets the id. Boxes are tried in order.
     * Only polygons of at least minAreaKm2 qualify (smaller ones go to rule 3).
     */
    static final Object[][] BOXES = {
        // Habomai: everything between the Nemuro peninsula (Nosappu, 145.82E) and Shikotan.
        {"habomai", 145.84, 146.50, 43.25, 43.72, 0.0},
        // Kurils north of Urup: Broutona .. Shumshu, Atlasov. Kamchatka itself is a seed above.
        {"northern-kurils", 150.60, 158.00, 46.30, 51.50, 1.0},
    };

    /**
     * Rule 3 — any other polygon takes the id of the nearest polygon assigned by rules 1–2
     * (untagged anchors included), if that is within this distance; otherwise it stays untagged.
     */
    static final double NEAREST_MAX_KM = 30.0;

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws Exception {
        if (args.length == 0) usage();
        switch (args[0]) {
            case "coast" -> {
                if (args.length != 4) usage();
                coast(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            }
            case "locator" -> {
                if (args.length != 3) usage();
                locator(Path.of(args[1]), Path.of(args[2]));
            }
            case "preview" -> {
                if (args.length < 7) usage();
                preview(Path.of(args[1]), Path.of(args[2]), d(args[3]), d(args[4]), d(args[5]), d(args[6]),
                        args.length > 7 ? Integer.parseInt(args[7]) : 1600);
            }
            case "list" -> {
                if (args.length != 6) usage();
                list(Path.of(args[1]), d(args[2]), d(args[3]), d(args[4]), d(args[5]));
            }
            default -> usage();
        }
    }

    static double d(String s) { return Double.parseDouble(s); }

    static void usage() {
        System.err.println("""
            usage: CoastlineBuilder coast   LAND.txt LAKES.txt OUT.geojson
                   CoastlineBuilder locator LAND.txt OUT.geojson
                   CoastlineBuilder preview IN.geojson OUT.png W E S N [WIDTH]
                   CoastlineBuilder list    IN.geojson W E S N""");
        System.exit(2);
    }

    static void fail(String msg) {
        System.err.println("CoastlineBuilder: ERROR: " + msg);
        System.exit(1);
    }

    static final GeometryFactory GF = new GeometryFactory();

    // ---------------------------------------------------------------- coast

    record Feature(String island, Polygon poly, double areaKm2) {}

    static void coast(Path landTxt, Path lakesTxt, Path out) throws IOException {
        List<LineString> lines = new ArrayList<>(readSegments(landTxt));
        lines.addAll(readSegments(lakesTxt));
        List<Polygon> land = landFaces(lines, W, E, S, N, SEA_POINT);
        System.err.printf("land faces: %d%n", land.size());

        // Assign by seeds on full-precision faces.
        String[] ids = new String[land.size()];
        int[] seedHits = new int[SEEDS.length];
        for (int i = 0; i < land.size(); i++) {
            for (int s = 0; s < SEEDS.length; s++) {
                Point p = GF.createPoint(new Coordinate((double) SEEDS[s][1], (double) SEEDS[s][2]));
                if (land.get(i).contains(p)) {
                    if (ids[i] != null) fail("two seeds in one polygon: " + SEEDS[s][3]);
                    ids[i] = (String) SEEDS[s][0];
                    seedHits[s]++;
                }
            }
        }
        for (int s = 0; s < SEEDS.length; s++)
            if (seedHits[s] != 1) {
                String msg = "seed " + SEEDS[s][3] + " hit " + seedHits[s] + " polygons";
                if (Boolean.getBoolean("lenient")) System.err.println("WARNING: " + msg); else fail(msg);
            }

        // Cut Sakhalin, snap-round everything.
        List<Feature> feats = new ArrayList<>();
        List<Boolean> bySeedOrBox = new ArrayList<>();
        for (int i = 0; i < land.size(); i++) {
            Polygon p = land.get(i);
            if ("sakhalin".equals(ids[i])) {
                Geometry south = OverlayNGRobust.overlay(p, rect(W, E, S, SAKHALIN_CUT_LAT), OverlayNG.INTERSECTION);
                Geometry north = OverlayNGRobust.overlay(p, rect(W, E, SAKHALIN_CUT_LAT, N), OverlayNG.INTERSECTION);
                for (Polygon q : reduce(south, 1e5)) { feats.add(feature("sakhalin-south", q)); bySeedOrBox.add(true); }
                for (Polygon q : reduce(north, 1e5)) { feats.add(feature("sakhalin-north", q)); bySeedOrBox.add(true); }
            } else {
                for (Polygon q : reduce(p, 1e5)) { feats.add(feature(ids[i], q)); bySeedOrBox.add(ids[i] != null); }
            }
        }

        // Rule 2: boxes.
        for (int i = 0; i < feats.size(); i++) {
            Feature f = feats.get(i);
            if (f.island() != null) continue;
            Coordinate c = f.poly().getInteriorPoint().getCoordinate();
            for (Object[] b : BOXES) {
                if (c.x >= (double) b[1] && c.x <= (double) b[2] && c.y >= (double) b[3] && c.y <= (double) b[4]
                        && f.areaKm2() >= (double) b[5]) {
                    feats.set(i, new Feature((String) b[0], f.poly(), f.areaKm2()));
                    bySeedOrBox.set(i, true);
                    break;
                }
            }
        }

        // Rule 3: nearest anchor (distances on a local equirectangular projection, in km).
        List<Integer> anchors = new ArrayList<>();
        List<Geometry> anchorKm = new ArrayList<>();
        List<IndexedFacetDistance> anchorDist = new ArrayList<>();
        for (int i = 0; i < feats.size(); i++)
            if (bySeedOrBox.get(i)) {
                anchors.add(i);
                anchorKm.add(toKm(feats.get(i).poly()));
                anchorDist.add(new IndexedFacetDistance(anchorKm.get(anchorKm.size() - 1)));
            }
        for (int i = 0; i < feats.size(); i++) {
            Feature f = feats.get(i);
            if (bySeedOrBox.get(i)) continue;
            Geometry g = toKm(f.poly());
            double best = Double.MAX_VALUE; int bestA = -1;
            for (int a = 0; a < anchors.size(); a++) {
                if (anchorKm.get(a).getEnvelopeInternal().distance(g.getEnvelopeInternal()) > NEAREST_MAX_KM) continue;
                double dist = anchorDist.get(a).distance(g);
                if (dist < best) { best = dist; bestA = anchors.get(a); }
            }
            String id = (bestA >= 0 && best <= NEAREST_MAX_KM) ? feats.get(bestA).island() : UNTAGGED;
            feats.set(i, new Feature(id, f.poly(), f.areaKm2()));
        }

        // Checks: validity, no overlaps.
        for (Feature f : feats) {
            IsValidOp v = new IsValidOp(f.poly());
            if (!v.isValid()) fail("invalid polygon " + v.getValidationError());
        }
        checkNoOverlap(feats);
        sortFeatures(feats);
        String json = toGeoJson(feats, 5);
        Files.writeString(out, json, StandardCharsets.UTF_8);
        report(feats, out);
    }

    static Feature feature(String id, Polygon p) { return new Feature(id, p, laeaAreaKm2(p)); }

    static Polygon rect(double w, double e, double s, double n) {
        return GF.createPolygon(new Coordinate[]{
            new Coordinate(w, s), new Coordinate(e, s), new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
    }

    /** Reads `gmt ... -M` output: segments separated by lines starting with '>'. */
    static List<LineString> readSegments(Path p) throws IOException {
        List<LineString> out = new ArrayList<>();
        List<Coordinate> cur = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.US_ASCII)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith(">")) { flush(cur, out); continue; }
            String[] t = line.split("\\s+");
            // Round to 1e-8 deg so that segment ends printed from neighbouring bins coincide exactly.
            Coordinate c = new Coordinate(Math.round(Double.parseDouble(t[0]) * 1e8) / 1e8,
                                          Math.round(Double.parseDouble(t[1]) * 1e8) / 1e8);
            if (cur.isEmpty() || !cur.get(cur.size() - 1).equals2D(c)) cur.add(c);
        }
        flush(cur, out);
        return out;
    }

    static void flush(List<Coordinate> cur, List<LineString> out) {
        if (cur.size() >= 2) out.add(GF.createLineString(cur.toArray(new Coordinate[0])));
        cur.clear();
    }

    /**
     * Nodes the shoreline segments together with the region rectangle, polygonizes, and returns
     * the land faces (found by parity from the face containing seaPoint).
     */
    static List<Polygon> landFaces(List<LineString> lines, double w, double e, double s, double n, double[] seaPoint) {
        List<Geometry> all = new ArrayList<>(lines);
        all.add(rect(w, e, s, n).getExteriorRing());
        Geometry noded = GF.buildGeometry(all).union();
        Polygonizer pz = new Polygonizer();
        pz.add(noded);
        @SuppressWarnings("unchecked") List<Polygon> faces = new ArrayList<>((Collection<Polygon>) pz.getPolygons());
        if (!pz.getDangles().isEmpty()) fail(pz.getDangles().size() + " dangling lines (unjoined segments), first: " + pz.getDangles().iterator().next());
        if (!pz.getCutEdges().isEmpty()) fail(pz.getCutEdges().size() + " cut edges");
        if (!pz.getInvalidRingLines().isEmpty()) fail(pz.getInvalidRingLines().size() + " invalid rings");
        System.err.printf("segments: %d, faces: %d%n", lines.size(), faces.size());

        // Edge -> faces map (each edge of each face ring, stored in canonical direction).
        Map<Seg, int[]> edgeFaces = new HashMap<>();
        for (int f = 0; f < faces.size(); f++) {
            Polygon p = faces.get(f);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int k = 0; k + 1 < cs.length; k++) {
                    int[] fs = edgeFaces.computeIfAbsent(Seg.of(cs[k], cs[k + 1]), x -> new int[]{-1, -1});
                    if (fs[0] < 0) fs[0] = f; else if (fs[1] < 0) fs[1] = f; else fail("edge shared by 3 faces");
                }
            }
        }
        // Adjacency across shoreline edges.
        List<Set<Integer>> adj = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) adj.add(new TreeSet<>());
        for (Map.Entry<Seg, int[]> en : edgeFaces.entrySet()) {
            int[] fs = en.getValue();
            Seg sg = en.getKey();
            boolean onBox = (sg.x1 == w && sg.x2 == w) || (sg.x1 == e && sg.x2 == e)
                         || (sg.y1 == s && sg.y2 == s) || (sg.y1 == n && sg.y2 == n);
            if (onBox) { if (fs[1] >= 0) fail("box edge shared by two faces at " + sg); continue; }
            if (fs[1] < 0) fail("shore edge with only one face at " + sg);
            adj.get(fs[0]).add(fs[1]);
            adj.get(fs[1]).add(fs[0]);
        }
        int[] parity = new int[faces.size()];
        Arrays.fill(parity, -1);
        Point sp = GF.createPoint(new Coordinate(seaPoint[0], seaPoint[1]));
        int start = -1;
        for (int f = 0; f < faces.size(); f++) if (faces.get(f).contains(sp)) start = f;
        if (start < 0) fail("sea point not in any face");
        ArrayDeque<Integer> q = new ArrayDeque<>();
        parity[start] = 0; q.add(start);
        while (!q.isEmpty()) {
            int f = q.poll();
            for (int g : adj.get(f)) {
                if (parity[g] < 0) { parity[g] = 1 - parity[f]; q.add(g); }
                else if (parity[g] == parity[f]) fail("parity conflict between faces " + f + " and " + g);
            }
        }
        List<Polygon> land = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) {
            if (parity[f] < 0) fail("face not reached: " + faces.get(f).getInteriorPoint());
            if (parity[f] == 1) land.add(faces.get(f));
        }
        // The polygonizer's face order and ring start points depend on identity hash codes, which
        // vary between JVM runs; normalise and sort so that everything downstream is deterministic.
        for (int i = 0; i < land.size(); i++) { Polygon p = (Polygon) land.get(i).copy(); p.normalize(); land.set(i, p); }
        land.sort((a, b) -> a.compareTo(b));
        return land;
    }

    record Seg(double x1, double y1, double x2, double y2) {
        static Seg of(Coordinate a, Coordinate b) {
            return (a.compareTo(b) <= 0) ? new Seg(a.x, a.y, b.x, b.y) : new Seg(b.x, b.y, a.x, a.y);
        }
    }

    /** Snap-rounds to 1/scale degrees; returns the (valid) polygon parts, possibly none. */
    static List<Polygon> reduce(Geometry g, double scale) {
        Geometry r = GeometryPrecisionReducer.reduce(g, new PrecisionModel(scale));
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < r.getNumGeometries(); i++) {
            Geometry c = r.getGeometryN(i);
            if (c instanceof Polygon p && !p.isEmpty()) out.add(normalise(p));
        }
        return out;
    }

    /** Exterior ring counter-clockwise, holes clockwise (RFC 7946), each ring starting at its lowest point. */
    static Polygon normalise(Polygon p) {
        Polygon n = (Polygon) p.copy();
        n.normalize(); // JTS: shell clockwise, holes counter-clockwise, rings start at min coordinate, holes sorted
        LinearRing shell = GF.createLinearRing(rev(n.getExteriorRing().getCoordinates()));
        LinearRing[] holes = new LinearRing[n.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) holes[i] = GF.createLinearRing(rev(n.getInteriorRingN(i).getCoordinates()));
        Polygon res = GF.createPolygon(shell, holes);
        if (!Orientation.isCCW(res.getExteriorRing().getCoordinates())) fail("orientation");
        return res;
    }

    static Coordinate[] rev(Coordinate[] c) {
        Coordinate[] r = c.clone();
        Collections.reverse(Arrays.asList(r));
        return r;
    }

    static void checkNoOverlap(List<Feature> feats) {
        // Polygons may touch (the two Sakhalin halves share the 50N cut) but must not overlap.
        org.locationtech.jts.index.strtree.STRtree idx = new org.locationtech.jts.index.strtree.STRtree();
        for (int i = 0; i < feats.size(); i++) idx.insert(feats.get(i).poly().getEnvelopeInternal(), i);
        for (int i = 0; i < feats.size(); i++) {
            Polygon a = feats.get(i).poly();
            for (Object o : idx.query(a.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i) continue;
                Polygon b = feats.get(j).poly();
                if (a.intersects(b) && a.relate(b, "2********")) fail("overlapping polygons near " + b.getInteriorPoint());
            }
        }
    }

    static void sortFeatures(List<Feature> feats) {
        feats.sort(Comparator
            .comparing((Feature f) -> f.island().isEmpty() ? "\uffff" : f.island())
            .thenComparing(Comparator.comparingDouble(Feature::areaKm2).reversed())
            .thenComparing(f -> f.poly().getCoordinates()[0]));
    }

    // ---------------------------------------------------------------- locator

    static void locator(Path landTxt, Path out) throws IOException {
        List<Polygon> land = landFaces(readSegments(landTxt), LW, LE, LS, LN, new double[]{160.0, 35.0});
        List<Feature> feats = new ArrayList<>();
        for (Polygon p : land) {
            Geometry s = TopologyPreservingSimplifier.simplify(p, 0.02);
            for (Polygon q : reduce(s, 1e3)) {
                if (q.getArea() < 0.005) continue; // drop specks smaller than ~0.005 square degrees
                feats.add(new Feature(UNTAGGED, q, q.getArea()));
            }
        }
        for (Feature f : feats) if (!f.poly().isValid()) fail("invalid locator polygon");
        sortFeatures(feats);
        Files.writeString(out, toGeoJson(feats, 3), StandardCharsets.UTF_8);
        long v = feats.stream().mapToLong(f -> f.poly().getNumPoints()).sum();
        System.err.printf("locator: %d polygons, %d vertices, %d bytes%n", feats.size(), v, Files.size(out));
    }

    // ---------------------------------------------------------------- GeoJSON output

    static String toGeoJson(List<Feature> feats, int decimals) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < feats.size(); i++) {
            Feature f = feats.get(i);
            sb.append("{\"type\":\"Feature\",\"properties\":{");
            if (!f.island().isEmpty()) sb.append("\"island\":\"").append(f.island()).append('"');
            sb.append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[");
            Polygon p = f.poly();
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                if (r >= 0) sb.append(',');
                sb.append('[');
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int k = 0; k < cs.length; k++) {
                    if (k > 0) sb.append(',');
                    sb.append('[').append(num(cs[k].x, decimals)).append(',').append(num(cs[k].y, decimals)).append(']');
                }
                sb.append(']');
            }
            sb.append("]}}").append(i + 1 < feats.size() ? ",\n" : "\n");
        }
        sb.append("]}\n");
        return sb.toString();
    }

    static String num(double v, int decimals) {
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    // ---------------------------------------------------------------- areas (LAEA, WGS84)

    /** Lambert azimuthal equal-area, ellipsoidal (Snyder 1987, eq. 24-13..), WGS84, centre 146E 44N. */
    static final double A = 6378137.0, F = 1 / 298.257223563, E2 = F * (2 - F), EE = Math.sqrt(E2);
    static final double LAT0 = Math.toRadians(44), LON0 = Math.toRadians(146);
    static final double QP = q(Math.PI / 2), RQ = A * Math.sqrt(QP / 2);
    static final double BETA1 = Math.asin(q(LAT0) / QP);
    static final double DD = A * (Math.cos(LAT0) / Math.sqrt(1 - E2 * Math.sin(LAT0) * Math.sin(LAT0))) / (RQ * Math.cos(BETA1));

    static double q(double phi) {
        double s = Math.sin(phi);
        return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * EE)) * Math.log((1 - EE * s) / (1 + EE * s)));
    }

    static Coordinate laea(double lonDeg, double latDeg) {
        double beta = Math.asin(q(Math.toRadians(latDeg)) / QP);
        double dl = Math.toRadians(lonDeg) - LON0;
        double b = RQ * Math.sqrt(2 / (1 + Math.sin(BETA1) * Math.sin(beta) + Math.cos(BETA1) * Math.cos(beta) * Math.cos(dl)));
        double x = b * DD * Math.cos(beta) * Math.sin(dl);
        double y = (b / DD) * (Math.cos(BETA1) * Math.sin(beta) - Math.sin(BETA1) * Math.cos(beta) * Math.cos(dl));
        return new Coordinate(x, y);
    }

    static double laeaAreaKm2(Polygon p) {
        Geometry g = p.copy();
        g.apply((CoordinateSequenceFilter) new XYFilter((x, y) -> laea(x, y)));
        return g.getArea() / 1e6;
    }

    /** Rough local km for nearest-neighbour distances (equirectangular at 45N). */
    static Geometry toKm(Geometry p) {
        Geometry g = p.copy();
        double kx = 111.32 * Math.cos(Math.toRadians(45)), ky = 110.95;
        g.apply((CoordinateSequenceFilter) new XYFilter((x, y) -> new Coordinate(x * kx, y * ky)));
        return g;
    }

    interface XY { Coordinate map(double x, double y); }

    record XYFilter(XY f) implements CoordinateSequenceFilter {
        public void filter(CoordinateSequence seq, int i) {
            Coordinate c = f.map(seq.getX(i), seq.getY(i));
            seq.setOrdinate(i, 0, c.x);
            seq.setOrdinate(i, 1, c.y);
        }
        public boolean isDone() { return false; }
        public boolean isGeometryChanged() { return true; }
    }

    static void report(List<Feature> feats, Path out) throws IOException {
        Map<String, long[]> per = new TreeMap<>();
        Map<String, Double> area = new TreeMap<>();
        long total = 0;
        for (Feature f : feats) {
            String k = f.island().isEmpty() ? "(untagged)" : f.island();
            long[] c = per.computeIfAbsent(k, x -> new long[2]);
            c[0]++;
            c[1] += f.poly().getNumPoints();
            total += f.poly().getNumPoints();
            area.merge(k, f.areaKm2(), Double::sum);
        }
        System.err.printf("%-22s %8s %9s %12s%n", "island", "features", "vertices", "area km2");
        for (var en : per.entrySet())
            System.err.printf("%-22s %8d %9d %12.3f%n", en.getKey(), en.getValue()[0], en.getValue()[1], area.get(en.getKey()));
        System.err.printf("total: %d features, %d vertices, %d bytes -> %s%n", feats.size(), total, Files.size(out), out);
    }

    // ---------------------------------------------------------------- reading our own GeoJSON back

    /** Minimal JSON parser (objects, arrays, strings without escapes, numbers, literals). */
    static final class Json {
        final String s; int i;
        Json(String s) { this.s = s; }
        Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++; Map<String, Object> m = new LinkedHashMap<>(); ws();
                if (s.charAt(i) == '}') { i++; return m; }
                while (true) { ws(); String k = (String) value(); ws(); i++; m.put(k, value()); ws(); if (s.charAt(i++) == '}') return m; }
            }
            if (c == '[') {
                i++; List<Object> l = new ArrayList<>(); ws();
                if (s.charAt(i) == ']') { i++; return l; }
                while (true) { l.add(value()); ws(); if (s.charAt(i++) == ']') return l; }
            }
            if (c == '"') { int j = s.indexOf('"', i + 1); String r = s.substring(i + 1, j); i = j + 1; return r; }
            int j = i;
            while (j < s.length() && "+-0123456789.eE".indexOf(s.charAt(j)) >= 0) j++;
            if (j == i) { // literal
                for (String lit : new String[]{"true", "false", "null"}) if (s.startsWith(lit, i)) { i += lit.length(); return lit.equals("null") ? null : Boolean.valueOf(lit); }
                throw new IllegalArgumentException("bad json at " + i);
            }
            double v = Double.parseDouble(s.substring(i, j)); i = j; return v;
        }
        void ws() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
    }

    @SuppressWarnings("unchecked")
    static List<Feature> readGeoJson(Path p) throws IOException {
        Map<String, Object> fc = (Map<String, Object>) new Json(Files.readString(p)).value();
        List<Feature> out = new ArrayList<>();
        for (Object o : (List<Object>) fc.get("features")) {
            Map<String, Object> f = (Map<String, Object>) o;
            String id = (String) ((Map<String, Object>) f.get("properties")).getOrDefault("island", "");
            List<Object> rings = (List<Object>) ((Map<String, Object>) f.get("geometry")).get("coordinates");
            LinearRing shell = null; List<LinearRing> holes = new ArrayList<>();
            for (Object r : rings) {
                List<Object> pts = (List<Object>) r;
                Coordinate[] cs = new Coordinate[pts.size()];
                for (int k = 0; k < cs.length; k++) { List<Object> xy = (List<Object>) pts.get(k); cs[k] = new Coordinate((Double) xy.get(0), (Double) xy.get(1)); }
                if (shell == null) shell = GF.createLinearRing(cs); else holes.add(GF.createLinearRing(cs));
            }
            Polygon poly = GF.createPolygon(shell, holes.toArray(new LinearRing[0]));
            out.add(new Feature(id, poly, laeaAreaKm2(poly)));
        }
        return out;
    }

    static final Map<String, Color> COLOURS = new LinkedHashMap<>();
    static {
        COLOURS.put("", new Color(0xB0B0B0));
        COLOURS.put("hokkaido", new Color(0xE8C170));
        COLOURS.put("sakhalin-south", new Color(0x7FB3D5));
        COLOURS.put("sakhalin-north", new Color(0x2E6DA4));
        COLOURS.put("kunashiri-kunashir", new Color(0xD9534F));
        COLOURS.put("etorofu-iturup", new Color(0x9B59B6));
        COLOURS.put("shikotan", new Color(0x27AE60));
        COLOURS.put("habomai", new Color(0xFF00FF));
        COLOURS.put("shibotsu-zelyony", new Color(0xF39C12));
        COLOURS.put("suisho-tanfilyev", new Color(0x1ABC9C));
        COLOURS.put("taraku-polonsky", new Color(0x8E44AD));
        COLOURS.put("yuri", new Color(0xC0392B));
        COLOURS.put("akiyuri-anuchina", new Color(0x2980B9));
        COLOURS.put("harukari-demina", new Color(0x6D4C41));
        COLOURS.put("urup", new Color(0x16A085));
        COLOURS.put("northern-kurils", new Color(0xA04000));
    }

    /** Renders the polygons in the window (plate carrée scaled by cos(mid-latitude)) with island colours. */
    static void preview(Path in, Path png, double w, double e, double s, double n, int width) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Feature> feats = readGeoJson(in);
        double kx = Math.cos(Math.toRadians((s + n) / 2));
        int height = (int) Math.round(width * (n - s) / ((e - w) * kx));
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xEAF2F8)); g.fillRect(0, 0, width, height);
        double sx = width / (e - w), sy = height / (n - s);
        // graticule
        g.setColor(new Color(0xC8D6E0));
        double step = (e - w) > 5 ? 1 : (e - w) > 1 ? 0.1 : 0.01;
        for (double x = Math.ceil(w / step) * step; x <= e; x += step) g.drawLine((int) ((x - w) * sx), 0, (int) ((x - w) * sx), height);
        for (double y = Math.ceil(s / step) * step; y <= n; y += step) g.drawLine(0, (int) ((n - y) * sy), width, (int) ((n - y) * sy));
        Envelope win = new Envelope(w, e, s, n);
        for (Feature f : feats) {
            if (!f.poly().getEnvelopeInternal().intersects(win)) continue;
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            Polygon p = f.poly();
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int k = 0; k < cs.length; k++) {
                    double x = (cs[k].x - w) * sx, y = (n - cs[k].y) * sy;
                    if (k == 0) path.moveTo(x, y); else path.lineTo(x, y);
                }
                path.closePath();
            }
            g.setColor(COLOURS.getOrDefault(f.island(), Color.BLACK));
            g.fill(path);
            g.setColor(new Color(0x303030));
            g.setStroke(new BasicStroke(0.6f));
            g.draw(path);
        }
        // legend
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(11, width / 110)));
        int ly = 18;
        for (var en : COLOURS.entrySet()) {
            g.setColor(en.getValue()); g.fillRect(8, ly - 10, 14, 12);
            g.setColor(Color.BLACK); g.drawString(en.getKey().isEmpty() ? "(untagged)" : en.getKey(), 28, ly);
            ly += g.getFont().getSize() + 4;
        }
        g.drawString(String.format("%.3f..%.3fE %.3f..%.3fN", w, e, s, n), 8, height - 8);
        g.dispose();
        javax.imageio.ImageIO.write(img, "png", png.toFile());
    }

    /** Prints the polygons whose interior point falls in the window (for choosing seeds and boxes). */
    static void list(Path in, double w, double e, double s, double n) throws IOException {
        for (Feature f : readGeoJson(in)) {
            Coordinate c = f.poly().getInteriorPoint().getCoordinate();
            if (c.x < w || c.x > e || c.y < s || c.y > n) continue;
            Envelope env = f.poly().getEnvelopeInternal();
            System.out.printf("%-20s %10.4f km2  pt %.4f %.4f  bbox %.4f..%.4f %.4f..%.4f  verts %d%n",
                f.island().isEmpty() ? "-" : f.island(), f.areaKm2(), c.x, c.y,
                env.getMinX(), env.getMaxX(), env.getMinY(), env.getMaxY(), f.poly().getNumPoints());
        }
    }
}
