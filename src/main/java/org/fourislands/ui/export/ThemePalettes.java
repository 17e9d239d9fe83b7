package org.fourislands.ui.export;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import org.fourislands.render.Palette;
import org.fourislands.ui.canvas.CanvasControl;
import org.fourislands.ui.theme.Theme;

/**
 * A theme's canvas palette read from its stylesheet, exactly as the views read it, so that an
 * export in the projector theme has the projector's colours and line weight even when no
 * window shows that theme (the command line has no window at all). FX thread only.
 */
public final class ThemePalettes {

    private static final Map<Theme, Palette> RESOLVED = new EnumMap<>(Theme.class);

    private ThemePalettes() {}

    /** The palette of {@code theme} at type scale 1. */
    public static Palette of(Theme theme) {
        return RESOLVED.computeIfAbsent(theme, ThemePalettes::resolve);
    }

    private static Palette resolve(Theme theme) {
        CanvasControl probe = new CanvasControl() {
            @Override
            public String accessibleDescription() {
                return null;
            }

            @Override
            protected Skin<?> createDefaultSkin() {
                return new SkinBase<>(this) {};
            }
        };
        // Both canvas views share one palette rule; this class picks it up.
        probe.getStyleClass().add("map-view");
        Scene scene = new Scene(new Group(probe));
        theme.applyTo(scene);
        probe.applyCss();
        return probe.palette().snapshot(1.0);
    }
}
