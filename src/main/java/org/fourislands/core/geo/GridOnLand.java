package org.fourislands.core.geo;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The centres of a regular grid's cells over a box that lie on land. The map counts them under
 * a name's box to tell how much of an island the name would hide.
 *
 * <p>Found the way a rasteriser fills a polygon, in one pass over each ring's edges: an edge adds
 * where it crosses the rows of centres it spans, and each row's crossings, sorted, bound the runs
 * of centres inside (even–odd, so a lake's centres are not land). Testing each centre against
 * the polygons (JTS's prepared {@code contains}) gave the same centres but took a cold JVM about
 * 140 ms for the dataset's islands, in the map's first frame.
 */
public final class GridOnLand {

    private GridOnLand() {}

    /**
     * The centres of the {@code across} × {@code across} cells over {@code box} that lie inside
     * {@code land} (rings that do not overlap: exteriors, and lakes as holes), as x0, y0, x1, y1,
     * …, row by row from the box's bottom, each row from its left.
     */
    public static double[] centres(List<RingSet> land, Envelope box, int across) {
        double[][] crossings = new double[across][4];
        int[] counts = new int[across];
        for (RingSet rings : land) {
            addCrossings(rings.exterior(), box, across, crossings, counts);
            for (double[] lake : rings.holes()) {
                addCrossings(lake, box, across, crossings, counts);
            }
        }
        double[] points = new double[2 * across * across];
        int found = 0;
        for (int row = 0; row < across; row++) {
            double y = rowY(box, row, across);
            double[] xs = crossings[row];
            Arrays.sort(xs, 0, counts[row]);
            int left = 0;
            for (int column = 0; column < across; column++) {
                double x = box.getMinX() + (column + 0.5) * box.getWidth() / across;
                while (left < counts[row] && xs[left] < x) {
                    left++;
                }
                if (left % 2 == 1) {
                    points[found++] = x;
                    points[found++] = y;
                }
            }
        }
        return Arrays.copyOf(points, found);
    }

    private static double rowY(Envelope box, int row, int across) {
        return box.getMinY() + (row + 0.5) * box.getHeight() / across;
    }

    /** Adds where each edge of the ring (flat x, y pairs) crosses the rows of centres its ends lie either side of. */
    private static void addCrossings(double[] ring, Envelope box, int across, double[][] crossings, int[] counts) {
        int points = ring.length / 2;
        double rowHeight = box.getHeight() / across;
        for (int i = 0; i < points; i++) {
            int next = (i + 1) % points;
            double x1 = ring[2 * i];
            double y1 = ring[2 * i + 1];
            double x2 = ring[2 * next];
            double y2 = ring[2 * next + 1];
            // The rows whose centre may lie between the ends, one more each way for rounding; the
            // test below decides, half-open, so a centre level with a vertex counts once.
            int first = Math.max(0, (int) Math.floor((Math.min(y1, y2) - box.getMinY()) / rowHeight - 0.5));
            int last = Math.min(across - 1, (int) Math.ceil((Math.max(y1, y2) - box.getMinY()) / rowHeight - 0.5));
            for (int row = first; row <= last; row++) {
                double y = rowY(box, row, across);
                if ((y1 <= y) != (y2 <= y)) {
                    if (counts[row] == crossings[row].length) {
                        crossings[row] = Arrays.copyOf(crossings[row], counts[row] * 2);
                    }
                    crossings[row][counts[row]++] = x1 + (y - y1) * (x2 - x1) / (y2 - y1);
                }
            }
        }
    }
}
