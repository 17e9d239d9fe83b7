package org.fourislands.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Meridians and parallels every degree over the map region, projected once into flat arrays.
 * On this projection they are gentle curves, so each line is sampled every 0.05°.
 */
public final class Graticule {

    /**
     * One graticule line: its value in degrees, whether it is a meridian, its label ("146°E",
     * "44°N", made once rather than in every frame that shows it), x0,y0,x1,y1,… and their box,
     * so that a view can pass over the lines it does not show without projecting them.
     */
    public record Line(int degrees, boolean meridian, String label, double[] points, Envelope bounds) {

        Line(int degrees, boolean meridian, String label, double[] points) {
            this(degrees, meridian, label, points, BaseMap.boundsOf(points));
        }
    }

    public static final int WEST = 139;
    public static final int EAST = 158;
    public static final int SOUTH = 41;
    public static final int NORTH = 52;
    private static final double STEP = 0.05;

    private final List<Line> lines;

    public Graticule(EqualAreaProjection projection) {
        List<Line> built = new ArrayList<>();
        double[] xy = new double[2];
        for (int lon = WEST; lon <= EAST; lon++) {
            built.add(new Line(lon, true, lon + "°E", sample(projection, xy, lon, SOUTH, lon, NORTH)));
        }
        for (int lat = SOUTH; lat <= NORTH; lat++) {
            built.add(new Line(lat, false, lat + "°N", sample(projection, xy, WEST, lat, EAST, lat)));
        }
        lines = List.copyOf(built);
    }

    private static double[] sample(EqualAreaProjection projection, double[] xy, double lon0, double lat0, double lon1, double lat1) {
        int steps = (int) Math.round(Math.max(Math.abs(lon1 - lon0), Math.abs(lat1 - lat0)) / STEP);
        double[] points = new double[(steps + 1) * 2];
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            projection.project(lon0 + (lon1 - lon0) * t, lat0 + (lat1 - lat0) * t, xy);
            points[2 * i] = xy[0];
            points[2 * i + 1] = xy[1];
        }
        return points;
    }

    public List<Line> lines() {
        return lines;
    }
}
