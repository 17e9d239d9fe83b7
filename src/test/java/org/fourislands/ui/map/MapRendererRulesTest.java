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

    @ParameterizedTest(name = "({0}, {1}) to ({2}, {3})–({4}, {5}) → {6} px")
    @CsvSource({
            "5, 3, 0, 0, 10, 0, 3", // beside the middle: straight across
            "-3, 4, 0, 0, 10, 0, 5", // before the start: to the start
            "13, -4, 0, 0, 10, 0, 5", // past the end: to the end
            "2, 2, 0, 0, 4, 4, 0", // on a diagonal
            "0, 4, 0, 0, 4, 4, 2.8284271247", // beside a diagonal
            "3, 4, 0, 0, 0, 0, 5"}) // a segment of no length: to its point
    void theDistanceToABordersSegmentIsTheShortestToAnyPointOfIt(double x, double y, double x0, double y0, double x1, double y1, double expected) {
        assertThat(MapRenderer.distanceToSegment(x, y, x0, y0, x1, y1)).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }
}
