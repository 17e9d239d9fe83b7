package org.fourislands.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourislands.render.Contrast;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.Rgba;
import org.junit.jupiter.api.Test;

/** The timeline's blended colours: what each is blended from, and that a palette blends them once. */
class TimelineColoursTest {

    private final Palette palette = Palette.defaults()
            .withColour(PaletteSlot.BACKGROUND, Rgba.hex("#ffffff"))
            .withColour(PaletteSlot.SEA, Rgba.hex("#3070c0"))
            .withColour(PaletteSlot.ACCENT, Rgba.hex("#c03020"));

    @Test
    void lanesAlternateBetweenASeaTintAndTheBackground() {
        TimelineColours colours = new TimelineColours().use(palette);
        Rgba tinted = Contrast.over(Rgba.hex("#3070c0").withAlpha(0.35), Rgba.hex("#ffffff"));

        assertThat(colours.lane(0)).isEqualTo(tinted);
        assertThat(colours.lane(1)).isEqualTo(Rgba.hex("#ffffff"));
        assertThat(colours.lane(2)).isSameAs(colours.lane(0));
        assertThat(colours.lane(5)).isSameAs(colours.lane(1));
    }

    @Test
    void barsAreBlendedOverTheLaneTheyAreIn() {
        TimelineColours colours = new TimelineColours().use(palette);
        Rgba accent = Rgba.hex("#c03020");

        for (int lane = 0; lane < 2; lane++) {
            Rgba coarse = Contrast.over(accent.withAlpha(0.16), colours.lane(lane));
            assertThat(colours.coarseBar(lane)).isEqualTo(coarse);
            assertThat(colours.rangeBar(lane)).isEqualTo(Contrast.over(accent.withAlpha(0.30), colours.lane(lane)));
            // A range over a coarse date: the range's tint over the coarse one's.
            assertThat(colours.overlapBar(lane)).isEqualTo(Contrast.over(accent.withAlpha(0.30), coarse));
            assertThat(colours.coarseBar(lane).alpha()).isEqualTo(1.0);
        }
        assertThat(colours.rangeBar(0)).isNotEqualTo(colours.rangeBar(1));
    }

    @Test
    void aPaletteIsBlendedOnceAndAnotherPaletteAgain() {
        TimelineColours colours = new TimelineColours();
        Rgba first = colours.use(palette).lane(0);
        Rgba again = colours.use(palette).lane(0);
        Rgba otherSea = colours.use(palette.withColour(PaletteSlot.SEA, Rgba.hex("#20a040"))).lane(0);

        assertThat(again).isSameAs(first);
        assertThat(otherSea).isNotEqualTo(first)
                .isEqualTo(Contrast.over(Rgba.hex("#20a040").withAlpha(0.35), Rgba.hex("#ffffff")));
    }

    @Test
    void erasAlternateBetweenTheSeaAndAPaleSea() {
        TimelineColours colours = new TimelineColours().use(palette);

        assertThat(colours.era(0)).isEqualTo(Rgba.hex("#3070c0"));
        assertThat(colours.era(1)).isEqualTo(Rgba.hex("#3070c0").withAlpha(0.55));
        assertThat(colours.era(2)).isSameAs(colours.era(0));
    }
}
