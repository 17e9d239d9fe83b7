package org.fourislands.ui.map;

import java.util.Arrays;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.PaletteSlot;

/**
 * Names found while drawing lines (borders, degrees) and placed later, after the names that
 * matter more. Kept from frame to frame in growing arrays, not as a record a name, since the
 * map's frame allocates nothing once its arrays have grown.
 */
final class PendingLabels {

    private String[] texts = new String[8];
    private double[] xs = new double[8];
    private double[] ys = new double[8];
    private Align[] aligns = new Align[8];
    private PaletteSlot[] colours = new PaletteSlot[8];
    private int size;

    void clear() {
        Arrays.fill(texts, 0, size, null);
        size = 0;
    }

    void add(String text, double x, double y, Align align, PaletteSlot colour) {
        if (size == texts.length) {
            int grown = size * 2;
            texts = Arrays.copyOf(texts, grown);
            xs = Arrays.copyOf(xs, grown);
            ys = Arrays.copyOf(ys, grown);
            aligns = Arrays.copyOf(aligns, grown);
            colours = Arrays.copyOf(colours, grown);
        }
        texts[size] = text;
        xs[size] = x;
        ys[size] = y;
        aligns[size] = align;
        colours[size] = colour;
        size++;
    }

    int size() {
        return size;
    }

    String text(int i) {
        return texts[i];
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    Align align(int i) {
        return aligns[i];
    }

    PaletteSlot colour(int i) {
        return colours[i];
    }
}
