package org.fourislands.ui.export;

import java.util.prefs.Preferences;
import org.fourislands.ui.theme.Theme;

/**
 * The export dialog's last choices, kept between runs in the preferences node given: what,
 * format, size, theme, transparency, which parts, and the folder last written to.
 */
final class ExportChoices {

    private final Preferences preferences;

    ExportChoices(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The remembered choices applied to {@code builder}; anything unreadable keeps the builder's value. */
    ExportOptions.Builder restoreInto(ExportOptions.Builder builder) {
        ExportOptions defaults = builder.build();
        builder.kind(read(ExportKind.class, "kind", defaults.kind()))
                .format(read(ExportFormat.class, "format", defaults.format()))
                .theme(read(Theme.class, "theme", defaults.theme()))
                .transparent(preferences.getBoolean("transparent", false))
                .parts(preferences.getBoolean("title", true), preferences.getBoolean("legend", true), preferences.getBoolean("footer", true))
                .strips(preferences.getBoolean("strips", true));
        try {
            builder.size(ExportSize.parse(preferences.get("size", defaults.size().width() + "x" + defaults.size().height())));
        } catch (IllegalArgumentException unreadable) {
            builder.size(defaults.size());
        }
        return builder;
    }

    void remember(ExportOptions options) {
        preferences.put("kind", options.kind().name());
        preferences.put("format", options.format().name());
        preferences.put("theme", options.theme().name());
        preferences.put("size", options.size().width() + "x" + options.size().height());
        preferences.putBoolean("transparent", options.transparent());
        preferences.putBoolean("title", options.showTitle());
        preferences.putBoolean("legend", options.showLegend());
        preferences.putBoolean("footer", options.showFooter());
        preferences.putBoolean("strips", options.showStrips());
    }

    String lastFolder() {
        return preferences.get("folder", System.getProperty("user.home"));
    }

    void rememberFolder(String folder) {
        preferences.put("folder", folder);
    }

    private <E extends Enum<E>> E read(Class<E> type, String key, E fallback) {
        try {
            return Enum.valueOf(type, preferences.get(key, fallback.name()));
        } catch (IllegalArgumentException unreadable) {
            return fallback;
        }
    }
}
