package org.fourislands.app;

import java.util.List;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.ui.theme.Theme;

/**
 * What the app remembers between runs: theme, text size, presentation type size, naming,
 * animation, the window's dividers, and where the last tour was left (tour id and 0-based step;
 * null id for none). Immutable; {@link SettingsStore} reads and writes it.
 */
public record Settings(
        Theme theme,
        double textScale,
        double presentationScale,
        NamingConvention naming,
        Script script,
        boolean animations,
        List<Double> layout,
        String tourId,
        int tourStep) {

    public static final double MIN_SCALE = 0.75;
    public static final double MAX_SCALE = 3.0;

    public static final Settings DEFAULTS = new Settings(Theme.LIGHT, 1.0, 1.6, NamingConvention.BOTH, Script.LATIN, true,
            WindowLayout.DEFAULTS, null, 0);

    public Settings {
        layout = List.copyOf(layout);
    }

    public Settings withTour(String newTourId, int newStep) {
        return new Settings(theme, textScale, presentationScale, naming, script, animations, layout, newTourId, newStep);
    }
}
