package org.fourislands.render;

import java.util.List;

/**
 * The bundled Noto Sans CJK JP subset (SIL OFL 1.1): its Latin, Cyrillic and Japanese glyphs draw
 * every name on a fresh machine with no CJK font. The screen registers it with JavaFX, exports
 * with Java2D, and SVG exports carry it inside the file.
 */
public final class BundledFonts {

    /** The family every canvas, the CSS and the exports ask for. */
    public static final String FAMILY = Palette.DEFAULT_FONT_FAMILY;
    public static final String REGULAR = "/fonts/NotoSansCJKjp-Subset-Regular.otf";
    public static final String BOLD = "/fonts/NotoSansCJKjp-Subset-Bold.otf";
    public static final List<String> RESOURCES = List.of(REGULAR, BOLD);

    private BundledFonts() {
    }
}
