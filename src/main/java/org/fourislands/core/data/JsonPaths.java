package org.fourislands.core.data;

/** Builds JSONPath strings in the form error reports use: {@code $.events[41].date}. */
final class JsonPaths {

    static final String ROOT = "$";

    private JsonPaths() {}

    static String property(String parent, String name) {
        if (isPlainName(name)) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Whether {@code name} can follow a dot: {@code [A-Za-z_$][A-Za-z0-9_$]*}. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
