package org.fourislands.ui.timeline;

import org.fourislands.render.Contrast;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.Rgba;

/**
 * The timeline's colours that are blends of the palette's, worked out once a palette rather
 * than in every frame: each blend is a new {@link Rgba}, and a frame needed about sixty.
 * Lanes alternate: even lanes are tinted with the sea colour, odd ones are the background.
 */
final class TimelineColours {

    /** How strongly bars tint their lane: coarse dates lightly, ranges more. */
    private static final double COARSE_BAR_ALPHA = 0.16;
    private static final double RANGE_BAR_ALPHA = 0.30;
    /** Opacity of the sea colour that tints every other lane. */
    private static final double LANE_TINT = 0.35;
    /** Opacity of the sea colour behind every other era. */
    private static final double ODD_ERA_ALPHA = 0.55;
    /** The shade over the range selected for filtering, and the overview's window. */
    private static final double SELECTED_RANGE_ALPHA = 0.22;
    private static final double OVERVIEW_WINDOW_ALPHA = 0.18;

    private Palette palette;
    private final Rgba[] lanes = new Rgba[2];
    private final Rgba[] coarseBars = new Rgba[2];
    private final Rgba[] rangeBars = new Rgba[2];
    private final Rgba[] overlapBars = new Rgba[2];
    private final Rgba[] eras = new Rgba[2];
    private Rgba axisCover;
    private Rgba selectedRange;
    private Rgba overviewWindow;

    /** Makes these the colours of {@code newPalette} (worked out again only when it is another palette), and returns them. */
    TimelineColours use(Palette newPalette) {
        if (newPalette == palette) {
            return this;
        }
        palette = newPalette;
        Rgba background = newPalette.get(PaletteSlot.BACKGROUND);
        Rgba sea = newPalette.get(PaletteSlot.SEA);
        Rgba accent = newPalette.get(PaletteSlot.ACCENT);
        lanes[0] = Contrast.over(sea.withAlpha(LANE_TINT), background);
        lanes[1] = background;
        for (int parity = 0; parity < 2; parity++) {
            coarseBars[parity] = Contrast.over(accent.withAlpha(COARSE_BAR_ALPHA), lanes[parity]);
            rangeBars[parity] = Contrast.over(accent.withAlpha(RANGE_BAR_ALPHA), lanes[parity]);
            // Where a range and a coarse date overlap, the range's tint over the coarse one.
            overlapBars[parity] = Contrast.over(accent.withAlpha(RANGE_BAR_ALPHA), coarseBars[parity]);
        }
        eras[0] = sea.withAlpha(1);
        eras[1] = sea.withAlpha(ODD_ERA_ALPHA);
        axisCover = Contrast.over(newPalette.get(PaletteSlot.PANEL), background);
        selectedRange = newPalette.get(PaletteSlot.NEUTRAL).withAlpha(SELECTED_RANGE_ALPHA);
        overviewWindow = accent.withAlpha(OVERVIEW_WINDOW_ALPHA);
        return this;
    }

    /** The background of lane {@code lane} (0 at the top). */
    Rgba lane(int lane) {
        return lanes[lane % 2];
    }

    /** Bars of dates known only to the month or year, blended over lane {@code lane}. */
    Rgba coarseBar(int lane) {
        return coarseBars[lane % 2];
    }

    /** Bars of ranges, blended over lane {@code lane}. */
    Rgba rangeBar(int lane) {
        return rangeBars[lane % 2];
    }

    /** Where a range's bar and a coarse date's overlap in lane {@code lane}. */
    Rgba overlapBar(int lane) {
        return overlapBars[lane % 2];
    }

    /** The band behind era {@code era}, in the order of {@code Eras.ALL}. */
    Rgba era(int era) {
        return eras[era % 2];
    }

    /** The axis panel over the background, opaque: it covers tick labels under the playhead's date. */
    Rgba axisCover() {
        return axisCover;
    }

    /** The shade over the range selected for filtering. */
    Rgba selectedRange() {
        return selectedRange;
    }

    /** The overview's window onto what the timeline shows. */
    Rgba overviewWindow() {
        return overviewWindow;
    }
}
