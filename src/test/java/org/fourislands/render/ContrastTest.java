package org.fourislands.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Source-over compositing, which the hatching tiles and the timeline's lane tints are worked out with. */
class ContrastTest {

    @ParameterizedTest(name = "{0} over {1} is {2}")
    @CsvSource({
            "#00000080, #ffffffff, #808080ff", // half black over white: mid grey, opaque
            "#ff0000ff, #0000ffff, #ff0000ff", // an opaque top hides the bottom
            "#00000000, #336699ff, #336699ff", // a transparent top leaves it
            "#00000080, #00000000, #00000080", // over nothing: the top as it is
            "#ffffff80, #00000080, #aaaaaabf"}) // both half transparent: 3/4 opaque, two thirds white
    void overCompositesStraightAlpha(String top, String bottom, String expected) {
        Rgba result = Contrast.over(Rgba.hex(top), Rgba.hex(bottom));
        Rgba wanted = Rgba.hex(expected);
        assertThat(result.red()).isCloseTo(wanted.red(), within(0.01));
        assertThat(result.green()).isCloseTo(wanted.green(), within(0.01));
        assertThat(result.blue()).isCloseTo(wanted.blue(), within(0.01));
        assertThat(result.alpha()).isCloseTo(wanted.alpha(), within(0.01));
    }
}
