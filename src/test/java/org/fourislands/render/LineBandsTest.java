package org.fourislands.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thin lines cut into bands: the bands tile the line's rows (columns, for a line across) with
 * whole-pixel edges, stay within {@link LineBands#MAX_DEVIATION_PX} of the line, carry the
 * stroke's width, and stop at the view; lines that do not suit are left to be stroked.
 */
class LineBandsTest {

    private static final double VIEW_WIDTH = 400;
    private static final double VIEW_HEIGHT = 300;
    private static final double LINE_WIDTH = 0.8;

    /** A band as the along and across extents of its rectangle, whichever way the line runs. */
    private record Band(double from, double to, double acrossFrom, double thickness) {
        double centre() {
            return acrossFrom + thickness / 2;
        }
    }

    private record Cut(boolean suited, List<Band> bands) {}

    /** Points written "x y; x y; …". */
    private static double[][] points(String text) {
        String[] pairs = text.split(";");
        double[][] xy = new double[2][pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            String[] parts = pairs[i].trim().split(" +");
            xy[0][i] = Double.parseDouble(parts[0]);
            xy[1][i] = Double.parseDouble(parts[1]);
        }
        return xy;
    }

    private static Cut cut(double[][] xy, boolean upright) {
        List<Band> bands = new ArrayList<>();
        boolean suited = LineBands.cut(xy[0], xy[1], xy[0].length, LINE_WIDTH, VIEW_WIDTH, VIEW_HEIGHT,
                (x, y, w, h) -> bands.add(upright ? new Band(y, y + h, x, w) : new Band(x, x + w, y, h)));
        return new Cut(suited, bands);
    }

    /** Where the polyline is across its main axis at {@code u} along it, its ends held beyond them. */
    private static double acrossAt(double[] along, double[] across, double u) {
        int n = along.length;
        boolean rising = along[n - 1] > along[0];
        for (int i = 0; i < n - 1; i++) {
            double a = along[i];
            double b = along[i + 1];
            if ((rising && u <= b) || (!rising && u >= b) || i == n - 2) {
                double t = Math.clamp((u - a) / (b - a), i == 0 ? Double.NEGATIVE_INFINITY : 0, i == n - 2 ? Double.POSITIVE_INFINITY : 1);
                return across[i] + t * (across[i + 1] - across[i]);
            }
        }
        throw new IllegalStateException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a vertical line                        | 100 -20; 100 320               | true
            a meridian leaning 8°                  | 50 0; 92 300                   | true
            one leaning the other way, drawn up    | 300 310; 250 -10               | true
            a gently curving meridian              | 100 -5; 110 100; 125 200; 145 305 | true
            the steepest that suits, 0.4           | 10 0; 50 100                   | true
            a parallel across the view             | -10 100; 200 120; 410 130      | false
            a parallel drawn right to left         | 410 50; -10 80                 | false
            """)
    void theBandsTileTheLineWithinAFifthOfAPixelAndCarryItsWidth(String name, String text, boolean upright) {
        double[][] xy = points(text);
        double[] along = upright ? xy[1] : xy[0];
        double[] across = upright ? xy[0] : xy[1];
        Cut cut = cut(xy, upright);

        assertThat(cut.suited()).isTrue();
        List<Band> bands = cut.bands();
        assertThat(bands).isNotEmpty();
        double limit = upright ? VIEW_HEIGHT : VIEW_WIDTH;
        double low = Math.min(along[0], along[along.length - 1]);
        double high = Math.max(along[0], along[along.length - 1]);
        assertThat(bands.getFirst().from()).isEqualTo(Math.max(Math.floor(low), 0));
        assertThat(bands.getLast().to()).isEqualTo(Math.min(Math.ceil(high), limit));
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            assertThat(band.from()).as("whole rows").isEqualTo(Math.rint(band.from()));
            assertThat(band.to()).as("whole rows").isEqualTo(Math.rint(band.to())).isGreaterThan(band.from());
            if (i > 0) {
                assertThat(band.from()).as("band %d meets the one before", i).isEqualTo(bands.get(i - 1).to());
            }
            // A band may reach a row past a vertex, where the curving line turns by a few
            // hundredths of a pixel a row; on straight lines the bound is exact.
            for (double u : new double[] {band.from(), band.to()}) {
                assertThat(Math.abs(band.centre() - acrossAt(along, across, u)))
                        .as("band %d at %s", i, u).isLessThanOrEqualTo(LineBands.MAX_DEVIATION_PX + (along.length > 2 ? 0.05 : 1e-9));
            }
        }
        if (along.length == 2) {
            double slope = (across[1] - across[0]) / (along[1] - along[0]);
            assertThat(bands).allSatisfy(band -> assertThat(band.thickness())
                    .isCloseTo(LINE_WIDTH * Math.hypot(1, slope), within(1e-9)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a meridian leaning 8°          | 50 0; 92 300
            a gently curving meridian      | 100 -5; 110 100; 125 200; 145 305
            a parallel                     | -10 100; 200 120; 410 130
            """)
    void aLineGivesTheSameBandsDrawnEitherWay(String name, String text) {
        double[][] forward = points(text);
        double[][] backward = {reversed(forward[0]), reversed(forward[1])};
        boolean upright = Math.abs(forward[1][forward[1].length - 1] - forward[1][0]) > Math.abs(forward[0][forward[0].length - 1] - forward[0][0]);

        assertThat(cut(backward, upright).bands()).isEqualTo(cut(forward, upright).bands());
    }

    private static double[] reversed(double[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[values.length - 1 - i];
        }
        return copy;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            steeper than 0.4 against its main axis    | 0 0; 50 100
            a diagonal                                | 0 0; 300 300
            turning back along its main axis          | 0 0; 10 100; 5 50; 20 200
            a repeated point                          | 0 0; 0 0; 10 100
            """)
    void aLineThatDoesNotSuitIsLeftToBeStroked(String name, String text) {
        Cut cut = cut(points(text), true);

        assertThat(cut.suited()).isFalse();
        assertThat(cut.bands()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            running far above and below the view | 100 -500; 140 1500 | 0   | 300
            wholly left of the view              | -50 0; -40 300     | NaN | NaN
            wholly below the view                | 100 400; 110 600   | NaN | NaN
            """)
    void bandsStopAtTheView(String name, String text, double firstRow, double endRow) {
        List<Band> bands = cut(points(text), true).bands();

        if (Double.isNaN(firstRow)) {
            assertThat(bands).isEmpty();
        } else {
            assertThat(bands.getFirst().from()).isEqualTo(firstRow);
            assertThat(bands.getLast().to()).isEqualTo(endRow);
        }
    }

    /** Few bands are what makes them cheap: each is as tall as the line's lean allows, 0.4 px of drift. */
    @ParameterizedTest(name = "leaning {0} px a row → bands {1} rows tall")
    @CsvSource({"0, 256", "0.015625, 25", "0.0625, 6", "0.125, 3", "0.25, 1"})
    void eachBandIsAsTallAsTheLinesLeanAllows(double slope, int rows) {
        List<Band> bands = cut(new double[][] {{100, 100 + slope * 256}, {0, 256}}, true).bands();

        assertThat(bands).hasSize((int) Math.ceil(256.0 / rows));
        assertThat(bands.subList(0, bands.size() - 1)).allSatisfy(band -> assertThat(band.to() - band.from()).isEqualTo(rows));
    }
}
