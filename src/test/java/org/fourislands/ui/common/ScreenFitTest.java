package org.fourislands.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Windows kept on their screen: moved the least, shrunk only where larger than the screen. */
class ScreenFitTest {

    @ParameterizedTest(name = "{0},{1} {2}×{3} → {4},{5} {6}×{7}")
    @CsvSource({
            "100, 100, 720, 500, 100, 100, 720, 500", // inside: unchanged
            "140, -13, 1000, 760, 140, 0, 1000, 720", // the polls window on a 1280×720 projector: shrunk and moved down
            "900, 300, 720, 400, 560, 300, 720, 400", // off the right edge: moved left
            "-50, 500, 300, 400, 0, 320, 300, 400", // off the left and bottom: moved in
            "0, 0, 2000, 900, 0, 0, 1280, 720"}) // larger both ways: the screen
    void aWindowIsMovedAndShrunkOntoA1280x720Screen(double x, double y, double w, double h,
            double expectedX, double expectedY, double expectedW, double expectedH) {
        Rectangle2D screen = new Rectangle2D(0, 0, 1280, 720);
        assertThat(ScreenFit.within(new Rectangle2D(x, y, w, h), screen))
                .isEqualTo(new Rectangle2D(expectedX, expectedY, expectedW, expectedH));
    }
}
