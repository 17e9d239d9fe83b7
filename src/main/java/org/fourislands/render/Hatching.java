package org.fourislands.render;

import java.util.Arrays;

/**
 * Diagonal hatching, the pattern that means "also claimed by another party" on the map, in the
 * timeline's status strips and in legends, so that the meaning survives without colour.
 *
 * <p>The lines are cut to the shape geometrically (even-odd rule), not with a clip: a canvas clip
 * costs a full-canvas composite in JavaFX's software pipeline, and vector targets keep real
 * lines. Lines of slope −1 are anchored to the surface's grid, so the hatching of neighbouring
 * shapes lines up. One instance per renderer; it reuses its buffers.
 */
public final class Hatching {

    /** Pixels between hatch lines at line scale 1. */
    private static final double SPACING = 7;
    private static final double WIDTH = 1.4;
    private double spacing = SPACING;

    /** Crossing positions (along each hatch line) per line, reused between calls. */
    private double[][] crossings = new double[0][];
    private int[] counts = new int[0];
    private final double[] rectXs = new double[4];
    private final double[] rectYs = new double[4];

    /**
     * Spaces the lines for the palette's line scale, as every stroke is widened by it: a projector
     * or a 4K export gets proportionally bolder hatching, not a faint texture.
     */
    public void usePalette(Palette palette) {
        spacing = SPACING * palette.lineScale();
    }

    /** Hatches the polygon of the first {@code n} points, in one stroke. */
    public void hatchPolygon(DrawingSurface s, double[] xs, double[] ys, int n, Rgba colour) {
        s.beginPath();
        addHatching(s, xs, ys, n);
        s.setStroke(colour, WIDTH);
        s.strokePath();
    }

    /**
     * Adds the polygon's hatch segments to the surface's current path, so that a caller hatching
     * many polygons strokes them all at once ({@link #stroke}).
     */
    public void addHatching(DrawingSurface s, double[] xs, double[] ys, int n) {
        if (n < 3) {
            return;
        }
        // Hatch line k is the set of points with x + y = base + k * spacing.
        double minU = Double.MAX_VALUE;
        double maxU = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double u = xs[i] + ys[i];
            minU = Math.min(minU, u);
            maxU = Math.max(maxU, u);
        }
        double base = Math.ceil(minU / spacing) * spacing;
        int lines = (int) Math.floor((maxU - base) / spacing) + 1;
        if (lines <= 0) {
            return;
        }
        ensureLines(lines);
        Arrays.fill(counts, 0, lines, 0);
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            double u1 = xs[i] + ys[i];
            double u2 = xs[j] + ys[j];
            if (u1 == u2) {
                continue;
            }
            double lo = Math.min(u1, u2);
            double hi = Math.max(u1, u2);
            int first = (int) Math.ceil((lo - base) / spacing);
            for (int k = Math.max(0, first); k < lines; k++) {
                double u = base + k * spacing;
                if (u >= hi) {
                    break;
                }
                // Half-open [lo, hi) so that a vertex on a line is counted once.
                double t = (u - u1) / (u2 - u1);
                double x = xs[i] + t * (xs[j] - xs[i]);
                add(k, x);
            }
        }
        for (int k = 0; k < lines; k++) {
            int count = counts[k];
            if (count < 2) {
                continue;
            }
            double[] xsOnLine = crossings[k];
            Arrays.sort(xsOnLine, 0, count);
            double u = base + k * spacing;
            for (int p = 0; p + 1 < count; p += 2) {
                double x0 = xsOnLine[p];
                double x1 = xsOnLine[p + 1];
                s.addSegment(x0, u - x0, x1, u - x1);
            }
        }
    }

    /** Strokes the hatch segments added since {@link DrawingSurface#beginPath()}. */
    public static void stroke(DrawingSurface s, Rgba colour) {
        s.setStroke(colour, WIDTH);
        s.strokePath();
    }

    /** Adds a rectangle's hatch segments to the current path. */
    public void addHatchingRect(DrawingSurface s, double x, double y, double w, double h) {
        rectXs[0] = x;
        rectXs[1] = x + w;
        rectXs[2] = x + w;
        rectXs[3] = x;
        rectYs[0] = y;
        rectYs[1] = y;
        rectYs[2] = y + h;
        rectYs[3] = y + h;
        addHatching(s, rectXs, rectYs, 4);
    }

    private void add(int line, double x) {
        if (crossings[line] == null) {
            crossings[line] = new double[8];
        }
        if (counts[line] == crossings[line].length) {
            crossings[line] = Arrays.copyOf(crossings[line], counts[line] * 2);
        }
        crossings[line][counts[line]++] = x;
    }

    private void ensureLines(int lines) {
        if (crossings.length < lines) {
            crossings = Arrays.copyOf(crossings, Math.max(lines, crossings.length * 2));
            counts = Arrays.copyOf(counts, crossings.length);
        }
    }
}
