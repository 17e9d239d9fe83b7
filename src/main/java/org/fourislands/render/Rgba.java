package org.fourislands.render;

/** A colour with alpha, components 0–1, independent of JavaFX and Java2D. */
public record Rgba(double red, double green, double blue, double alpha) {

    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);

    /** Parses {@code #rrggbb} or {@code #rrggbbaa}. */
    public static Rgba hex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        int value = (int) Long.parseLong(digits, 16);
        return digits.length() == 8
                ? new Rgba(((value >>> 24) & 0xFF) / 255.0, ((value >>> 16) & 0xFF) / 255.0, ((value >>> 8) & 0xFF) / 255.0, (value & 0xFF) / 255.0)
                : new Rgba(((value >>> 16) & 0xFF) / 255.0, ((value >>> 8) & 0xFF) / 255.0, (value & 0xFF) / 255.0, 1);
    }

    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, newAlpha);
    }

    /** Relative luminance per WCAG 2.x. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG contrast ratio between two opaque colours, 1–21. */
    public double contrastWith(Rgba other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
