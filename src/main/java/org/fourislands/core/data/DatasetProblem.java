package org.fourislands.core.data;

/**
 * One thing wrong with a dataset file, located precisely enough to fix it without searching:
 * {@code four-islands.json:812:17 $.events[41].date: "1956-02-30" is not a calendar date}.
 * Line and column are 1-based; 0 means the problem concerns the file as a whole.
 */
public record DatasetProblem(String file, int line, int column, String path, String message) {

    /** The location part, e.g. {@code four-islands.json:812:17}. */
    public String location() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    @Override
    public String toString() {
        return location() + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
