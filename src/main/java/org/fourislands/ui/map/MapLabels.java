package org.fourislands.ui.map;

import java.util.Arrays;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.DrawingSurface.Baseline;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;

/**
 * The map's names for one frame, placed so that none overlaps another or the furniture, and
 * none is cut by the view's edge: a name cut by the edge reads as a different word ("кайдо" for
 * Хоккайдо). Names are placed most important first; one that does not fit is left out. The
 * boxes taken live in one flat array reused from frame to frame. Not thread-safe: one per
 * renderer.
 */
final class MapLabels {

    /** The halo round every name, px: names stay legible over land, sea and lines alike. */
    private static final double HALO_PX = 3.5;

    /** Boxes taken this frame: left, top, right, bottom, four numbers each. */
    private double[] taken = new double[4 * 32];
    private int boxes;
    private double width;
    private double height;

    /** Starts a frame of {@code width} × {@code height} px with nothing placed. */
    void startFrame(double width, double height) {
        this.width = width;
        this.height = height;
        boxes = 0;
    }

    /** Keeps names out of a box (a panel of furniture, a small island) for the rest of the frame. */
    void reserve(double left, double top, double right, double bottom) {
        if (taken.length < 4 * (boxes + 1)) {
            taken = Arrays.copyOf(taken, taken.length * 2);
        }
        int i = 4 * boxes;
        taken[i] = left;
        taken[i + 1] = top;
        taken[i + 2] = right;
        taken[i + 3] = bottom;
        boxes++;
    }

    /** True if the box overlaps nothing placed or reserved this frame. */
    boolean isFree(double left, double top, double right, double bottom) {
        for (int i = 0; i < 4 * boxes; i += 4) {
            if (left < taken[i + 2] && right > taken[i] && top < taken[i + 3] && bottom > taken[i + 1]) {
                return false;
            }
        }
        return true;
    }

    /** True if the box lies inside the view and overlaps nothing placed or reserved this frame. */
    boolean fits(double left, double top, double right, double bottom) {
        return left >= 0 && top >= 0 && right <= width && bottom <= height && isFree(left, top, right, bottom);
    }

    /** Draws a name centred on its line unless it would overlap one already placed or leave the view; true if drawn. */
    boolean place(DrawingSurface s, Palette palette, String text, double x, double y, Align align, PaletteSlot colour) {
        return place(s, palette, text, x, y, align, Baseline.MIDDLE, colour);
    }

    /** The same, aligned to {@code baseline}. */
    boolean place(DrawingSurface s, Palette palette, String text, double x, double y, Align align, Baseline baseline, PaletteSlot colour) {
        double textWidth = s.textWidth(text);
        double lineHeight = s.lineHeight();
        double left = leftOf(x, textWidth, align);
        double top = topOf(y, lineHeight, baseline);
        double boxLeft = left - 2;
        double boxTop = top - 1;
        double boxRight = left + textWidth + 2;
        double boxBottom = top + lineHeight + 1;
        if (!fits(boxLeft, boxTop, boxRight, boxBottom)) {
            return false;
        }
        reserve(boxLeft, boxTop, boxRight, boxBottom);
        draw(s, palette, text, x, y, align, baseline, colour);
        return true;
    }

    /**
     * Draws a name in two lines, {@code first} above {@code second}, both aligned at {@code x},
     * the pair centred on {@code y}, unless the pair would overlap a name already placed or leave
     * the view; true if drawn.
     */
    boolean placeTwoLines(DrawingSurface s, Palette palette, String first, String second, double x, double y, Align align, PaletteSlot colour) {
        double textWidth = Math.max(s.textWidth(first), s.textWidth(second));
        double lineHeight = s.lineHeight();
        double left = leftOf(x, textWidth, align);
        double boxLeft = left - 2;
        double boxTop = y - lineHeight - 1;
        double boxRight = left + textWidth + 2;
        double boxBottom = y + lineHeight + 1;
        if (!fits(boxLeft, boxTop, boxRight, boxBottom)) {
            return false;
        }
        reserve(boxLeft, boxTop, boxRight, boxBottom);
        draw(s, palette, first, x, y - lineHeight / 2, align, Baseline.MIDDLE, colour);
        draw(s, palette, second, x, y + lineHeight / 2, align, Baseline.MIDDLE, colour);
        return true;
    }

    /** The left edge of a text {@code width} wide drawn at {@code x} with {@code align}. */
    static double leftOf(double x, double width, Align align) {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
    }

    /** The top of a line {@code height} high drawn at {@code y} on {@code baseline}. */
    static double topOf(double y, double height, Baseline baseline) {
        return switch (baseline) {
            case TOP -> y;
            case MIDDLE -> y - height / 2;
            case ALPHABETIC -> y - height * 0.8;
            case BOTTOM -> y - height;
        };
    }

    /** Draws a name with its halo wherever it is, placed or not (the distance tool's reading). */
    static void draw(DrawingSurface s, Palette palette, String text, double x, double y, Align align, Baseline baseline, PaletteSlot colour) {
        s.setFill(palette.get(colour));
        s.fillTextWithHalo(text, x, y, align, baseline, palette.get(PaletteSlot.HALO), HALO_PX);
    }
}
