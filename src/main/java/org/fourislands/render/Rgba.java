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
}
