package org.fourislands.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Diagonal hatching, the pattern that means "also claimed by another party" on the map, in the
 * timeline's status strips and in legends, so that the meaning survives without colour: lines
 * of slope −1, where x + y is a multiple of the spacing. Anchoring the lines to the surface's
 * grid makes the hatching of neighbouring shapes line up.
 *
 * <p>Each surface draws it in the way that is cheapest and truest for its medium, through
 * {@link DrawingSurface#fillHatchedPath}: a canvas fills the shape with a tile of the fill and
 * the pattern together (one pass over the shape's pixels, where 400 anti-aliased lines crossing
 * a close-up islet cost the software rasteriser 7 ms a frame), and vector targets fill the shape
 * and clip real lines to it.
 */
public final class Hatching {

    /** Pixels between hatch lines at line scale 1. */
    public static final double SPACING = 7;
    /** Width of a hatch line at line scale 1. */
    public static final double WIDTH = 1.4;

    private Hatching() {}

    /** The spacing at a line scale, whole pixels so that the canvas tile repeats exactly. */
    public static int spacingPx(double lineScale) {
        return Math.max(3, (int) Math.round(SPACING * lineScale));
    }

    /**
     * The side of a canvas tile: whole periods of the spacing, at least 64 px. A one-period tile
     * costs the software rasteriser half as much again per pixel (decision 0011).
     */
    public static int tilePx(double lineScale) {
        int spacing = spacingPx(lineScale);
        return spacing * (int) Math.ceil(64.0 / spacing);
    }

    /**
     * How much of the pixel whose top-left corner is (x, y) a hatch line covers, 0 to 1: the
     * canvas tile. Exact for the pixel's centre distance, with a one-pixel box filter.
     */
    public static double coverage(int x, int y, int spacing, double lineWidth) {
        double u = Math.floorMod((long) (x + y + 1), (long) spacing);
        // x + y + 1 is u at the pixel centre (x + 0.5) + (y + 0.5); the distance to the nearest line
        // x + y = k·spacing, measured across it, is the offset in u over √2.
        double distance = Math.min(u, spacing - u) / Math.sqrt(2);
        return Math.clamp(lineWidth / 2 + 0.5 - distance, 0, 1);
    }

    /**
     * Strokes the hatch lines inside {@code shape} on a Java2D target, clipped to it: vector
     * exports keep real lines.
     */
    static void strokeClipped(Graphics2D g, Shape shape, double lineScale) {
        Rectangle2D bounds = shape.getBounds2D();
        if (bounds.isEmpty()) {
            return;
        }
        double spacing = spacingPx(lineScale);
        Path2D.Double lines = new Path2D.Double();
        double minU = bounds.getMinX() + bounds.getMinY();
        double maxU = bounds.getMaxX() + bounds.getMaxY();
        for (double u = Math.ceil(minU / spacing) * spacing; u <= maxU; u += spacing) {
            double x0 = Math.max(bounds.getMinX(), u - bounds.getMaxY());
            double x1 = Math.min(bounds.getMaxX(), u - bounds.getMinY());
            lines.moveTo(x0, u - x0);
            lines.lineTo(x1, u - x1);
        }
        Shape clip = g.getClip();
        g.clip(shape);
        g.setStroke(new BasicStroke((float) (WIDTH * lineScale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(lines);
        g.setClip(clip);
    }
}
