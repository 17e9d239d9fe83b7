package org.fourislands.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

/** A viewport's centre kept inside a region: moved the least distance, its scale untouched. */
class MapViewportTest {

    private static final Envelope REGION = new Envelope(-500, 700, -300, 400);

    @ParameterizedTest(name = "({0}, {1}) → ({2}, {3})")
    @CsvSource({
        "0, 0, 0, 0",
        "-500, 400, -500, 400",
        "-900, 0, -500, 0",
        "900, 0, 700, 0",
        "0, 1000, 0, 400",
        "0, -1000, 0, -300",
        "-2000, -2000, -500, -300",
        "5000, 350, 700, 350"})
    void aCentreOutsideTheRegionIsBroughtToItsNearestPoint(double x, double y, double expectedX, double expectedY) {
        MapViewport viewport = new MapViewport(x, y, 250);

        MapViewport kept = viewport.withCentreWithin(REGION);

        assertThat(kept.centreX()).isEqualTo(expectedX);
        assertThat(kept.centreY()).isEqualTo(expectedY);
        assertThat(kept.metresPerPixel()).isEqualTo(250);
        if (REGION.contains(x, y)) {
            assertThat(kept).isSameAs(viewport);
        }
    }
}
