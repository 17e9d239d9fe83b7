package org.fourislands.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.fourislands.render.Picture;

/**
 * Pictures (a legend, the locator's outline) drawn once into images, to be drawn as one image
 * in later frames. On Prism's software pipeline each shape and letter of the map's legend and
 * locator cost their share of every frame, about 0.5–0.9 ms together, while an image at whole
 * device pixels costs a fraction of that. FX thread only.
 */
final class PictureImages {

    /** Past this many, the oldest image is dropped: a map switches between a few legends as it pans. */
    static final int MAX_IMAGES = 16;

    /** Device pixels an image reaches past its picture's box on each side: room for a stroke along the box's edge. */
    static final int MARGIN_PX = 2;

    /** An image ready to draw, and where: left, top, width and height in the surface's units, on whole device pixels. */
    record Placed(WritableImage image, double left, double top, double width, double height) {}

    /** An image and what it was made for: the picture, the device pixels a unit, the type family and line scale. */
    private record Made(Picture picture, double scale, String family, double lineScale, Placed placed) {

        boolean isFor(Picture picture, double scale, String family, double lineScale) {
            return this.scale == scale && this.lineScale == lineScale && this.family.equals(family) && this.picture.equals(picture);
        }
    }

    private final List<Made> made = new ArrayList<>();

    /**
     * The image of {@code picture} at {@code scale} device pixels a unit, drawn by a surface that
     * {@code surfaces} makes for a canvas and a scale, and that draws in {@code family} with
     * {@code lineScale}. Made on first use; looking one up allocates nothing.
     */
    Placed of(Picture picture, double scale, String family, double lineScale, BiFunction<Canvas, Double, FxSurface> surfaces) {
        for (int i = made.size() - 1; i >= 0; i--) {
            if (made.get(i).isFor(picture, scale, family, lineScale)) {
                return made.get(i).placed();
            }
        }
        if (made.size() >= MAX_IMAGES) {
            made.removeFirst();
        }
        Placed placed = draw(picture, scale, surfaces);
        made.add(new Made(picture, scale, family, lineScale, placed));
        return placed;
    }

    /** How many images are kept. */
    int size() {
        return made.size();
    }

    /**
     * Draws the picture into an image whose corners lie on whole device pixels, with the picture
     * where it will be on screen within the pixel: drawn back at those corners, the image's
     * pixels are the ones the picture would have drawn there itself.
     */
    private static Placed draw(Picture picture, double scale, BiFunction<Canvas, Double, FxSurface> surfaces) {
        Picture.Box box = picture.box();
        double left = Math.floor(box.left() * scale) - MARGIN_PX;
        double top = Math.floor(box.top() * scale) - MARGIN_PX;
        double right = Math.ceil((box.left() + box.width()) * scale) + MARGIN_PX;
        double bottom = Math.ceil((box.top() + box.height()) * scale) + MARGIN_PX;
        Canvas canvas = new Canvas(right - left, bottom - top);
        FxSurface surface = surfaces.apply(canvas, scale);
        surface.scale(scale);
        surface.translate(-left / scale, -top / scale);
        picture.draw(surface);
        WritableImage image = FxSurface.snapshotOf(canvas, null);
        return new Placed(image, left / scale, top / scale, (right - left) / scale, (bottom - top) / scale);
    }
}
