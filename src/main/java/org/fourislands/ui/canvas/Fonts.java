package org.fourislands.ui.canvas;

import java.io.ByteArrayInputStream;
import javafx.scene.text.Font;
import org.fourislands.core.data.ClassPathResources;
import org.fourislands.render.BundledFonts;

/**
 * Loads the bundled Noto Sans CJK JP subset (SIL OFL 1.1), which holds the Latin, Cyrillic and
 * Japanese glyphs the dataset uses, so that names render on a fresh machine with no CJK font.
 */
public final class Fonts {

    /** The family every canvas and the CSS use. */
    public static final String FAMILY = BundledFonts.FAMILY;

    private static boolean loaded;

    private Fonts() {}

    /** Registers the bundled fonts with JavaFX before the first scene; later calls do nothing. FX thread. */
    public static void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String resource : BundledFonts.RESOURCES) {
            Font.loadFont(new ByteArrayInputStream(ClassPathResources.bytes(resource)), 12);
        }
    }
}
