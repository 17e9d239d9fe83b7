package org.fourislands.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.Picture;
import org.fourislands.render.Rgba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What the canvas surface draws differently from a plain stroke, checked pixel by pixel against one. */
@ExtendWith(ApplicationExtension.class)
class FxSurfaceTest {

    private static final int SIZE = 200;
    private static final Rgba INK = Rgba.hex("#000000");

    /** A gently curving meridian, leaning up to about 8° as the graticule's do at the region's edge. */
    private static final double[] MERIDIAN_XS = {60, 72, 88, 108, 132};
    private static final double[] MERIDIAN_YS = {-10, 50, 110, 170, 230};

    private static PixelReader draw(Consumer<DrawingSurface> drawing) {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(SIZE, SIZE);
            FxSurface surface = new FxSurface(canvas);
            surface.setFill(Rgba.hex("#ffffff"));
            surface.fillRect(0, 0, SIZE, SIZE);
            drawing.accept(surface);
            image[0] = canvas.snapshot(null, null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return image[0].getPixelReader();
    }

    /** How much ink a pixel holds: 0 white, 1 black. */
    private static double ink(PixelReader pixels, int x, int y) {
        return 1 - pixels.getColor(x, y).getBrightness();
    }

    /**
     * A thin line drawn as bands puts the same ink in each pixel row as the stroke, centred within
     * a third of a pixel of it: on screen the two look alike, though the bands cost a fraction.
     */
    @Test
    void aThinLineDrawnAsBandsMatchesItsStrokeRowByRow() {
        Consumer<DrawingSurface> banded = s -> {
            s.setStroke(INK, 0.8);
            s.strokeThinLine(MERIDIAN_XS, MERIDIAN_YS, MERIDIAN_XS.length, SIZE, SIZE);
        };
        Consumer<DrawingSurface> stroked = s -> {
            s.setStroke(INK, 0.8);
            s.strokePolyline(MERIDIAN_XS, MERIDIAN_YS, MERIDIAN_XS.length);
        };
        PixelReader bands = draw(banded);
        PixelReader stroke = draw(stroked);

        for (int y = 2; y < SIZE - 2; y++) {
            double[] a = rowInk(bands, y);
            double[] b = rowInk(stroke, y);
            assertThat(a[0]).as("ink in row %d", y).isBetween(b[0] * 0.8, b[0] * 1.2);
            assertThat(Math.abs(a[1] - b[1])).as("centre of row %d", y).isLessThanOrEqualTo(0.35);
        }
    }

    /** The ink of a row and its centre, x. */
    private static double[] rowInk(PixelReader pixels, int y) {
        double sum = 0;
        double moment = 0;
        for (int x = 0; x < SIZE; x++) {
            double ink = ink(pixels, x, y);
            sum += ink;
            moment += ink * (x + 0.5);
        }
        return new double[] {sum, moment / sum};
    }

    /** Dashes, and lines too steep for bands, are stroked: the pixels are the stroke's own. */
    @Test
    void aDashedOrSteepLineIsStrokedAsUsual() {
        double[] steepXs = {20, 120};
        double[] steepYs = {20, 180};
        double[] dash = {6, 4};
        assertSamePixels(draw(s -> {
            s.setStroke(INK, 0.8);
            s.strokeThinLine(steepXs, steepYs, 2, SIZE, SIZE);
        }), draw(s -> {
            s.setStroke(INK, 0.8);
            s.strokePolyline(steepXs, steepYs, 2);
        }));
        assertSamePixels(draw(s -> {
            s.setStroke(INK, 0.8, dash);
            s.strokeThinLine(MERIDIAN_XS, MERIDIAN_YS, MERIDIAN_XS.length, SIZE, SIZE);
        }), draw(s -> {
            s.setStroke(INK, 0.8, dash);
            s.strokePolyline(MERIDIAN_XS, MERIDIAN_YS, MERIDIAN_XS.length);
        }));
    }

    private static void assertSamePixels(PixelReader actual, PixelReader expected) {
        int inked = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                assertThat(actual.getArgb(x, y)).as("pixel (%d, %d)", x, y).isEqualTo(expected.getArgb(x, y));
                inked += ink(expected, x, y) > 0.5 ? 1 : 0;
            }
        }
        assertThat(inked).as("the line was drawn").isGreaterThan(50);
    }

    /** A legend-like panel at a fractional place: a bordered box, a hatched swatch and a line of text. */
    private record Panel(double left, double top, double width, double height) implements Picture {
        @Override
        public Box box() {
            return new Box(left, top, width, height);
        }

        @Override
        public void draw(DrawingSurface s) {
            s.setFill(Rgba.hex("#f4f1ea"));
            s.fillRect(left, top, width, height);
            s.setStroke(Rgba.hex("#6b6b6b"), 1);
            s.strokeRect(left, top, width, height);
            s.beginPath();
            s.addRing(new double[] {left + 8, left + 30, left + 8}, new double[] {top + 8, top + 20, top + 32}, 3);
            s.fillHatchedPath(Rgba.hex("#d0602a"), Rgba.hex("#ffffff"));
            s.setTextStyle(new org.fourislands.render.TextStyle(12, false));
            s.setFill(INK);
            s.fillText("Administered by Japan", left + 38, top + 20, DrawingSurface.Align.LEFT, DrawingSurface.Baseline.MIDDLE);
        }
    }

    /**
     * A picture is drawn from the image the surface keeps of it, made in the first frame and
     * drawn again in the next: over a coloured ground, its pixels are those of the picture drawn
     * directly, to within rounding.
     */
    @Test
    void aPictureDrawnFromItsImageMatchesThePictureDrawnDirectly() {
        Panel panel = new Panel(20.37, 60.61, 172.5, 40.25);
        Consumer<DrawingSurface> ground = s -> {
            s.setFill(Rgba.hex("#9cc3e6"));
            s.fillRect(0, 50, SIZE, 70);
        };
        Consumer<DrawingSurface> secondFrame = s -> {
            s.setFill(Rgba.hex("#ffffff"));
            s.fillRect(0, 0, SIZE, SIZE);
        };
        PixelReader fromImage = draw(ground.andThen(s -> s.drawPicture(panel)).andThen(secondFrame).andThen(ground)
                .andThen(s -> s.drawPicture(new Panel(20.37, 60.61, 172.5, 40.25))));
        PixelReader direct = draw(ground.andThen(panel::draw));

        int differing = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                javafx.scene.paint.Color a = fromImage.getColor(x, y);
                javafx.scene.paint.Color b = direct.getColor(x, y);
                double difference = Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
                assertThat(difference).as("pixel (%d, %d)", x, y).isLessThanOrEqualTo(3 / 255.0);
                differing += difference > 0 ? 1 : 0;
            }
        }
        assertThat(fromImage.getArgb(170, 95)).as("the panel's fill, over the ground").isEqualTo(0xfff4f1ea);
        assertThat(differing).as("pixels off by a rounding step").isLessThan(SIZE * SIZE / 100);
    }

    /** On a scaled canvas (the export preview) an image would be resampled: the picture draws itself. */
    @Test
    void onAScaledCanvasAPictureDrawsItself() {
        Panel panel = new Panel(20.37, 60.61, 100.5, 40.25);
        assertSamePixels(draw(s -> {
            ((FxSurface) s).scale(1.5);
            s.drawPicture(panel);
        }), draw(s -> {
            ((FxSurface) s).scale(1.5);
            panel.draw(s);
        }));
    }

    /**
     * A name's halo comes from an image made once, not from eight copies of the text each frame:
     * the pixels are those of the eight copies, to within rounding, over a coloured ground.
     */
    @Test
    void aHaloDrawnFromItsImageMatchesTheEightCopiesItStandsFor() {
        Rgba halo = Rgba.hex("#ffffff");
        Consumer<DrawingSurface> ground = s -> {
            s.setFill(Rgba.hex("#d0602a"));
            s.fillRect(0, 60, SIZE, 60);
            s.setTextStyle(new org.fourislands.render.TextStyle(15, true));
        };
        PixelReader fromImage = draw(ground.andThen(s -> {
            s.setFill(INK);
            s.fillTextWithHalo("国後島 / Кунашир", 100, 90, DrawingSurface.Align.CENTER, DrawingSurface.Baseline.MIDDLE, halo, 3.5);
        }));
        PixelReader copies = draw(ground.andThen(s -> {
            s.setFill(halo);
            for (int i = 0; i < 8; i++) {
                double angle = i * Math.PI / 4;
                s.fillText("国後島 / Кунашир", 100 + 1.75 * Math.cos(angle), 90 + 1.75 * Math.sin(angle),
                        DrawingSurface.Align.CENTER, DrawingSurface.Baseline.MIDDLE);
            }
            s.setFill(INK);
            s.fillText("国後島 / Кунашир", 100, 90, DrawingSurface.Align.CENTER, DrawingSurface.Baseline.MIDDLE);
        }));

        int haloPixels = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                javafx.scene.paint.Color a = fromImage.getColor(x, y);
                javafx.scene.paint.Color b = copies.getColor(x, y);
                assertThat(Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue()))))
                        .as("pixel (%d, %d)", x, y).isLessThanOrEqualTo(3 / 255.0);
                haloPixels += y >= 60 && y < 120 && b.getBrightness() > 0.95 ? 1 : 0;
            }
        }
        assertThat(haloPixels).as("white halo over the coloured ground").isGreaterThan(300);
    }
}
