package org.fourislands.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The map's drawing rules that depend on scale. */
class MapRendererRulesTest {

    @ParameterizedTest(name = "{0} m/px → every {1}°")
    @CsvSource({
            "1145, 5", // the whole region: 97 px a degree
            "530, 2", // half way to the four islands: 209 px a degree
            "246, 1", // the four islands: 451 px a degree
            "5, 1", // one Habomai islet
            "462, 1", "463, 2", // 240 px a degree is the threshold for every degree
            "925, 2", "926, 5"})
    void graticuleLinesAreAtLeast240PixelsApart(double metresPerPixel, int expectedDegrees) {
        assertThat(MapRenderer.graticuleInterval(metresPerPixel)).isEqualTo(expectedDegrees);
    }
}
