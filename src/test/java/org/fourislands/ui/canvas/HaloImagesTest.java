package org.fourislands.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Halo images are made once per name and look, and made again when the look changes. */
@ExtendWith(ApplicationExtension.class)
class HaloImagesTest {

    private static HaloImages.Halo halo(HaloImages images, String text, Color colour, double scale) throws Exception {
        return halo(images, text, colour, scale, TextAlignment.CENTER);
    }

    private static HaloImages.Halo halo(HaloImages images, String text, Color colour, double scale, TextAlignment align) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> images.of(text, Font.font(Fonts.FAMILY, 14), colour, 1.75, align,
                VPos.CENTER, scale)).get();
    }

    @Test
    void aNameDrawnAgainReusesItsImage() throws Exception {
        HaloImages images = new HaloImages();
        HaloImages.Halo first = halo(images, "Shikotan", Color.WHITE, 1);

        assertThat(halo(images, "Shikotan", Color.WHITE, 1)).isSameAs(first);
        assertThat(halo(images, "Habomai", Color.WHITE, 1)).isNotSameAs(first);
    }

    /** A name set left of its island in one frame and right of it in the next keeps both images. */
    @Test
    void eachAlignmentKeepsItsOwnImage() throws Exception {
        HaloImages images = new HaloImages();
        HaloImages.Halo left = halo(images, "Shikotan", Color.WHITE, 1, TextAlignment.LEFT);
        HaloImages.Halo right = halo(images, "Shikotan", Color.WHITE, 1, TextAlignment.RIGHT);

        assertThat(right).isNotSameAs(left);
        assertThat(halo(images, "Shikotan", Color.WHITE, 1, TextAlignment.LEFT)).isSameAs(left);
        assertThat(halo(images, "Shikotan", Color.WHITE, 1, TextAlignment.RIGHT)).isSameAs(right);
        assertThat(right.anchorX()).isGreaterThan(left.anchorX());
    }

    @Test
    void anotherColourOrScaleMakesANewImage() throws Exception {
        HaloImages images = new HaloImages();
        HaloImages.Halo light = halo(images, "Shikotan", Color.WHITE, 1);
        HaloImages.Halo dark = halo(images, "Shikotan", Color.BLACK, 1);
        HaloImages.Halo hiDpi = halo(images, "Shikotan", Color.BLACK, 2);

        assertThat(dark).isNotSameAs(light);
        assertThat(hiDpi.image().getWidth()).isCloseTo(2 * dark.image().getWidth(), org.assertj.core.api.Assertions.within(2.0));
    }

    /** The image holds the whole halo: its edges are clear, and the name's middle is covered. */
    @Test
    void theImageHoldsTheWholeHalo() throws Exception {
        HaloImages.Halo halo = halo(new HaloImages(), "Kunashiri / Kunashir", Color.WHITE, 1);
        var pixels = halo.image().getPixelReader();
        int width = (int) halo.image().getWidth();
        int height = (int) halo.image().getHeight();

        for (int x = 0; x < width; x++) {
            assertThat(pixels.getColor(x, 0).getOpacity()).as("top edge at %d", x).isZero();
            assertThat(pixels.getColor(x, height - 1).getOpacity()).as("bottom edge at %d", x).isZero();
        }
        for (int y = 0; y < height; y++) {
            assertThat(pixels.getColor(0, y).getOpacity()).as("left edge at %d", y).isZero();
            assertThat(pixels.getColor(width - 1, y).getOpacity()).as("right edge at %d", y).isZero();
        }
        double covered = 0;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                covered = Math.max(covered, pixels.getColor((int) halo.anchorX() + dx, (int) halo.anchorY() + dy).getOpacity());
            }
        }
        assertThat(covered).as("the halo around the name's middle").isGreaterThan(0.5);
    }

    /** Past the cap the images are dropped, so a long session with many names cannot hoard memory. */
    @Test
    void pastTheCapTheImagesAreMadeAgain() throws Exception {
        HaloImages images = new HaloImages();
        HaloImages.Halo first = halo(images, "name 0", Color.WHITE, 1);
        for (int i = 1; i < HaloImages.MAX_IMAGES; i++) {
            halo(images, "name " + i, Color.WHITE, 1);
        }
        assertThat(halo(images, "name 0", Color.WHITE, 1)).as("still kept at the cap").isSameAs(first);

        halo(images, "one more", Color.WHITE, 1);

        assertThat(halo(images, "name 0", Color.WHITE, 1)).isNotSameAs(first);
    }
}
