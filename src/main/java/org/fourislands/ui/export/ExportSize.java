package org.fourislands.ui.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An export's size in pixels (points for PDF). Between {@link #MIN} and {@link #MAX} on each
 * side: smaller is no use on a slide, larger would not fit in memory as one image.
 */
public record ExportSize(int width, int height) {

    public static final int MIN = 200;
    public static final int MAX = 8192;
    public static final ExportSize HD = new ExportSize(1280, 720);
    public static final ExportSize FULL_HD = new ExportSize(1920, 1080);
    public static final ExportSize UHD = new ExportSize(3840, 2160);
    public static final List<ExportSize> PRESETS = List.of(HD, FULL_HD, UHD);

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,6})\\s*[x×]\\s*(\\d{1,6})\\s*");

    public ExportSize {
        if (width < MIN || height < MIN || width > MAX || height > MAX) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "invalid size %d×%d: each side must be between %d and %d pixels", width, height, MIN, MAX));
        }
    }

    /** Reads "1920x1080" (or with ×). */
    public static ExportSize parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid size '" + text + "': expected WIDTHxHEIGHT, e.g. 1920x1080");
        }
        return new ExportSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * The type scale for this size: 1.25 at 1280×720, growing with the shorter relative side, so
     * that text keeps the same share of a slide at 4K as at 720p.
     */
    public double defaultTypeScale() {
        return 1.25 * Math.min(width / 1280.0, height / 720.0);
    }

    /** The largest preset with fewer pixels than this size, to offer when this one did not fit in memory. */
    public Optional<ExportSize> smallerPreset() {
        return PRESETS.reversed().stream().filter(preset -> preset.pixels() < pixels()).findFirst();
    }

    private long pixels() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + "×" + height;
    }
}
