package org.fourislands.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fourislands.render.Contrast;
import org.fourislands.render.Rgba;
import org.fourislands.ui.map.MapRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every theme's text and meaningful lines against what they are drawn on, by WCAG 2 AA: 4.5 for
 * text, 3 for large text, lines and the focus ring. Reads the colours the stylesheet declares, so
 * a colour changed in CSS is checked without touching Java.
 */
class ThemeContrastTest {

    static Map<String, String> declarations(Theme theme) throws IOException {
        return ThemeColours.declared(theme);
    }

    /** A pair to check: text or a line, what it is drawn on, and the ratio it needs. */
    record Pair(String foreground, String background, String backgroundUnder, double minimum) {
        Pair(String foreground, String background, double minimum) {
            this(foreground, background, null, minimum);
        }
    }

    static final List<Pair> PAIRS = List.of(
            // Controls
            new Pair("-fi-fg", "-fi-bg", Contrast.TEXT),
            new Pair("-fi-fg", "-fi-bg-subtle", Contrast.TEXT),
            new Pair("-fi-fg-muted", "-fi-bg", Contrast.TEXT),
            new Pair("-fi-fg-muted", "-fi-bg-subtle", Contrast.TEXT),
            new Pair("-fi-link", "-fi-bg", Contrast.TEXT),
            new Pair("-fi-link", "-fi-bg-subtle", Contrast.TEXT),
            new Pair("-fi-accent", "-fi-bg", Contrast.TEXT),
            new Pair("-fi-danger-fg", "-fi-danger-bg", Contrast.TEXT),
            new Pair("-fi-selection-fg", "-fi-accent", Contrast.TEXT),
            new Pair("-fi-focus", "-fi-bg", Contrast.LARGE_TEXT_OR_GRAPHICS),
            new Pair("-fi-focus", "-fi-bg-subtle", Contrast.LARGE_TEXT_OR_GRAPHICS),
            new Pair("-fi-focus", "-fi-control-base", Contrast.LARGE_TEXT_OR_GRAPHICS),
            new Pair("-fi-focus", "-fi-canvas-bg", Contrast.LARGE_TEXT_OR_GRAPHICS),
            new Pair("-fi-focus", "-fi-map-sea", Contrast.LARGE_TEXT_OR_GRAPHICS),
            // Canvases: text
            new Pair("-fi-canvas-text", "-fi-canvas-bg", Contrast.TEXT),
            new Pair("-fi-canvas-text", "-fi-map-sea", Contrast.TEXT),
            new Pair("-fi-canvas-text", "-fi-map-land", Contrast.TEXT),
            new Pair("-fi-canvas-text", "-fi-canvas-halo", "-fi-map-land", Contrast.TEXT),
            new Pair("-fi-canvas-text", "-fi-canvas-panel", "-fi-canvas-bg", Contrast.TEXT),
            new Pair("-fi-canvas-text", "-fi-canvas-panel", "-fi-map-sea", Contrast.TEXT),
            new Pair("-fi-canvas-text-muted", "-fi-canvas-bg", Contrast.TEXT),
            new Pair("-fi-canvas-text-muted", "-fi-map-sea", Contrast.TEXT),
            new Pair("-fi-canvas-text-muted", "-fi-canvas-panel", "-fi-canvas-bg", Contrast.TEXT),
            new Pair("-fi-canvas-text-muted", "-fi-canvas-panel", "-fi-map-sea", Contrast.TEXT),
            new Pair("-fi-map-place", "-fi-map-land", Contrast.TEXT),
            // Canvases: lines that carry meaning
            new Pair("-fi-map-coast", "-fi-map-sea", Contrast.LARGE_TEXT_OR_GRAPHICS),
            new Pair("-fi-map-border-treaty", "-fi-map-sea", Contrast.LARGE_TEXT_OR_GRAPHICS),
            new Pair("-fi-map-border-de-facto", "-fi-map-sea", Contrast.LARGE_TEXT_OR_GRAPHICS),
            new Pair("-fi-canvas-accent", "-fi-canvas-bg", Contrast.LARGE_TEXT_OR_GRAPHICS));

    /** Every pair below its minimum, described; empty when the theme passes. */
    static List<String> failures(Map<String, String> colours, List<Pair> pairs) {
        List<String> failures = new ArrayList<>();
        for (Pair pair : pairs) {
            Rgba background = Rgba.hex(colours.get(pair.background()));
            if (pair.backgroundUnder() != null) {
                background = Contrast.over(background, Rgba.hex(colours.get(pair.backgroundUnder())));
            }
            double ratio = Contrast.ratio(Rgba.hex(colours.get(pair.foreground())), background);
            if (ratio < pair.minimum()) {
                failures.add("%s %s on %s%s: %.2f < %.1f".formatted(pair.foreground(), colours.get(pair.foreground()), pair.background(),
                        pair.backgroundUnder() == null ? "" : " over " + pair.backgroundUnder(), ratio, pair.minimum()));
            }
        }
        return failures;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextAndLineIsReadableOnWhatItIsDrawnOn(Theme theme) throws IOException {
        Map<String, String> colours = declarations(theme);
        for (Pair pair : PAIRS) {
            assertThat(colours).as(theme + " declares").containsKeys(pair.foreground(), pair.background());
        }
        assertThat(failures(colours, PAIRS)).as(theme.label()).isEmpty();
    }

    /**
     * Land must stand apart from the sea in every colour it can take: by its fill, or else by the
     * coastline the map draws around fills that are too close to the sea.
     */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyLandColourIsSetApartFromTheSea(Theme theme) throws IOException {
        Map<String, String> colours = ThemeColours.declaredWithBase(theme);
        Rgba sea = Rgba.hex(colours.get("-fi-map-sea"));
        Rgba coast = Rgba.hex(colours.get("-fi-map-coast"));
        List<String> fills = new ArrayList<>(List.of("-fi-map-land"));
        colours.keySet().stream().filter(name -> name.startsWith("-fi-status-")).sorted().forEach(fills::add);
        assertThat(fills).hasSizeGreaterThan(5);
        for (String name : fills) {
            Rgba fill = Rgba.hex(colours.get(name));
            if (MapRenderer.outlinesCoast(fill, sea)) {
                assertThat(Contrast.ratio(coast, sea)).as("%s %s: coastline on sea", theme, name).isGreaterThanOrEqualTo(Contrast.LARGE_TEXT_OR_GRAPHICS);
            } else {
                assertThat(Contrast.ratio(fill, sea)).as("%s %s: fill on sea", theme, name).isGreaterThanOrEqualTo(Contrast.LARGE_TEXT_OR_GRAPHICS);
            }
        }
    }

    /**
     * Hatching is how the map says that another party claims an island, the one sign of a claim
     * that is not colour: its lines stand out at 3:1 from every status colour they cross.
     */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void theHatchingStandsOutOnEveryStatusColour(Theme theme) throws IOException {
        Map<String, String> colours = ThemeColours.declaredWithBase(theme);
        List<Pair> pairs = colours.keySet().stream().filter(name -> name.startsWith("-fi-status-")).sorted()
                .map(fill -> new Pair("-fi-map-hatch", fill, Contrast.LARGE_TEXT_OR_GRAPHICS)).toList();
        assertThat(pairs).hasSizeGreaterThan(5);
        assertThat(failures(colours, pairs)).as(theme.label()).isEmpty();
    }

    @Test
    void theProjectorThemeDrawsThickLinesAndLargeLabels() throws IOException {
        Map<String, String> projector = declarations(Theme.PROJECTOR);
        assertThat(Double.parseDouble(projector.get("-fi-canvas-line-scale"))).isGreaterThanOrEqualTo(1.5);
        assertThat(Double.parseDouble(projector.get("-fi-canvas-type-scale"))).isGreaterThanOrEqualTo(1.2);
        // High contrast: body text at AAA (7:1) on every surface.
        assertThat(failures(projector, List.of(
                new Pair("-fi-fg-muted", "-fi-bg", 7), new Pair("-fi-canvas-text-muted", "-fi-map-sea", 7),
                new Pair("-fi-canvas-text", "-fi-canvas-panel", "-fi-map-sea", 7)))).isEmpty();
    }

    @Test
    void theCheckerRejectsAPoorPairAndKnowsTheReferenceValues() {
        assertThat(Contrast.ratio(Rgba.hex("#000000"), Rgba.hex("#ffffff"))).isCloseTo(21, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Contrast.ratio(Rgba.hex("#767676"), Rgba.hex("#ffffff"))).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        // Thin grey on white, the projector's enemy: 2.3:1.
        Map<String, String> bad = Map.of("-fi-fg", "#aaaaaa", "-fi-bg", "#ffffff", "-fi-panel", "#00000010");
        assertThat(failures(bad, List.of(new Pair("-fi-fg", "-fi-bg", Contrast.TEXT)))).singleElement().asString()
                .contains("-fi-fg #aaaaaa on -fi-bg");
        // A translucent panel is judged as drawn, over what is under it.
        assertThat(failures(bad, List.of(new Pair("-fi-fg", "-fi-panel", "-fi-bg", Contrast.TEXT)))).hasSize(1);
        assertThat(Contrast.passes(Rgba.hex("#595959"), Rgba.hex("#ffffff"), Contrast.TEXT)).isTrue();
    }
}
