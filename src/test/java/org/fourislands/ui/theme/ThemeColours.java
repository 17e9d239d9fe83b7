package org.fourislands.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the semantic values ({@code -fi-*}) a theme's stylesheet declares, for tests. */
public final class ThemeColours {

    private static final Pattern DECLARATION = Pattern.compile("(-fi-[a-z-]+)\\s*:\\s*([^;]+);");

    private ThemeColours() {}

    /** The {@code -fi-*} values of {@code theme}'s stylesheet, by name, comments stripped. */
    public static Map<String, String> declared(Theme theme) throws IOException {
        return declaredIn(theme.id() + ".css");
    }

    /** The shared values of {@code base.css}, overridden by the theme's own. */
    public static Map<String, String> declaredWithBase(Theme theme) throws IOException {
        Map<String, String> values = declaredIn("base.css");
        values.putAll(declared(theme));
        return values;
    }

    private static Map<String, String> declaredIn(String stylesheet) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(stylesheet)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            Map<String, String> values = new HashMap<>();
            Matcher m = DECLARATION.matcher(css);
            while (m.find()) {
                values.put(m.group(1), m.group(2).strip());
            }
            return values;
        }
    }
}
