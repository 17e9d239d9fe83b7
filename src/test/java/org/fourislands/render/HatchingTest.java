package org.fourislands.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hatching's geometry: the canvas tile's coverage, and the clipped lines of vector targets. */
class HatchingTest {

    @ParameterizedTest(name = "line scale {0} → {1} px")
    @CsvSource({"1, 7", "1.6, 11", "3, 21", "0.2, 3"})
    void theSpacingIsWholePixelsAndGrowsWithTheLineScale(double lineScale, int expected) {
        assertThat(Hatching.spacingPx(lineScale)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pixel ({0}, {1}) → {2}")
    @CsvSource({
            // Pixel centres on a line x + y = k·7 are covered: (3, 3) has its centre at u = 7.
            "3, 3, 1.0", "0, 6, 1.0", "10, 10, 1.0",
            // Half way between two lines nothing is.
            "1, 1, 0.0", "5, 5, 0.0",
            // A pixel one step off a line is partly covered by the anti-aliasing.
            "3, 4, 0.4929"})
    void eachPixelIsCoveredByItsDistanceToTheNearestLine(int x, int y, double expected) {
        assertThat(Hatching.coverage(x, y, 7, Hatching.WIDTH)).isCloseTo(expected, within(1e-3));
    }

    @Test
    void theTileRepeatsInBothDirectionsSoTheLinesRunOnAcrossShapes() {
        for (int x = -20; x < 20; x++) {
            for (int y = -20; y < 20; y++) {
                double c = Hatching.coverage(x, y, 7, Hatching.WIDTH);
                assertThat(Hatching.coverage(x + 7, y, 7, Hatching.WIDTH)).isEqualTo(c);
                assertThat(Hatching.coverage(x, y + 7, 7, Hatching.WIDTH)).isEqualTo(c);
            }
        }
    }

    @Test
    void aVectorTargetDrawsLinesInsideTheShapeOnly() {
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        Graphics2DSurface surface = new Graphics2DSurface(g, 100, 100);
        surface.beginPath();
        surface.addRect(20, 30, 50, 40);
        surface.fillHatchedPath(Rgba.TRANSPARENT, Rgba.hex("#000000"));
        g.dispose();
        int inside = 0;
        int covered = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                boolean painted = (image.getRGB(x, y) >>> 24) > 0;
                if (x >= 20 && x < 70 && y >= 30 && y < 70) {
                    inside++;
                    covered += painted ? 1 : 0;
                } else {
                    assertThat(painted).as("pixel (%d, %d) outside the shape", x, y).isFalse();
                }
            }
        }
        // Lines 1.4 px wide every 7 px along x + y, that is every 4.95 px across: about 28 %, with anti-aliasing more.
        assertThat((double) covered / inside).isBetween(0.25, 0.6);
    }
}
