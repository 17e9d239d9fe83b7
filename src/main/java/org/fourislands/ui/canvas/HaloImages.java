package org.fourislands.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Each name's halo drawn once into an image, to be drawn again as one image in later frames.
 * The halo is the name drawn eight times around itself; on Prism's software pipeline those
 * copies cost about 1.5 ms of every map frame (each glyph is blended eight times), while one
 * small image at whole device pixels costs a fraction of that. FX thread only.
 */
final class HaloImages {

    /** Past this many (a few MB), the images are dropped and made again as needed: a frame shows tens of names. */
    static final int MAX_IMAGES = 500;

    /** How many vertical anchors text has, and slots a text has (values() copies its array at every call). */
    private static final int ANCHORS = VPos.values().length;
    private static final int SLOTS = TextAlignment.values().length * ANCHORS;

    /** The halo's eight directions, a unit apart from the text. */
    private static final double[] DX = new double[8];
    private static final double[] DY = new double[8];

    static {
        for (int i = 0; i < DX.length; i++) {
            DX[i] = Math.cos(i * Math.PI / 4);
            DY[i] = Math.sin(i * Math.PI / 4);
        }
    }

    /** A halo ready to draw: the image, where the text's anchor lies in it (px), and what it was made for. */
    record Halo(WritableImage image, double anchorX, double anchorY, double scale, Color colour, double radius) {

        boolean isFor(double scale, Color colour, double radius) {
            return this.scale == scale && this.radius == radius && this.colour.equals(colour);
        }
    }

    /**
     * Per font and text, one slot per alignment and anchor: a name is drawn left of its island
     * in one frame and right of it in the next, and each needs its own image.
     */
    private final Map<Font, Map<String, Halo[]>> byFont = new HashMap<>();
    private final Text measurer = new Text();
    private int count;

    /**
     * The halo of {@code text} in {@code font}: {@code colour}, {@code radius} px around the
     * glyphs, for text aligned and anchored so, at {@code scale} device pixels a unit. Made on
     * first use; looking one up allocates nothing.
     */
    Halo of(String text, Font font, Color colour, double radius, TextAlignment align, VPos baseline, double scale) {
        Halo[] slots = slotsOf(font, text);
        int slot = align.ordinal() * ANCHORS + baseline.ordinal();
        Halo halo = slots[slot];
        if (halo == null && count >= MAX_IMAGES) {
            byFont.clear();
            count = 0;
            slots = slotsOf(font, text);
        }
        if (halo == null || !halo.isFor(scale, colour, radius)) {
            if (halo == null) {
                count++;
            }
            halo = make(text, font, colour, radius, align, baseline, scale);
            slots[slot] = halo;
        }
        return halo;
    }

    private Halo[] slotsOf(Font font, String text) {
        Map<String, Halo[]> texts = byFont.get(font);
        if (texts == null) {
            texts = new HashMap<>();
            byFont.put(font, texts);
        }
        Halo[] slots = texts.get(text);
        if (slots == null) {
            slots = new Halo[SLOTS];
            texts.put(text, slots);
        }
        return slots;
    }

    private Halo make(String text, Font font, Color colour, double radius, TextAlignment align, VPos baseline, double scale) {
        measurer.setFont(font);
        measurer.setText(text);
        measurer.setTextOrigin(baseline);
        Bounds bounds = measurer.getLayoutBounds();
        // Room for the halo and for glyphs that reach a little past their advance.
        double pad = Math.ceil(radius) + 2;
        double alongFromLeft = switch (align) {
            case CENTER -> bounds.getWidth() / 2;
            case RIGHT -> bounds.getWidth();
            default -> 0;
        };
        // The anchor on a whole device pixel: text drawn at whole pixels lands exactly where asked.
        double anchorX = Math.ceil((pad + alongFromLeft) * scale) / scale;
        double anchorY = Math.ceil((pad - bounds.getMinY()) * scale) / scale;
        double width = anchorX - alongFromLeft + bounds.getWidth() + pad;
        double height = anchorY + bounds.getMinY() + bounds.getHeight() + pad;
        Canvas canvas = new Canvas(Math.ceil(width * scale), Math.ceil(height * scale));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        g.setFont(font);
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.setFill(colour);
        for (int i = 0; i < DX.length; i++) {
            g.fillText(text, anchorX + radius * DX[i], anchorY + radius * DY[i]);
        }
        return new Halo(FxSurface.snapshotOf(canvas, null), anchorX, anchorY, scale, colour, radius);
    }
}
