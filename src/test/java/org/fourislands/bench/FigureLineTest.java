package org.fourislands.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.fourislands.bench.FigureLine.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code bench/run}'s lines keep to the format in {@code PERFORMANCE.md}. */
class FigureLineTest {

    /** {@code <name> median=<x> p95=<y> unit=<ms|MB> n=<runs> [ratio=<a/b>]}, every value a number. */
    private static final Pattern FORMAT = Pattern.compile(
            "[a-z0-9_.]+ median=\\d+\\.\\d+ p95=\\d+\\.\\d+ unit=(ms|MB) n=\\d+( ratio=\\d+\\.\\d+)?");

    @Test
    void aFigureReadsNameMedianP95UnitAndRuns() {
        double[] samples = {5.0, 4.9, 6.5, 4.8, 4.9};
        String line = FigureLine.of("map.redraw", samples, Unit.MS);
        assertThat(line).isEqualTo("map.redraw median=4.90 p95=6.50 unit=ms n=5").matches(FORMAT);
    }

    @Test
    void aRatioIsANumberAfterTheRuns() {
        String line = FigureLine.of("map.redraw", new double[] {4.9}, Unit.MS, 9.3 / 4.9);
        assertThat(line).isEqualTo("map.redraw median=4.90 p95=4.90 unit=ms n=1 ratio=1.90").matches(FORMAT);
    }

    @Test
    void allocationIsInMegabytesWithItsDigitsKept() {
        double[] frames = {FigureLine.megabytes(2_468), FigureLine.megabytes(3_277)};
        String line = FigureLine.of("map.redraw_alloc", frames, Unit.MB);
        assertThat(line).isEqualTo("map.redraw_alloc median=0.00235 p95=0.00313 unit=MB n=2").matches(FORMAT);
    }

    @ParameterizedTest
    @CsvSource({"0, 0.00", "1377.123, 1377.12", "4.9, 4.90", "0.44, 0.440", "0.0999, 0.0999", "0.99999, 1.00", "0.000123456, 0.000123"})
    void numbersHaveTwoDecimalsAndThreeSignificantDigitsUnderOne(double value, String printed) {
        assertThat(FigureLine.number(value)).isEqualTo(printed);
    }

    @Test
    void theP95IsTheSampleAtOrAboveNinetyFivePercent() {
        double[] samples = new double[20];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i + 1;
        }
        assertThat(FigureLine.percentile(samples, 95)).isEqualTo(19);
        assertThat(FigureLine.median(samples)).isEqualTo(10);
    }
}
