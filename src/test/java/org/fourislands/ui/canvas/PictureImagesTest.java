package org.fourislands.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.Picture;
import org.fourislands.render.Rgba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures are drawn into an image once per look, and again when the look changes. */
@ExtendWith(ApplicationExtension.class)
class PictureImagesTest {

    /** A panel that counts how often it is drawn; equal panels share the counter. */
    private record Panel(double left, double top, double width, double height, Rgba fill, AtomicInteger draws) implements Picture {
        @Override
        public Box box() {
            return new Box(left, top, width, height);
        }

        @Override
        public void draw(DrawingSurface s) {
            draws.incrementAndGet();
            s.setFill(fill);
            s.fillRect(left, top, width, height);
        }
    }

    private static final Rgba GREY = Rgba.hex("#808080");

    private static PictureImages.Placed place(PictureImages images, Picture picture, double scale, String family, double lineScale) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> images.of(picture, scale, family, lineScale, (canvas, s) -> new FxSurface(canvas))).get();
    }

    private static PictureImages.Placed place(PictureImages images, Picture picture) throws Exception {
        return place(images, picture, 1, Fonts.FAMILY, 1);
    }

    @Test
    void anEqualPictureReusesTheImageAndAnotherIsDrawn() throws Exception {
        PictureImages images = new PictureImages();
        AtomicInteger draws = new AtomicInteger();
        PictureImages.Placed first = place(images, new Panel(10, 10, 100, 40, GREY, draws));

        assertThat(place(images, new Panel(10, 10, 100, 40, GREY, draws))).isSameAs(first);
        assertThat(draws).hasValue(1);
        assertThat(place(images, new Panel(10, 10, 100, 41, GREY, draws))).isNotSameAs(first);
        assertThat(draws).hasValue(2);
        assertThat(images.size()).isEqualTo(2);
    }

    /** Another screen scale, type family or line scale draws differently, so each makes its own image. */
    @Test
    void anotherScaleFamilyOrLineScaleMakesANewImage() throws Exception {
        PictureImages images = new PictureImages();
        AtomicInteger draws = new AtomicInteger();
        Panel panel = new Panel(10, 10, 100, 40, GREY, draws);
        PictureImages.Placed plain = place(images, panel);
        PictureImages.Placed hiDpi = place(images, panel, 2, Fonts.FAMILY, 1);
        place(images, panel, 1, "Serif", 1);
        place(images, panel, 1, Fonts.FAMILY, 1.5);

        assertThat(draws).hasValue(4);
        assertThat(hiDpi.image().getWidth()).isCloseTo(2 * plain.image().getWidth(), within(4.0));
        assertThat(hiDpi.width()).isCloseTo(plain.width(), within(2.0));
    }

    /**
     * The image covers the box with a margin for strokes on its edge, and its corners lie on
     * whole device pixels, so that drawing it copies its pixels rather than resampling them.
     */
    @Test
    void theImageCoversTheBoxFromWholeDevicePixels() throws Exception {
        PictureImages images = new PictureImages();
        Panel panel = new Panel(20.37, 30.61, 100.5, 40.25, GREY, new AtomicInteger());
        for (double scale : new double[] {1, 1.5, 2}) {
            PictureImages.Placed placed = place(images, panel, scale, Fonts.FAMILY, 1);

            assertThat(placed.left()).isLessThanOrEqualTo(panel.left() - 1 / scale);
            assertThat(placed.top()).isLessThanOrEqualTo(panel.top() - 1 / scale);
            assertThat(placed.left() + placed.width()).isGreaterThanOrEqualTo(panel.left() + panel.width() + 1 / scale);
            assertThat(placed.top() + placed.height()).isGreaterThanOrEqualTo(panel.top() + panel.height() + 1 / scale);
            for (double edge : new double[] {placed.left(), placed.top(), placed.width(), placed.height()}) {
                assertThat(edge * scale).as("at scale %s", scale).isCloseTo(Math.rint(edge * scale), within(1e-9));
            }
            assertThat(placed.image().getWidth()).isEqualTo(placed.width() * scale, within(1e-9));
        }
    }

    @Test
    void pastTheCapTheOldestImageIsDropped() throws Exception {
        PictureImages images = new PictureImages();
        AtomicInteger draws = new AtomicInteger();
        for (int i = 0; i <= PictureImages.MAX_IMAGES; i++) {
            place(images, new Panel(i, 0, 10, 10, GREY, draws));
        }

        assertThat(images.size()).isEqualTo(PictureImages.MAX_IMAGES);
        place(images, new Panel(PictureImages.MAX_IMAGES, 0, 10, 10, GREY, draws));
        assertThat(draws).as("the newest is kept").hasValue(PictureImages.MAX_IMAGES + 1);
        place(images, new Panel(0, 0, 10, 10, GREY, draws));
        assertThat(draws).as("the oldest was dropped").hasValue(PictureImages.MAX_IMAGES + 2);
    }
}
