package org.fourislands.ui.canvas;

import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled Noto Sans CJK JP subset (SIL OFL 1.1), which holds the Latin, Cyrillic and
 * Japanese glyphs the dataset uses, so that names render on a fresh machine with no CJK font.
 */
public final class Fonts {

    /** The family every canvas and the CSS use. */
    public static final String FAMILY = org.fourislands.render.Palette.DEFAULT_FONT_FAMILY;

    private static final String[] FILES = {"/fonts/NotoSansCJKjp-Subset-Regular.otf", "/fonts/NotoSansCJKjp-Subset-Bold.otf"};

    private static boolean loaded;

    private Fonts() {}

    /** Registers the bundled fonts with JavaFX before the first scene; later calls do nothing. FX thread. */
    public static void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
