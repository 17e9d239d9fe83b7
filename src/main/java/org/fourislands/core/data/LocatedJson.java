package org.fourislands.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A parsed JSON tree that can tell the line and column at which each value starts, keyed by
 * JSONPath. Locations are worked out on the first problem only, so a valid file pays nothing
 * for them. Thread-safe: the schema check and the mapping read one tree at once (DatasetLoader).
 */
final class LocatedJson {

    private final String file;
    private final JsonNode root;
    private final Supplier<Map<String, long[]>> locate;
    private Map<String, long[]> locations;

    LocatedJson(String file, JsonNode root, Supplier<Map<String, long[]>> locate) {
        this.file = file;
        this.root = root;
        this.locate = locate;
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** A problem at the value {@code path}, or at its nearest located ancestor. Locked: only problems pay for it. */
    synchronized DatasetProblem problem(String path, String message) {
        if (locations == null) {
            locations = locate.get();
        }
        String located = path;
        while (!locations.containsKey(located) && located.length() > 1) {
            located = parentOf(located);
        }
        long[] lineColumn = locations.getOrDefault(located, new long[] {0, 0});
        return new DatasetProblem(file, (int) lineColumn[0], (int) lineColumn[1], path, message);
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut > 0 ? path.substring(0, cut) : JsonPaths.ROOT;
    }
}
