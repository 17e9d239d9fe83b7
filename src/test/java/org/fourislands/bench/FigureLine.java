package org.fourislands.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;

/**
 * One line of {@code bench/run}'s output, in the format {@code PERFORMANCE.md} fixes:
 * {@code <name> median=<x> p95=<y> unit=<ms|MB> n=<runs> [ratio=<a/b>]}, where the ratio is a
 * number, a over b, and what a and b are is said where the figure is defined (for
 * {@code map.redraw}, the naive baseline's median over the figure's own). Anything else about a
 * figure goes on a line of its own, in the same format.
 */
final class FigureLine {

    /** The units the format allows. */
    enum Unit {
        MS("ms"),
        MB("MB");

        private final String label;

        Unit(String label) {
            this.label = label;
        }
    }

    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    private FigureLine() {}

    static String of(String name, double[] samples, Unit unit) {
        return name + " median=" + number(median(samples)) + " p95=" + number(percentile(samples, 95)) + " unit=" + unit.label
                + " n=" + samples.length;
    }

    /** The line with {@code ratio}, a over b, rounded to two decimals. */
    static String of(String name, double[] samples, Unit unit, double ratio) {
        return of(name, samples, unit) + String.format(Locale.ROOT, " ratio=%.2f", ratio);
    }

    /** Bytes as the format's megabytes (2^20 bytes, as {@code memory.heap_after_start} counts them). */
    static double megabytes(long bytes) {
        return bytes / BYTES_PER_MB;
    }

    /**
     * Two decimals, and more where a value under 1 would otherwise show fewer than three
     * significant digits: a map frame allocates about 0.0026 MB, which two decimals would print as 0.00.
     */
    static String number(double value) {
        BigDecimal decimal = new BigDecimal(value);
        if (decimal.signum() != 0 && decimal.abs().compareTo(BigDecimal.ONE) < 0) {
            BigDecimal significant = decimal.round(new MathContext(3, RoundingMode.HALF_UP));
            if (significant.scale() > 2) {
                return significant.toPlainString();
            }
        }
        return decimal.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }
}
