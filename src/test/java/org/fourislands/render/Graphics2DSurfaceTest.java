package org.fourislands.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourislands.testing.DefaultLocale;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the Java2D surface writes into an SVG export. */
class Graphics2DSurfaceTest {

    /**
     * A halo's colour is written with ASCII digits whatever the machine's locale: Arabic-Indic
     * digits in "rgb(…)" make the SVG's halo invalid, and slide programs drop it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "de-DE", "ar-EG", "fa-IR"})
    void aHaloColourIsWrittenTheSameInEveryLocale(String locale) {
        String svg = DefaultLocale.under(locale, () -> {
            SVGGraphics2D g = new SVGGraphics2D(200, 100);
            new Graphics2DSurface(g, 200, 100).fillTextWithHalo("Shikotan", 10, 50, DrawingSurface.Align.LEFT,
                    DrawingSurface.Baseline.ALPHABETIC, new Rgba(1, 10 / 255.0, 0, 1), 3);
            return g.getSVGElement();
        });
        assertThat(svg).contains("stroke='rgb(255,10,0)'");
    }
}
