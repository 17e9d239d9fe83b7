package org.fourislands.render;

/**
 * Diagonal hatching, the pattern that means "also claimed by another party" on the map, in the
 * timeline's status strips and in legends, so that the meaning survives without colour.
 */
public final class Hatching {

    public static final double SPACING = 7;

    private Hatching() {}

    /**
     * Hatches the polygon of the first {@code n} points. Lines are anchored to the surface's
     * grid, so that hatching of neighbouring shapes lines up.
     */
    public static void hatchPolygon(DrawingSurface s, double[] xs, double[] ys, int n, Rgba colour) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        s.save();
        s.clipPolygon(xs, ys, n);
        lines(s, minX, minY, maxX, maxY, colour);
        s.restore();
    }

    /** Hatches a rectangle. */
    public static void hatchRect(DrawingSurface s, double x, double y, double w, double h, Rgba colour) {
        s.save();
        s.clipRect(x, y, w, h);
        lines(s, x, y, x + w, y + h, colour);
        s.restore();
    }

    private static void lines(DrawingSurface s, double minX, double minY, double maxX, double maxY, Rgba colour) {
        s.setStroke(colour, 1.4);
        double start = Math.floor((minX + minY) / SPACING) * SPACING;
        for (double c = start; c <= maxX + maxY; c += SPACING) {
            s.strokeLine(c - maxY, maxY, c - minY, minY);
        }
    }
}
