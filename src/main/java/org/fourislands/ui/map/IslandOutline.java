package org.fourislands.ui.map;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * One island's coast, projected, as its west and east edges in {@value #BANDS} rows of equal
 * height from south to north: where a name lies on the land, and where the coast is beside a
 * name, in the rows the name takes. A long island lying aslant (Paramushir) is much narrower in
 * any row than its box, so the box alone put names on the sea and beside the box's corner, far
 * from the land. Made once per base map; a frame only reads it.
 */
record IslandOutline(double south, double bandHeight, double[] west, double[] east) {

    static final int BANDS = 32;

    /** The outline of the polygon's outer ring (its lakes do not move its coast). */
    static IslandOutline of(Polygon land) {
        Envelope box = land.getEnvelopeInternal();
        double bandHeight = box.getHeight() / BANDS;
        double[] west = new double[BANDS];
        double[] east = new double[BANDS];
        Arrays.fill(west, Double.POSITIVE_INFINITY);
        Arrays.fill(east, Double.NEGATIVE_INFINITY);
        Coordinate[] ring = land.getExteriorRing().getCoordinates();
        for (int i = 1; i < ring.length; i++) {
            Coordinate a = ring[i - 1].y <= ring[i].y ? ring[i - 1] : ring[i];
            Coordinate b = a == ring[i] ? ring[i - 1] : ring[i];
            int first = band(a.y, box.getMinY(), bandHeight);
            int last = band(b.y, box.getMinY(), bandHeight);
            for (int band = first; band <= last; band++) {
                // The part of the edge inside the band: its ends are where it enters and leaves.
                double bottom = Math.max(a.y, box.getMinY() + band * bandHeight);
                double top = Math.min(b.y, box.getMinY() + (band + 1) * bandHeight);
                double xBottom = xAt(a, b, bottom);
                double xTop = xAt(a, b, top);
                west[band] = Math.min(west[band], Math.min(xBottom, xTop));
                east[band] = Math.max(east[band], Math.max(xBottom, xTop));
            }
        }
        return new IslandOutline(box.getMinY(), bandHeight, west, east);
    }

    private static int band(double y, double south, double bandHeight) {
        return Math.clamp((long) Math.floor((y - south) / bandHeight), 0, BANDS - 1);
    }

    private static double xAt(Coordinate a, Coordinate b, double y) {
        return b.y == a.y ? a.x : a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y);
    }

    /** True if the island's land reaches every row from {@code from} to {@code to} (map y, south to north). */
    boolean covers(double from, double to) {
        return from >= south && to <= south + BANDS * bandHeight;
    }

    /** The westernmost coast in the rows from {@code from} to {@code to}: a name beside it on the west ends left of it. */
    double outerWest(double from, double to) {
        return edge(west, from, to, false);
    }

    /** The easternmost coast in those rows. */
    double outerEast(double from, double to) {
        return edge(east, from, to, true);
    }

    /** The west coast nearest the middle in those rows: a name on the land starts right of it. */
    double innerWest(double from, double to) {
        return edge(west, from, to, true);
    }

    /** The east coast nearest the middle in those rows. */
    double innerEast(double from, double to) {
        return edge(east, from, to, false);
    }

    /** The greatest (or least) of one side's edges over the rows from {@code from} to {@code to}. */
    private double edge(double[] side, double from, double to, boolean greatest) {
        double x = greatest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int band = band(from, south, bandHeight); band <= band(to, south, bandHeight); band++) {
            x = greatest ? Math.max(x, side[band]) : Math.min(x, side[band]);
        }
        return x;
    }
}
