package org.fourislands.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The map's drawing rules that depend on scale. */
class MapRendererRulesTest {

    @ParameterizedTest(name = "{0} m/px on a {1}×{2} map → every {3}°")
    @CsvSource({
            "1145, 1920, 1080, 5", // the whole region: 97 px a degree
            "530, 1920, 1080, 2", // half way to the four islands: 209 px a degree, 419 px for two
            "246, 1920, 1080, 1", // the four islands: 451 px a degree
            "5, 1920, 1080, 1", // one Habomai islet
            // A full-screen map wants a fifth of 1920 px between lines: 384 px.
            "289, 1920, 1080, 1", "290, 1920, 1080, 2",
            "578, 1920, 1080, 2", "579, 1920, 1080, 5",
            // The map beside the timeline on a laptop is under 1200 px wide: 240 px is the floor.
            "462, 950, 470, 1", "463, 950, 470, 2",
            "925, 950, 470, 2", "926, 950, 470, 5",
            // A portrait map counts its longer side.
            "300, 700, 1920, 2"})
    void graticuleLinesAreAFifthOfTheLongerSideApartAndNeverUnder240Pixels(double metresPerPixel, double width, double height,
            int expectedDegrees) {
        assertThat(MapRenderer.graticuleInterval(metresPerPixel, width, height)).isEqualTo(expectedDegrees);
    }
}
