package org.fourislands.ui.map;

import java.util.HashMap;
import java.util.Map;

/**
 * Both conventions' names ("Habomai / Khabomai") in two lines, for a name that has no room in
 * one: the first line keeps the separator, so that the pair reads as one name. Each name is
 * split once and kept, so that a frame does not allocate. Not thread-safe.
 */
final class TwoLineNames {

    private static final String SEPARATOR = " / ";

    private final Map<String, String[]> lines = new HashMap<>();

    /** The name in two lines, or null for a name in one convention, which is not split. */
    String[] of(String name) {
        if (!name.contains(SEPARATOR)) {
            return null;
        }
        return lines.computeIfAbsent(name, both -> {
            int split = both.indexOf(SEPARATOR);
            return new String[] {both.substring(0, split + 2), both.substring(split + SEPARATOR.length())};
        });
    }
}
