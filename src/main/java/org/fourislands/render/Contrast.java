package org.fourislands.render;

/**
 * WCAG 2 contrast between two colours: relative luminance and the ratio (L1 + 0.05) / (L2 + 0.05),
 * from 1 (same) to 21 (black on white). Translucent colours are first composited over what they
 * are drawn on. The themes are tested against {@link #TEXT} and {@link #LARGE_TEXT_OR_GRAPHICS}.
 */
public final class Contrast {

    /** WCAG AA for normal text. */
    public static final double TEXT = 4.5;
    /** WCAG AA for large text (18 pt, or 14 pt bold) and for lines and shapes that carry meaning. */
    public static final double LARGE_TEXT_OR_GRAPHICS = 3.0;

    private Contrast() {}

    /** The contrast ratio of two colours, each composited over the other's opaque base as drawn. */
    public static double ratio(Rgba foreground, Rgba background) {
        Rgba base = over(background, new Rgba(1, 1, 1, 1));
        double a = luminance(over(foreground, base));
        double b = luminance(base);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** True when {@code foreground} on {@code background} reaches {@code minimum}. */
    public static boolean passes(Rgba foreground, Rgba background, double minimum) {
        return ratio(foreground, background) >= minimum;
    }

    /** {@code top} painted over {@code bottom} (Porter–Duff source-over, straight alpha). */
    public static Rgba over(Rgba top, Rgba bottom) {
        double a = top.alpha();
        double b = bottom.alpha() * (1 - a);
        double alpha = a + b;
        if (alpha == 0) {
            return Rgba.TRANSPARENT;
        }
        return new Rgba(mix(top.red(), a, bottom.red(), b, alpha), mix(top.green(), a, bottom.green(), b, alpha),
                mix(top.blue(), a, bottom.blue(), b, alpha), Math.min(1, alpha));
    }

    /** One channel of {@link #over}, kept within 0–1 against rounding (JavaFX rejects 1.0000001). */
    private static double mix(double top, double topWeight, double bottom, double bottomWeight, double alpha) {
        return Math.clamp((top * topWeight + bottom * bottomWeight) / alpha, 0, 1);
    }

    /** WCAG relative luminance of an opaque colour, 0 (black) to 1 (white). */
    public static double luminance(Rgba colour) {
        return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
