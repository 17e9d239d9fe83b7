package org.fourislands.render;

/**
 * A thin line that runs nearly straight up or nearly straight across, such as a graticule line,
 * cut into upright rectangles ("bands") that follow it to within {@value #MAX_DEVIATION_PX} px.
 *
 * <p>Why: Prism's software rasteriser pays for a stroked path by the pixel rows it spans (Marlin
 * walks each row's edges and hands Pisces the row's coverage in a native call), so one
 * full-height meridian costs about a third of a millisecond at 1080 px, while Pisces fills an
 * upright rectangle directly, fractional edges antialiased, for a fraction of that. A band
 * covers whole pixel rows (whole columns for a line running across), so consecutive bands meet
 * without a seam and paint each pixel once; its width across the line is the stroke's width
 * measured along the rows, so each row carries the ink the stroke would.
 */
public final class LineBands {

    /** The furthest a band's centre strays from the line it stands for, px. */
    public static final double MAX_DEVIATION_PX = 0.2;

    /**
     * The steepest a segment may run against the line's main axis (0.4: about 22°). Steeper
     * lines would need bands a pixel tall or less, so they are stroked as usual.
     */
    public static final double MAX_SLOPE = 0.4;

    /** Receives the bands, one upright rectangle each. */
    @FunctionalInterface
    public interface Rects {
        void rect(double x, double y, double width, double height);
    }

    private LineBands() {
    }

    /**
     * Cuts the open polyline of the first {@code n} points into bands of a line {@code lineWidth}
     * px wide, leaving out the bands wholly outside the view ({@code viewWidth} ×
     * {@code viewHeight}, from the origin). The line's main axis is the one it runs further along, end to end.
     * Returns false, having emitted nothing, when the line does not suit: when it turns back
     * along its main axis, or a segment is steeper than {@link #MAX_SLOPE}; the caller strokes it.
     */
    public static boolean cut(double[] xs, double[] ys, int n, double lineWidth, double viewWidth, double viewHeight,
            Rects out) {
        if (n < 2) {
            return true;
        }
        boolean upright = Math.abs(ys[n - 1] - ys[0]) >= Math.abs(xs[n - 1] - xs[0]);
        double[] along = upright ? ys : xs;
        double[] across = upright ? xs : ys;
        int step = along[n - 1] >= along[0] ? 1 : -1;
        int first = step > 0 ? 0 : n - 1;
        if (!suits(along, across, n, first, step)) {
            return false;
        }
        double alongLimit = upright ? viewHeight : viewWidth;
        double acrossLimit = upright ? viewWidth : viewHeight;
        int last = step > 0 ? n - 1 : 0;
        double end = Math.min(Math.ceil(along[last]), Math.ceil(alongLimit));
        double row = Math.max(Math.floor(along[first]), 0);
        int segment = first;
        while (row < end) {
            // The segment under the row's middle: bands never run past a segment's end by a row.
            while (segment != last - step && along[segment + step] <= row + 0.5) {
                segment += step;
            }
            int next = segment + step;
            double slope = (across[next] - across[segment]) / (along[next] - along[segment]);
            double rows = slope == 0 ? Double.MAX_VALUE : Math.max(1, Math.floor(2 * MAX_DEVIATION_PX / Math.abs(slope)));
            double bandEnd = Math.min(Math.min(row + rows, end), Math.max(row + 1, Math.ceil(along[next])));
            double centre = across[segment] + slope * ((row + bandEnd) / 2 - along[segment]);
            double thickness = lineWidth * Math.sqrt(1 + slope * slope);
            double from = centre - thickness / 2;
            if (from + thickness >= 0 && from <= acrossLimit) {
                if (upright) {
                    out.rect(from, row, thickness, bandEnd - row);
                } else {
                    out.rect(row, from, bandEnd - row, thickness);
                }
            }
            row = bandEnd;
        }
        return true;
    }

    /** True when every segment moves on along the main axis and is no steeper than {@link #MAX_SLOPE}. */
    private static boolean suits(double[] along, double[] across, int n, int first, int step) {
        for (int i = first, k = 1; k < n; i += step, k++) {
            double run = along[i + step] - along[i];
            if (run <= 0 || Math.abs(across[i + step] - across[i]) > MAX_SLOPE * run) {
                return false;
            }
        }
        return true;
    }
}
